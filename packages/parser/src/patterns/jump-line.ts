// Read jump lines, which send a story on to another page or bring it from one: `（下转第二版）`, `（上接第一版）`.

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
const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/**
 * A page number written in Arabic or Chinese numerals: `2`, `二`, `十二`, `二十`, `二十四`, `一〇`. Null when it
 * does not read as a number.
 *
 * @example readPageNumber('十二') // 12
 */
export function readPageNumber(text: string): number | null {
  if (/^[0-9]+$/u.test(text)) return Number(text)
  const ten = text.indexOf('十')
  if (ten === -1) {
    let n = 0
    for (const ch of text) {
      const d = DIGIT[ch]
      if (d === undefined) return null
      n = n * 10 + d
    }
    return text === '' ? null : n
  }
  if (text.indexOf('十', ten + 1) !== -1) return null
  const tens = ten === 0 ? 1 : DIGIT[text.slice(0, ten)]
  const unitText = text.slice(ten + 1)
  const units = unitText === '' ? 0 : DIGIT[unitText]
  if (tens === undefined || units === undefined || ten > 1 || unitText.length > 1) return null
  return tens * 10 + units
}

/**
 * The jump a line is, or null when it is no jump line.
 *
 * @example matchJumpLine('（下转第二版）') // { direction: 'continues', page: 2 }
 */
export function matchJumpLine(line: string): JumpMatch | null {
  if (line.length > 16 || (!line.includes('版') && !line.includes('面'))) return null
  const m = JUMP.exec(line.trim())
  if (m === null) return null
  const page = readPageNumber(m[2]!)
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
