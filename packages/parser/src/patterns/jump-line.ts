// Read jump lines, which send a story on to another page or bring it from one: `（下转第二版）`, `（上接第一版）`.
import { readNumeral } from './read-numeral.ts'

/** Where a jump line points: the story `continues` on `page`, or is `continued` from it. */
export interface JumpMatch {
  direction: 'continues' | 'continued'
  page: number
}

const NUMERAL = '〇零一二两三四五六七八九十'
const JUMP = new RegExp(
  String.raw`^[（(]?\s*(下转|转|续|上接|接|紧接|承)\s*(?:第\s*)?([0-9${NUMERAL}]{1,4})\s*(?:版|面)[）)]?$`,
  'u',
)
// A jump line that extraction ran onto the end of the story's last line: `…发展。（下转第二版）`.
const TRAILING_JUMP = new RegExp(
  String.raw`[（(]\s*(?:下转|转|续|上接|接|紧接)\s*(?:第\s*)?[0-9${NUMERAL}]{1,4}\s*(?:版|面)[）)]$`,
  'u',
)
/**
 * The jump a line is, or null when it is no jump line.
 *
 * @example matchJumpLine('（下转第二版）') // { direction: 'continues', page: 2 }
 */
export function matchJumpLine(line: string): JumpMatch | null {
  if (line.length > 16 || (!line.includes('版') && !line.includes('面'))) return null
  const m = JUMP.exec(line.trim())
  if (m === null) return null
  const page = readNumeral(m[2]!)
  if (page === null || page === 0) return null
  const direction = m[1] === '下转' || m[1] === '转' || m[1] === '续' ? 'continues' : 'continued'
  return { direction, page }
}

/**
 * Where a jump line run onto the end of a text line starts, or -1: `…出口欧美市场。（下转第二版）` gives the index of
 * `（`.
 *
 * @example trailingJumpStart('市场。（下转第二版）') // 3
 */
export function trailingJumpStart(line: string): number {
  if (!line.endsWith('版）') && !line.endsWith('版)') && !line.endsWith('面）')) return -1
  const m = TRAILING_JUMP.exec(line)
  return m === null || m.index === 0 ? -1 : m.index
}
