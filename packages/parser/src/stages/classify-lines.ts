// Stage 3: measure each line and say what it is on its own: blank, byline, dateline, photo credit or text.
import { parseBylineLine } from '../patterns/parse-byline.ts'
import { isCreditLine } from '../patterns/parse-credit.ts'
import { matchStandaloneDateline, type DatelineMatch } from '../patterns/parse-dateline.ts'
import { displayWidth } from '../text/display-width.ts'
import { lineEnding, type LineEnding } from '../text/punctuation.ts'
import type { Byline } from '../types.ts'
import type { SourceLine } from './split-lines.ts'

/** What a line is by its own content, before its neighbours are considered. */
export type LineRole = 'blank' | 'byline' | 'dateline' | 'credit' | 'text'

/** A source line with its role, display width and ending. */
export interface ClassifiedLine extends SourceLine {
  role: LineRole
  /** Display width in column units (CJK 1, ASCII ½). */
  width: number
  ending: LineEnding
  bylines: Byline[] | null
  dateline: DatelineMatch | null
}

/**
 * Each line with its role. A credit is checked before a byline, because `新华社记者 肖艺九摄` reads as both.
 *
 * @example classifyLines(splitLines('□新华社评论员'))[0]?.role // 'byline'
 */
export function classifyLines(lines: readonly SourceLine[]): ClassifiedLine[] {
  return lines.map((line) => {
    const base = {
      ...line,
      width: displayWidth(line.text),
      ending: lineEnding(line.text),
      bylines: null,
      dateline: null,
    }
    if (line.blank) return { ...base, role: 'blank' }
    const dateline = matchStandaloneDateline(line.text)
    if (dateline !== null) return { ...base, role: 'dateline', dateline }
    if (isCreditLine(line.text)) return { ...base, role: 'credit' }
    const bylines = parseBylineLine(line.text)
    if (bylines !== null) return { ...base, role: 'byline', bylines }
    return { ...base, role: 'text' }
  })
}
