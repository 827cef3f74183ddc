// The characters the parser promises never to lose or double: Han characters, digits and Latin letters.

const CONTENT = /[\p{Script=Han}\p{Nd}\p{Script=Latin}]/gu

/**
 * The content characters of `text`, in order. Compare their multisets before and after parsing to prove that
 * nothing was lost or doubled.
 *
 * @example contentChars('□新华社记者 王鹏') // ['新', '华', '社', '记', '者', '王', '鹏']
 */
export function contentChars(text: string): string[] {
  return text.match(CONTENT) ?? []
}
