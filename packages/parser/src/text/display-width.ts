// Measure a line the way the page set it: a CJK character is one unit, an ASCII character half a unit.

/**
 * The display width of `text` in column units.
 *
 * @example displayWidth('14亿多中国人民') // 7
 */
export function displayWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x7f || code === 0xa0) width += 0.5
    else if (code >= 0xdc00 && code <= 0xdfff)
      continue // low surrogate: counted with its pair
    else if (code >= 0x300 && code <= 0x36f)
      continue // combining marks take no room
    else width += 1
  }
  return width
}
