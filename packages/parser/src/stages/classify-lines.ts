// Stage 3: measure each line and say what it is on its own: blank, byline, dateline, photo credit or text.
import { parseBylineLine } from '../patterns/parse-byline.ts'
import { isCreditLine, isStaffCreditLine } from '../patterns/parse-credit.ts'
import { matchStandaloneDateline, type DatelineMatch } from '../patterns/parse-dateline.ts'
import { displayWidth } from '../text/display-width.ts'
import { lineEnding, type LineEnding } from '../text/punctuation.ts'
import type { Byline } from '../types.ts'
import type { SourceLine } from './split-lines.ts'

/** What a line is by its own content, before its neighbours are considered. */
export type LineRole = 'blank' | 'byline' | 'dateline' | 'credit' | 'staff' | 'text'

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
    const role = line.blank ? 'blank' : undefined
    // > | 据新华社金边1月1日电
    // > | （记者毛鹏飞）记者1日从…   only a bracketed dateline stands alone; a bare one opens the paragraph it wraps into
    const dateline =
      role === undefined && /^[（(]/u.test(line.text) ? matchStandaloneDateline(line.text) : null
    const staff = role === undefined && dateline === null && isStaffCreditLine(line.text)
    const credit = role === undefined && dateline === null && !staff && isCreditLine(line.text)
    const bylines =
      role === undefined && dateline === null && !credit && !staff ? parseBylineLine(line.text) : null
    return {
      no: line.no,
      text: line.text,
      blank: line.blank,
      indented: line.indented,
      role:
        role ??
        (dateline !== null
          ? 'dateline'
          : staff
            ? 'staff'
            : credit
              ? 'credit'
              : bylines !== null
                ? 'byline'
                : 'text'),
      width: displayWidth(line.text),
      ending: lineEnding(line.text),
      bylines,
      dateline,
    }
  })
}
