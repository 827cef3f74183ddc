// Read a number as Chinese print writes it, in Arabic digits (half or full width) or Chinese numerals: what page
// numbers, dates and years are written in.

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
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
 * `12`, `１２`, `十二`, `二十`, `三十一`, `二十四`, or digit by digit (`一九九八`, `一〇`). Null when the text does not
 * read as a number (up to 99 where it has a `十`).
 *
 * @example readNumeral('三十一') // 31
 * @example readNumeral('一九九八') // 1998
 */
export function readNumeral(text: string): number | null {
  const ascii = text.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10))
  if (/^[0-9]+$/u.test(ascii)) return Number(ascii)
  const ten = ascii.indexOf('十')
  if (ten === -1) {
    let n = 0
    for (const ch of ascii) {
      const d = DIGIT[ch]
      if (d === undefined) return null
      n = n * 10 + d
    }
    return ascii === '' ? null : n
  }
  const unitText = ascii.slice(ten + 1)
  if (ten > 1 || unitText.length > 1) return null
  const tens = ten === 0 ? 1 : DIGIT[ascii.slice(0, ten)]
  const units = unitText === '' ? 0 : DIGIT[unitText]
  if (tens === undefined || units === undefined) return null
  return tens * 10 + units
}
