// Measure a line the way the page set it: a CJK character is one unit, an ASCII character half a unit.

// Full-width punctuation that typesetting squeezes to half a unit when it stands next to another mark.
const SQUEEZABLE = new Uint8Array(0x10000)
for (const ch of '，。、；：！？“”‘’（）《》〈〉「」『』【】') SQUEEZABLE[ch.charCodeAt(0)] = 1

/**
 * The display width of `text` in column units. Of two punctuation marks in a row, the second takes half a unit,
 * as the page squeezes it (`：“` in `她说：“我是党员`); ellipses and dashes keep their full width.
 *
 * @example displayWidth('14亿多中国人民') // 7
 */
export function displayWidth(text: string): number {
  let width = 0
  let previousSqueezable = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x7f || code === 0xa0) {
      width += 0.5
      previousSqueezable = false
      continue
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue // low surrogate: counted with its pair
    if (code >= 0x300 && code <= 0x36f) continue // combining marks take no room
    const squeezable = SQUEEZABLE[code] === 1
    width += squeezable && previousSqueezable ? 0.5 : 1
    previousSqueezable = squeezable
  }
  return width
}
