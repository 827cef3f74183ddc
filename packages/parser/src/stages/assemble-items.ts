// Stage 6: put lines with roles together into items: title blocks, paragraphs, headings, bylines, datelines,
// credits and jump lines, in either title order, with the page's furniture kept apart.
import { parseBylineLine } from '../patterns/parse-byline.ts'
import {
  matchLeadingDateline,
  matchStandaloneDateline,
  resolveDateline,
  type DatelineMatch,
} from '../patterns/parse-dateline.ts'
import { matchJumpLine, type JumpMatch } from '../patterns/jump-line.ts'
import type { LineRole, RoledLine } from '../layout/line-tags.ts'
import { cleanDisplay, cleanSpaces } from '../text/clean-spaces.ts'
import type { Byline, Furniture, Item, LineRange, PageMeta } from '../types.ts'
import { unreachable } from '../unreachable.ts'
import {
  addHeading,
  addParagraph,
  addStaffCredit,
  cover,
  finishItem,
  isEmptyDraft,
  joinCredits,
  newDraft,
  type ItemDraft,
} from '../model/item-draft.ts'

/** Where a page sets its titles: before each story, or (as on the seed page) after its body and dateline. */
export type TitleOrder = 'title-first' | 'title-after-body'

/** A run of lines that plays one part on the page. */
export type Block =
  | { kind: 'title'; lines: LineRange; rows: { text: string; part: 'kicker' | 'title' | 'subtitle' }[] }
  | { kind: 'heading'; lines: LineRange; rows: string[] }
  | { kind: 'paragraph'; lines: LineRange; rows: string[]; caption: boolean }
  | { kind: 'bylines'; lines: LineRange; bylines: Byline[] }
  | { kind: 'dateline'; lines: LineRange; match: DatelineMatch }
  | { kind: 'credit'; lines: LineRange; text: string }
  | { kind: 'staff'; lines: LineRange; text: string }
  | { kind: 'jump'; lines: LineRange; text: string; jump: JumpMatch }
  | { kind: 'furniture'; lines: LineRange; text: string }
  /** A headline glued onto another line: it opens the next title block. */
  | { kind: 'glued'; lines: LineRange; text: string; role: 'kicker' | 'title' }

// > | 国 务 院 召 开   a letter-spaced headline reads without its spaces
const LETTER_SPACED = /^(?:\p{Script=Han}[ \u3000]+)+\p{Script=Han}$/u

function displayText(text: string): string {
  return LETTER_SPACED.test(text) ? text.replace(/[ \u3000]+/gu, '') : text
}

function isTitlePart(role: LineRole): role is 'kicker' | 'title' | 'subtitle' {
  return role === 'kicker' || role === 'title' || role === 'subtitle'
}

/** Group roled lines into blocks, in page order. */
export function groupBlocks(lines: readonly RoledLine[]): Block[] {
  const blocks: Block[] = []
  let last: Block | undefined
  const push = (block: Block): void => {
    blocks.push(block)
    last = block
  }
  for (const line of lines) {
    const { no, text, role } = line
    if (isTitlePart(role)) {
      const row = { text: displayText(text), part: role }
      if (line.glued === true)
        push({ kind: 'glued', lines: [no, no], text: row.text, role: role === 'kicker' ? 'kicker' : 'title' })
      // Title lines in a row are one title block, whatever order the model gave their parts: two stories' titles
      // never stand together, since a story's text comes between them.
      else if (last?.kind === 'title') {
        last.rows.push(row)
        last.lines[1] = no
      } else push({ kind: 'title', lines: [no, no], rows: [row] })
      continue
    }
    switch (role) {
      case 'heading':
        if (last?.kind === 'heading') {
          last.rows.push(text)
          last.lines[1] = no
        } else push({ kind: 'heading', lines: [no, no], rows: [text] })
        break
      case 'body':
      case 'caption':
      case 'body-start':
      case 'caption-start': {
        const caption = role === 'caption' || role === 'caption-start'
        const continues = role === 'body' || role === 'caption'
        if (continues && last?.kind === 'paragraph' && last.caption === caption) {
          last.rows.push(text)
          last.lines[1] = no
        } else push({ kind: 'paragraph', lines: [no, no], rows: [text], caption })
        break
      }
      case 'byline': {
        const bylines = parseBylineLine(text) ?? [{ text: text.trim(), agency: null, role: null, names: [] }]
        if (last?.kind === 'bylines') {
          last.bylines.push(...bylines)
          last.lines[1] = no
        } else push({ kind: 'bylines', lines: [no, no], bylines })
        break
      }
      case 'dateline': {
        const match = matchStandaloneDateline(text)
        push(
          match === null
            ? { kind: 'paragraph', lines: [no, no], rows: [text], caption: false }
            : { kind: 'dateline', lines: [no, no], match },
        )
        break
      }
      case 'credit':
        push({ kind: 'credit', lines: [no, no], text: text.trim() })
        break
      case 'staff':
        push({ kind: 'staff', lines: [no, no], text: text.trim() })
        break
      case 'jump': {
        const jump = matchJumpLine(text)
        push(
          jump === null
            ? { kind: 'furniture', lines: [no, no], text: text.trim() }
            : { kind: 'jump', lines: [no, no], text: text.trim(), jump },
        )
        break
      }
      case 'furniture':
        push({ kind: 'furniture', lines: [no, no], text: text.trim() })
        break
      default:
        unreachable(role)
    }
  }
  return blocks
}

/**
 * A title block's kicker, title and subtitle lines, in that order: the lines before the first title line are the
 * kicker, and the subtitle runs from the first subtitle line after it (or the first that opens with `——`).
 */
export function titleParts(block: Extract<Block, { kind: 'title' }>): {
  kicker: string[]
  title: string[]
  subtitle: string[]
} {
  const rows = block.rows
  const texts = rows.map((r) => r.text)
  // > | ——王沪宁出席   a line that opens with a dash after the first is the subtitle, whatever it was tagged
  let sub = rows.findIndex((r, i) => i > 0 && /^[—－]{1,2}/u.test(r.text))
  const firstTitle = rows.findIndex((r) => r.part === 'title')
  if (sub === -1) sub = rows.findIndex((r, i) => r.part === 'subtitle' && firstTitle !== -1 && i > firstTitle)
  if (sub === -1) sub = rows.length
  let first = firstTitle === -1 || firstTitle >= sub ? 0 : firstTitle
  // > | 科技创新筑牢强国之基（人民
  // > | 论坛）   a kicker does not leave a bracket or quote open: the title wrapped
  const kicker = texts.slice(0, first).join('')
  const count = (chars: string): number => [...kicker].filter((c) => chars.includes(c)).length
  if (count('（(“《') > count('）)”》')) first = 0
  return { kicker: texts.slice(0, first), title: texts.slice(first, sub), subtitle: texts.slice(sub) }
}

/** The joined text of a title block's part: wrapped lines run together, dashes before a subtitle dropped. */
function joinPart(rows: readonly string[], subtitle = false): string | null {
  if (rows.length === 0) return null
  const text = cleanDisplay(rows.join(''))
  return (subtitle ? text.replace(/^[—－-]+/u, '') : text) || null
}

/** The pairs of adjacent letters or Han characters in `rows`, each as one number. */
function pairsOf(rows: readonly string[]): Set<number> {
  const out = new Set<number>()
  for (const text of rows) {
    let prev = -1
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      const word =
        code >= 0x3400
          ? code < 0xa000
          : (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
      if (!word) continue
      if (prev >= 0) out.add(prev * 0x10000 + code)
      prev = code
    }
  }
  return out
}

/** The share of `title`'s pairs that occur in `rows`. */
function shared(title: Set<number>, rows: readonly string[]): number {
  if (title.size === 0) return 0
  const seen = new Set<number>()
  for (const text of rows) {
    for (let i = 1; i < text.length; i++) {
      const pair = text.charCodeAt(i - 1) * 0x10000 + text.charCodeAt(i)
      if (title.has(pair)) seen.add(pair)
    }
  }
  return seen.size / title.size
}

/** Lines of text on each side of a title that its words are looked for in. */
const SIDE_ROWS = 16

const isStory = (b: Block): boolean =>
  b.kind !== 'furniture' && b.kind !== 'jump' && b.kind !== 'staff' && b.kind !== 'glued'

/**
 * The page's title order. A page that opens on a title and ends on text sets titles first; one that opens on text
 * and ends on a title sets them after. In between, each title votes for the side whose text shares more of its
 * words: a title speaks of its own story.
 */
export function detectTitleOrder(blocks: readonly Block[]): TitleOrder {
  const content = blocks.filter(isStory)
  let vote = 0
  if (content[0]?.kind === 'title') vote += 1.5
  else if (content[0] !== undefined) vote -= 1
  if (content.at(-1)?.kind === 'title') vote -= 1.5
  else if (content.at(-1) !== undefined) vote += 1
  content.forEach((block, i) => {
    if (block.kind !== 'title') return
    const words = pairsOf(block.rows.map((r) => r.text))
    // The lines nearest the title on each side, up to the next title: enough to tell whose words it speaks.
    const side = (step: -1 | 1): string[] => {
      const texts: string[] = []
      for (let j = i + step; j >= 0 && j < content.length && content[j]!.kind !== 'title'; j += step) {
        const b = content[j]!
        if (b.kind === 'paragraph') texts.push(...b.rows)
        if (texts.length >= SIDE_ROWS) break
      }
      return texts
    }
    vote += shared(words, side(1)) - shared(words, side(-1))
  })
  return vote >= 0 ? 'title-first' : 'title-after-body'
}

/**
 * The blocks with titles that stand inside a story read as headings. On a page whose stories close on datelines, a
 * title block between two paragraphs, with the story's dateline still ahead (no byline or title comes first), is
 * one of the story's headings: a story's title never stands before its own dateline in the middle of its text.
 * ```
 * > | …这些都是各地企业党组织保障复工复产的常规动作。
 * > |
 * > | 坚守在岗位 战斗在一线          a heading: text on both sides, and the story's
 * > | 用行动展现共产党员先锋本色     dateline (line 374) comes before any byline or title
 * ```
 */
export function demoteInnerTitles(blocks: readonly Block[]): Block[] {
  const content = blocks.filter(isStory)
  if (content.filter((b) => b.kind === 'dateline').length < 2) return [...blocks]
  const inner = new Set<Block>()
  content.forEach((block, i) => {
    if (block.kind !== 'title') return
    const before = content[i - 1]
    const after = content[i + 1]
    if (before?.kind !== 'paragraph' || after?.kind !== 'paragraph') return
    if (matchLeadingDateline(after.rows.join('')) !== null) return
    for (let j = i + 1; j < content.length; j++) {
      const kind = content[j]!.kind
      if (kind === 'dateline') {
        inner.add(block)
        return
      }
      if (kind === 'title' || kind === 'bylines' || kind === 'credit') return
    }
  })
  return blocks.map((b) =>
    inner.has(b) && b.kind === 'title'
      ? { kind: 'heading', lines: b.lines, rows: b.rows.map((r) => r.text) }
      : b,
  )
}

/**
 * The blocks with headings that open a story read as titles. A paragraph that opens with a dateline opens a story,
 * so the display lines just before it are a title (its own, or, with titles after bodies, the story before's):
 * a section heading never stands there.
 * ```
 * > | 胡春华强调
 * > | 一鼓作气、乘势而上 坚决夺取脱贫攻坚战的全面胜利   a title, not a heading: a dateline opens the text after it
 * > |
 * > | 新华社北京1月2日电近日，中央审计委员…
 * ```
 */
export function promoteStoryHeads(blocks: readonly Block[]): Block[] {
  const content = blocks.filter(isStory)
  const heads = new Set<Block>()
  content.forEach((block, i) => {
    const next = content[i + 1]
    if (
      block.kind === 'heading' &&
      next?.kind === 'paragraph' &&
      matchLeadingDateline(next.rows.join('')) !== null
    )
      heads.add(block)
  })
  return blocks.map((b) =>
    heads.has(b) && b.kind === 'heading'
      ? { kind: 'title', lines: b.lines, rows: b.rows.map((text) => ({ text, part: 'title' as const })) }
      : b,
  )
}

/** Items and furniture from roled lines, and the warnings a reader should see. */
export interface AssembledPage {
  items: Item[]
  furniture: Furniture[]
}

/**
 * Items in page order. With titles first a title block opens an item; with titles after bodies it closes one. A
 * dateline or credit closes an item's text either way: what follows belongs to the next item, except, with titles
 * after bodies, its title. Furniture and jump lines stay outside items; a jump line gives its item the page it
 * continues on or comes from.
 *
 * @example assembleItems(labelLines(measureLines(lines)), { date: '2020-03-13' }, warnings)
 */
export function assembleItems(
  lines: readonly RoledLine[],
  meta: PageMeta,
  warnings: string[],
): AssembledPage {
  const blocks = demoteInnerTitles(promoteStoryHeads(groupBlocks(lines)))
  const order = detectTitleOrder(blocks)
  const pageDate = meta.date ?? null
  const items: Item[] = []
  const furniture: Furniture[] = []
  let draft: ItemDraft = newDraft()
  let closed = false
  let pendingGlued: Extract<Block, { kind: 'glued' }> | null = null
  const finish = (): void => {
    if (!isEmptyDraft(draft)) items.push(finishItem(draft, pageDate, warnings))
    draft = newDraft()
    closed = false
  }
  const startIfClosed = (): void => {
    if (closed) finish()
  }
  const hasText = (): boolean => draft.sections.length > 0
  for (const block of blocks) {
    switch (block.kind) {
      case 'title': {
        // With titles first, a title opens the next item, unless all the item has yet is a byline or jump line.
        const started = draft.title !== null || draft.kicker !== null || hasText() || closed
        if (order === 'title-first' && started) finish()
        let { kicker, title } = titleParts(block)
        const { subtitle } = titleParts(block)
        if (pendingGlued !== null) {
          const glued = pendingGlued
          warnings.push(
            `line ${glued.lines[0]}: two headlines on one line; “${glued.text}” read as the start of the title at line ${block.lines[0]}`,
          )
          if (glued.role === 'kicker' || title.length === 0) kicker = [glued.text, ...kicker]
          else title = [glued.text, ...title]
          cover(draft, glued.lines)
          pendingGlued = null
        }
        draft.kicker = joinPart(kicker)
        draft.title = joinPart(title)
        draft.subtitle = joinPart(subtitle, true)
        cover(draft, block.lines)
        if (order === 'title-after-body') finish()
        break
      }
      case 'glued':
        if (pendingGlued !== null) {
          // Two glued headlines before any title: the first stands alone.
          warnings.push(`line ${pendingGlued.lines[0]}: a headline glued onto another line has no story`)
        }
        pendingGlued = block
        break
      case 'heading':
        startIfClosed()
        addHeading(draft, cleanDisplay(block.rows.join(' ')), block.lines)
        break
      case 'paragraph':
        startIfClosed()
        addParagraph(draft, cleanSpaces(block.rows.join('')), block.lines)
        if (block.caption) draft.captions++
        break
      case 'bylines':
        // > | 新疆乌什·驻村工作队 / 村民全脱贫 驻村真开心
        // > | 本报记者 杨明方 阿尔达克   a byline inside a story signs its part; only a title or a dateline ends it
        if (closed) finish()
        draft.bylines.push(...block.bylines)
        cover(draft, block.lines)
        break
      case 'dateline':
        if (closed || draft.dateline !== null) finish()
        draft.dateline = resolveDateline(block.match, pageDate)
        cover(draft, block.lines)
        closed = true
        break
      case 'credit':
        if (draft.credit !== null || (closed && draft.dateline !== null)) finish()
        draft.credit = block.text
        cover(draft, block.lines)
        closed = true
        break
      case 'staff': {
        // The story it ends: the one being gathered, or, once a title has closed it, the last one.
        const last = items.at(-1)
        if (isEmptyDraft(draft) && last !== undefined) {
          last.credit = joinCredits(last.credit, block.text)
          last.lines = [last.lines[0], Math.max(last.lines[1], block.lines[1])]
        } else addStaffCredit(draft, block.text, block.lines)
        break
      }
      case 'jump': {
        furniture.push({ kind: 'jump', text: block.text, lines: block.lines })
        if (block.jump.direction === 'continues') {
          // > | …生产材料供给等困难
          // > | （下转第二版）   the story's text on this page ends here
          const target = isEmptyDraft(draft) ? items.at(-1) : undefined
          if (target !== undefined) target.continuesOnPage = block.jump.page
          else {
            draft.continuesOnPage = block.jump.page
            cover(draft, block.lines)
            closed = true
          }
        } else {
          if (hasText() || closed) finish()
          draft.continuedFromPage = block.jump.page
          cover(draft, block.lines)
        }
        break
      }
      case 'furniture':
        furniture.push({ kind: 'furniture', text: block.text, lines: block.lines })
        break
      default:
        unreachable(block)
    }
  }
  finish()
  if (pendingGlued !== null) {
    const glued = pendingGlued
    warnings.push(
      `line ${glued.lines[0]}: two headlines on one line, and no title follows the second (“${glued.text}”)`,
    )
    const draftAlone = newDraft()
    draftAlone.title = glued.text
    cover(draftAlone, glued.lines)
    items.push(finishItem(draftAlone, pageDate, warnings))
  }
  warnAboutItems(items, furniture, lines, warnings)
  return { items, furniture }
}

/** The page's own reports: items without titles, captions without credits, furniture, one item for a whole page. */
function warnAboutItems(
  items: readonly Item[],
  furniture: readonly Furniture[],
  lines: readonly RoledLine[],
  warnings: string[],
): void {
  for (const item of items) {
    const [first, last] = item.lines
    if (item.title === null) warnings.push(`lines ${first}–${last}: no title found for this ${item.kind}`)
    if (item.kind === 'photo' && item.credit === null)
      warnings.push(`lines ${first}–${last}: read as a photo caption, but no credit was found`)
  }
  let run: Furniture[] = []
  const flush = (): void => {
    if (run.length === 0) return
    const [from, to] = [run[0]!.lines[0], run.at(-1)!.lines[1]]
    const text = run.map((f) => f.text).join(' / ')
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text
    warnings.push(
      `${from === to ? `line ${from}` : `lines ${from}–${to}`}: read as page furniture, not a story: “${shown}”`,
    )
    run = []
  }
  for (const f of furniture) {
    if (f.kind === 'jump') continue
    if (run.length > 0 && f.lines[0] > run.at(-1)!.lines[1] + 2) flush()
    run.push(f)
  }
  flush()
  // > | one item for 300 lines of text   a page is rarely one story; say so rather than return it silently
  const textLines = lines.length
  if (items.length === 1 && textLines >= 120) {
    const [first, last] = items[0]!.lines
    warnings.push(
      `lines ${first}–${last}: the whole page (${textLines} lines of text) read as one item; its stories may have run together`,
    )
  }
}
