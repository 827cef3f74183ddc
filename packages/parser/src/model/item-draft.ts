// Build an Item step by step, then settle its kind and datelines: shared by every input format.
import { COMMENTARY_TAGS } from '../lexicon/genre-tags.ts'
import { ADVERTISEMENT_TITLES, LISTING_ENDINGS, NOTICE_ENDINGS } from '../lexicon/item-kinds.ts'
import { COMMENTARY_ROLES } from '../lexicon/roles.ts'
import { matchClosingSignature, parseReporters } from '../patterns/parse-byline.ts'
import { matchLeadingDateline, matchTrailingDateline, resolveDateline } from '../patterns/parse-dateline.ts'
import type { Byline, Dateline, Item, ItemKind, LineRange, Paragraph, Section } from '../types.ts'

/** An item while a reader is still filling it in. */
export interface ItemDraft {
  kicker: string | null
  title: string | null
  subtitle: string | null
  bylines: Byline[]
  /** The photo credit. */
  credit: string | null
  /** The page staff's credit (`版式设计：蔡华伟`): shown with the photo credit, but no sign of a photo. */
  staffCredit: string | null
  dateline: Dateline | null
  sections: Section[]
  lines: LineRange | null
  continuesOnPage: number | null
  continuedFromPage: number | null
  /** Paragraphs set as a photo caption (in a narrow column beside or under a picture). */
  captions: number
}

/** Photo captions are short: a credited item longer than this is an article that carries a picture. */
const MAX_CAPTION_CHARS = 400

/** An empty draft. */
export function newDraft(): ItemDraft {
  return {
    kicker: null,
    title: null,
    subtitle: null,
    bylines: [],
    credit: null,
    staffCredit: null,
    dateline: null,
    sections: [],
    lines: null,
    continuesOnPage: null,
    continuedFromPage: null,
    captions: 0,
  }
}

/** Widen the draft's line range to cover `lines`. */
export function cover(draft: ItemDraft, lines: LineRange): void {
  draft.lines =
    draft.lines === null
      ? [...lines]
      : [Math.min(draft.lines[0], lines[0]), Math.max(draft.lines[1], lines[1])]
}

/** Add a line of the page staff's credit (`版式设计：蔡华伟`) to the draft, after any it already has. */
export function addStaffCredit(draft: ItemDraft, text: string, lines: LineRange): void {
  draft.staffCredit = joinCredits(draft.staffCredit, text)
  cover(draft, lines)
}

/** Two credits as one, space-separated; either may be missing. */
export function joinCredits(first: string | null, second: string | null): string | null {
  return [first, second].filter((c) => c !== null).join(' ') || null
}

/** Append a paragraph to the draft's current section, opening an unheaded one if there is none. */
export function addParagraph(draft: ItemDraft, text: string, lines: LineRange): void {
  const paragraph: Paragraph = { text, lines, entities: [] }
  const section = draft.sections.at(-1)
  if (section === undefined) draft.sections.push({ heading: null, paragraphs: [paragraph] })
  else section.paragraphs.push(paragraph)
  cover(draft, lines)
}

/** Open a new section under `heading`. */
export function addHeading(draft: ItemDraft, heading: string, lines: LineRange): void {
  draft.sections.push({ heading, paragraphs: [] })
  cover(draft, lines)
}

/** True when nothing has been put in the draft yet. */
export function isEmptyDraft(draft: ItemDraft): boolean {
  return draft.lines === null
}

function hasCommentaryTag(title: string | null): boolean {
  const tag = /[（(]([^（）()]{1,24})[）)]$/u.exec(title ?? '')?.[1]
  return tag !== undefined && COMMENTARY_TAGS.some((t) => tag.includes(t))
}

// The title without a trailing bracket: `明天气象预报（１月２日２０时—３日２０时）` ends in 预报.
function titleStem(title: string | null): string {
  return (title ?? '').trim().replace(/(?:[（(][^（）()]*[）)])+$/u, '')
}

// A table rather than prose: most paragraphs short rows of figures that finish no sentence (`１特变电工９．７３`).
// Short lines without figures are a poem's (`还未到春天`), not a table's.
function readsAsTable(paragraphs: readonly Paragraph[]): boolean {
  if (paragraphs.length < 4) return false
  const rows = paragraphs.filter(
    (p) => p.text.length <= 24 && !/[。！？；，]/u.test(p.text) && /[0-9０-９]/u.test(p.text),
  )
  return rows.length >= paragraphs.length * 0.6
}

function decideKind(draft: ItemDraft): ItemKind {
  const paragraphs = draft.sections.flatMap((s) => s.paragraphs)
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0)
  const headed = draft.sections.some((s) => s.heading !== null)
  const captioned = draft.captions > 0 && draft.captions * 2 >= paragraphs.length
  const stem = titleStem(draft.title)
  if (ADVERTISEMENT_TITLES.includes(stem) || ADVERTISEMENT_TITLES.includes(draft.kicker ?? ''))
    return 'advertisement'
  if (NOTICE_ENDINGS.some((ending) => stem.endsWith(ending))) return 'notice'
  if (LISTING_ENDINGS.some((ending) => stem.endsWith(ending))) return 'listing'
  if ((draft.credit !== null || captioned) && chars <= MAX_CAPTION_CHARS && !headed) return 'photo'
  if (draft.bylines.some((b) => b.role !== null && COMMENTARY_ROLES.includes(b.role))) return 'commentary'
  if (hasCommentaryTag(draft.title)) return 'commentary'
  if (readsAsTable(paragraphs)) return 'listing'
  if (draft.title === null) return 'brief'
  return 'article'
}

/**
 * The finished item: its kind decided from the evidence (a title such as `广告`, `…启事` or `…名单` says
 * advertisement, notice or listing; a credit and a short caption make a photo; a `评论员` byline or a genre tag
 * such as `（社论）` makes a commentary; short lines that finish no sentence make a listing; no title makes a brief),
 * and a dateline found inside its text when none stood alone. Such a dateline's `text` is the paragraph's own prefix
 * or suffix. The reporters a dateline names (`新华社北京4月30日电（记者邹伟、王思北）`) and a signature closing the
 * last paragraph (`…先进纪录。（祝谦）`) are bylines too; their text stays in the paragraph.
 */
export function finishItem(draft: ItemDraft, pageDate: string | null, warnings: string[]): Item {
  const sections = draft.sections.filter((s, i) => s.heading !== null || s.paragraphs.length > 0 || i > 0)
  let dateline = draft.dateline
  const bylines = [...draft.bylines]
  const sign = (signed: Byline[] | null) => {
    for (const byline of signed ?? []) {
      const known = bylines.some((b) => byline.names.every((name) => b.names.includes(name)))
      if (!known) bylines.push(byline)
    }
  }
  const paragraphs = sections.flatMap((s) => s.paragraphs)
  // > | 本报福州2月16日电（记者邵玉姿）近日，福州市教育局…   each story of a roundup opens with its own dateline
  for (const paragraph of paragraphs) {
    const opening = matchLeadingDateline(paragraph.text)
    if (opening !== null) paragraph.dateline = resolveDateline(opening, pageDate)
  }
  const leading = paragraphs
    .slice(0, 3)
    .reduce<ReturnType<typeof matchLeadingDateline>>(
      (found, p) => found ?? matchLeadingDateline(p.text),
      null,
    )
  if (leading?.reporters) sign(parseReporters(leading.reporters, leading.agency))
  const last = paragraphs.at(-1)
  const closing = last === undefined ? null : matchClosingSignature(last.text)
  if (closing !== null) sign(closing.bylines)
  if (dateline === null) {
    const first = leading ?? paragraphs.map((p) => matchLeadingDateline(p.text)).find((m) => m !== null)
    const signed = closing?.dateline ? { ...closing.dateline, text: closing.text } : null
    const trailing = last === undefined ? null : (matchTrailingDateline(last.text) ?? signed)
    const match = first ?? trailing ?? null
    if (match !== null) dateline = resolveDateline(match, pageDate)
  }
  const lines = draft.lines ?? [1, 1]
  if (dateline !== null && dateline.date === null && /日电/u.test(dateline.text)) {
    warnings.push(
      `lines ${lines[0]}–${lines[1]}: the dateline “${dateline.text}” has a day but no resolvable date; pass the page date`,
    )
  }
  const item: Item = {
    kind: 'article',
    kicker: draft.kicker,
    title: draft.title,
    subtitle: draft.subtitle,
    titleEntities: [],
    bylines,
    credit: joinCredits(draft.credit, draft.staffCredit),
    dateline,
    sections,
    continuesOnPage: draft.continuesOnPage,
    continuedFromPage: draft.continuedFromPage,
    lines,
  }
  item.kind = decideKind({ ...draft, bylines, sections })
  return item
}
