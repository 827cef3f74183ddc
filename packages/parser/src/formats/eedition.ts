// Reader for People's Daily e-edition article files: kicker, title and subtitle lines, then U+3000-indented paragraphs.
import { parseBylineLine } from '../patterns/parse-byline.ts'
import { isCreditLine } from '../patterns/parse-credit.ts'
import { matchStandaloneDateline, resolveDateline } from '../patterns/parse-dateline.ts'
import type { SourceLine } from '../stages/split-lines.ts'
import { cleanDisplay, cleanSpaces } from '../text/clean-spaces.ts'
import { displayWidth } from '../text/display-width.ts'
import { hasSentenceBreak, lineEnding } from '../text/punctuation.ts'
import type { Item, PageMeta } from '../types.ts'
import { addHeading, addParagraph, cover, finishItem, newDraft } from '../model/item-draft.ts'

const HEADER_LINES = 3
/** A heading inside an e-edition body is one short line that finishes no sentence. */
const MAX_HEADING_WIDTH = 24
/** Bylines stand among the first lines of the body, or as its last line. */
const BYLINE_LEAD = 2

function isHeadingLine(text: string): boolean {
  return (
    displayWidth(text) <= MAX_HEADING_WIDTH &&
    lineEnding(text) === 'open' &&
    !hasSentenceBreak(text) &&
    parseBylineLine(text) === null
  )
}

/**
 * One item from an e-edition file. Line 1 is the kicker, line 2 the title, line 3 the subtitle (each may be
 * empty; a header line that is already indented belongs to the body). Every other non-blank line is a
 * paragraph, except bylines at either end of the body, a standalone dateline, a closing photo credit, and
 * short lines that finish no sentence and lead into a paragraph, which head sections (`从身边小事做起，对自己和他人负责`).
 *
 * @example readEEdition(splitLines(normalize(file)), { date: '2020-02-10' }, warnings)[0]?.title
 */
export function readEEdition(lines: readonly SourceLine[], meta: PageMeta, warnings: string[]): Item[] {
  const draft = newDraft()
  let header = 0
  while (header < HEADER_LINES && header < lines.length && !lines[header]!.indented) header++
  const [kicker, title, subtitle] = [0, 1, 2].map((i) => (i < header ? lines[i]! : undefined))
  const headerText = (line: SourceLine | undefined): string | null =>
    line === undefined || line.blank ? null : cleanDisplay(line.text)
  draft.kicker = headerText(kicker)
  draft.title = headerText(title)
  draft.subtitle = headerText(subtitle)?.replace(/^[—－-]+/u, '') || null
  for (const line of lines.slice(0, header)) if (!line.blank) cover(draft, [line.no, line.no])

  const body = lines.slice(header).filter((l) => !l.blank)
  body.forEach((line, i) => {
    const at: [number, number] = [line.no, line.no]
    const atEdge = i < BYLINE_LEAD || i === body.length - 1
    const bylines = atEdge ? parseBylineLine(line.text) : null
    if (bylines !== null) {
      draft.bylines.push(...bylines)
      cover(draft, at)
      return
    }
    const dateline = draft.dateline === null ? matchStandaloneDateline(line.text) : null
    if (dateline !== null) {
      draft.dateline = resolveDateline(dateline, meta.date ?? null)
      cover(draft, at)
      return
    }
    if (i === body.length - 1 && draft.credit === null && isCreditLine(line.text)) {
      draft.credit = line.text
      cover(draft, at)
      return
    }
    const next = body[i + 1]
    if (next !== undefined && isHeadingLine(line.text) && !isHeadingLine(next.text)) {
      addHeading(draft, cleanDisplay(line.text), at)
      return
    }
    addParagraph(draft, cleanSpaces(line.text), at)
  })
  if (draft.lines === null) return []
  if (draft.title === null) warnings.push('line 2: the e-edition file has no title line')
  return [finishItem(draft, meta.date ?? null, warnings)]
}
