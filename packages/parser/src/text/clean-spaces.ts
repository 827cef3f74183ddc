// Remove the spaces PDF extraction leaves inside Chinese text and numbers, keeping those between Latin words.
import { fromCodeUnits } from './code-units.ts'

// > | 病例累计超过 11.8 万例，欧盟 27国无一免
//            ^    ^        ^ extraction spaces: they touch a CJK character and a digit or another CJK character

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000
}

function isWide(code: number): boolean {
  return code > 0x24f && code !== 0x3000
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isAlnum(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Rewrite each run of spaces inside `text` as `keep(before, after)` says: dropped or one space. Ends are trimmed. */
function rewriteSpaces(text: string, keep: (before: number, after: number) => boolean): string {
  // Code units are copied into one buffer and decoded once: long paragraphs would otherwise build many pieces.
  const out = new Uint16Array(text.length)
  let length = 0
  let i = 0
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (!isSpace(code)) {
      out[length++] = code
      i++
      continue
    }
    let end = i
    while (end < text.length && isSpace(text.charCodeAt(end))) end++
    if (end < text.length && keep(text.charCodeAt(i - 1), text.charCodeAt(end))) out[length++] = 0x20
    i = end
  }
  return length === text.length ? text : fromCodeUnits(out, length)
}

/**
 * Paragraph text as a reader sees it: spaces between a CJK character and a CJK character, digit or Latin letter
 * dropped, other space runs (between Latin words) collapsed to one, ends trimmed.
 *
 * @example cleanSpaces('3 月 12 日，在') // '3月12日，在'
 */
export function cleanSpaces(text: string): string {
  return rewriteSpaces(text, (before, after) => {
    if (isWide(before)) return !(isWide(after) || isAlnum(after))
    return !(isWide(after) && isAlnum(before))
  })
}

/**
 * Display text (titles, headings, bylines): the ends trimmed and inner space runs collapsed to one space, because
 * a space there is how the page separates two phrases (`全球同战 刻不容缓`). Spaces that touch a digit go.
 *
 * @example cleanDisplay('全球同战  刻不容缓') // '全球同战 刻不容缓'
 */
export function cleanDisplay(text: string): string {
  return rewriteSpaces(
    text,
    (before, after) => !((isDigit(before) && isWide(after)) || (isWide(before) && isDigit(after))),
  )
}
