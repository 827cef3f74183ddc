// Reader for People's Daily e-edition article files: kicker, title and subtitle lines, then U+3000-indented paragraphs.
import { matchSignature, parseBylineLine } from '../patterns/parse-byline.ts'
import { isCreditLine, isStaffCreditLine } from '../patterns/parse-credit.ts'
import { matchStandaloneDateline, resolveDateline } from '../patterns/parse-dateline.ts'
import type { SourceLine } from '../stages/split-lines.ts'
import { cleanDisplay, cleanSpaces } from '../text/clean-spaces.ts'
import { displayWidth } from '../text/display-width.ts'
import { hasSentenceBreak, lineEnding } from '../text/punctuation.ts'
import type { Item, PageMeta } from '../types.ts'
import { addHeading, addParagraph, addStaffCredit, cover, finishItem, newDraft } from '../model/item-draft.ts'

const HEADER_LINES = 3
/** A heading inside an e-edition body is one short line that finishes no sentence. */
const MAX_HEADING_WIDTH = 24
const MAX_HEADING_LINES = 4

function isHeadingLine(text: string): boolean {
  return (
    displayWidth(text) <= MAX_HEADING_WIDTH &&
    lineEnding(text) === 'open' &&
    !/[，、,]$/u.test(text) &&
    !hasSentenceBreak(text) &&
    parseBylineLine(text) === null
  )
}

/**
 * The items of an e-edition file: one article, as a rule. Line 1 is the kicker, line 2 the title, line 3 the
 * subtitle (each may be empty; a header line that is already indented belongs to the body). Every other non-blank
 * line is a paragraph, except byline lines, a standalone dateline, a closing photo credit, the page staff's credit
 * (`版式设计：蔡华伟`, kept as the credit of the story it ends), and short lines that finish no sentence and lead
 * into a paragraph, which head a section together (`从身边小事做起，对自己和他人负责`).
 * A standalone dateline ends its story, so text that goes on after one (a whole page read as an e-edition file)
 * starts another item: each item keeps the one dateline it closed on.
 *
 * @example readEEdition(splitLines(normalize(file)), { date: '2020-02-10' }, warnings)[0]?.title
 */
export function readEEdition(lines: readonly SourceLine[], meta: PageMeta, warnings: string[]): Item[] {
  const items: Item[] = []
  let draft = newDraft()
  let header = 0
  while (header < HEADER_LINES && header < lines.length && !lines[header]!.indented) header++
  const [kicker, title, subtitle] = [0, 1, 2].map((i) => (i < header ? lines[i]! : undefined))
  const headerText = (line: SourceLine | undefined): string | null =>
    line === undefined || line.blank ? null : cleanDisplay(line.text)
  draft.kicker = headerText(kicker)
  draft.title = headerText(title)
  draft.subtitle = headerText(subtitle)?.replace(/^[—－-]+/u, '') || null
  for (const line of lines.slice(0, header)) if (!line.blank) cover(draft, [line.no, line.no])

  const rest = lines.slice(header)
  const body = rest.filter((l) => !l.blank)
  // The last line that is not the page staff's credit: a photo credit there credits the photo.
  let lastContent = body.length - 1
  while (lastContent >= 0 && isStaffCreditLine(body[lastContent]!.text)) lastContent--
  const blankBefore = new Set(rest.filter((l, i) => i > 0 && rest[i - 1]!.blank).map((l) => l.no))
  // > | 湖南省十八洞村
  // > | 第一书记
  // > | 孙中元
  //     ^ short lines stacked before a paragraph head it together; left without a paragraph they are text
  let pending: SourceLine[] = []
  const flushPending = (headsParagraph: boolean): void => {
    if (pending.length === 0) return
    const first = pending[0]!
    const last = pending.at(-1)!
    if (headsParagraph && pending.length <= MAX_HEADING_LINES) {
      addHeading(draft, cleanDisplay(pending.map((l) => l.text).join(' ')), [first.no, last.no])
    } else {
      for (const l of pending) addParagraph(draft, cleanSpaces(l.text), [l.no, l.no])
    }
    pending = []
  }
  // > | （新华社北京3月12日电）
  // > | 众志所趋 心手相牵
  //     ^ after a dateline the text goes on: a new story, not a second dateline for the first one
  const finishDraft = (): void => {
    flushPending(false)
    if (draft.lines === null) return
    if (items.length === 0 && draft.title === null)
      warnings.push('line 2: the e-edition file has no title line')
    const item = finishItem(draft, meta.date ?? null, warnings)
    // The e-edition prints every story's text: a title with none is a picture (图片报道, a chart, a poster).
    if (item.kind === 'article' && item.sections.every((s) => s.paragraphs.length === 0)) item.kind = 'photo'
    items.push(item)
    draft = newDraft()
  }
  body.forEach((line, i) => {
    const at: [number, number] = [line.no, line.no]
    // > | （本报内比都1月16日电）
    // > | 版式设计：蔡华伟   the page staff's credit ends the story before it: it starts none and is no paragraph
    if (isStaffCreditLine(line.text)) {
      flushPending(false)
      addStaffCredit(draft, line.text.trim(), at)
      return
    }
    if (draft.dateline !== null) finishDraft()
    // > | 新华社记者 张金加摄   a credit reads as a byline too; as the last line it credits the photo, and
    //                          inside the body it stays with the caption it follows
    const credit = isCreditLine(line.text)
    if (credit && i === lastContent) {
      flushPending(false)
      draft.credit = line.text
      cover(draft, at)
      return
    }
    const bylines = credit ? null : parseBylineLine(line.text)
    if (bylines !== null) {
      flushPending(false)
      draft.bylines.push(...bylines)
      cover(draft, at)
      return
    }
    const dateline = matchStandaloneDateline(line.text)
    if (dateline !== null) {
      flushPending(false)
      draft.dateline = resolveDateline(dateline, meta.date ?? null)
      cover(draft, at)
      return
    }
    // > | （新华社北京1月3日电  记者梅世雄）   > | （本报记者  程是颉整理）   a signature: the story's reporters, and
    //                                                                     its dateline when it has one
    const signature = matchSignature(line.text)
    if (signature !== null) {
      flushPending(false)
      draft.bylines.push(...signature.bylines)
      if (signature.dateline !== null) draft.dateline = resolveDateline(signature.dateline, meta.date ?? null)
      cover(draft, at)
      return
    }
    // a blank line ends a stack: what stood before it (a letter's signature) heads nothing
    if (blankBefore.has(line.no)) flushPending(false)
    if (isHeadingLine(line.text)) {
      pending.push(line)
      return
    }
    flushPending(true)
    addParagraph(draft, cleanSpaces(line.text), at)
  })
  finishDraft()
  return items
}
