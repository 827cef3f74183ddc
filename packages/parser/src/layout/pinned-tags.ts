// The tags a line may take when one of its patterns leaves no doubt: a jump line is a jump line, the page staff's
// credit is a credit, a line that opens with a dateline opens a paragraph, and a line that breaks a sentence is
// running text. The model chooses among the rest, and reads fewer features for running text.
import { SIGN, type MeasuredLine } from '../stages/measure-lines.ts'
import { TAG_INDEX, type LineTag } from './line-tags.ts'

function maskOf(tags: readonly LineTag[]): number {
  return tags.reduce((mask, tag) => mask | (1 << TAG_INDEX[tag]), 0)
}

const JUMP = maskOf(['jump'])
// > | 责任编辑 王贤   the page staff's credit after a story, or the same words in another paper's colophon
const STAFF = maskOf(['staff', 'furniture'])
const DATELINE = maskOf(['dateline'])
// > | 本报北京5月5日电（记者易舒冉）近日，…   > | 本报讯（记者 X）…
const OPENS_PARAGRAPH = maskOf(['p-first', 'p-single', 'c-first', 'c-single', 'dateline'])
/**
 * The tags of running text. A line with a full stop before its end is running text: no title, heading, byline,
 * dateline or credit ends a sentence and goes on.
 */
export const RUNNING_TEXT = maskOf([
  'p-first',
  'p-mid',
  'p-last',
  'p-single',
  'c-first',
  'c-mid',
  'c-last',
  'c-single',
])

/**
 * The tags `line` may take as a bit mask over LINE_TAGS, or 0 when any may do.
 *
 * @example pinnedTags(measured('（下转第二版）')) === 1 << TAG_INDEX.jump // true
 */
export function pinnedTags(line: MeasuredLine): number {
  const signs = line.signs
  if (signs & SIGN.jump) return JUMP
  if (signs & SIGN.staff) return STAFF
  if (signs & SIGN.dateline && /^[（(]/u.test(line.text)) return DATELINE
  const stop = line.text.indexOf('。')
  const running = stop !== -1 && stop < line.text.length - 1
  if (signs & (SIGN.leadingDateline | SIGN.benbaoxun))
    return running ? OPENS_PARAGRAPH & RUNNING_TEXT : OPENS_PARAGRAPH
  return running ? RUNNING_TEXT : 0
}
