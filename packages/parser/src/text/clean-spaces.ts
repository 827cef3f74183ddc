// Remove the spaces PDF extraction leaves inside Chinese text and numbers, keeping those between Latin words.

// > | 病例累计超过 11.8 万例，欧盟 27国无一免
//            ^    ^        ^ extraction spaces: they touch a CJK character and a digit or another CJK character
const SPACE_RUN = /[ \t\u00a0\u3000]+/gu
const DIGIT = /[0-9]/u
const ALNUM = /[0-9A-Za-z]/u

function isWide(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) > 0x24f
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT.test(ch)
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && ALNUM.test(ch)
}

/**
 * Paragraph text as a reader sees it: spaces between a CJK character and a CJK character, digit or Latin letter
 * dropped, other space runs (between Latin words) collapsed to one, ends trimmed.
 *
 * @example cleanSpaces('3 月 12 日，在') // '3月12日，在'
 */
export function cleanSpaces(text: string): string {
  return text
    .replace(SPACE_RUN, (run, offset: number, whole: string) => {
      const before = whole[offset - 1]
      const after = whole[offset + run.length]
      if (before === undefined || after === undefined) return ''
      if (isWide(before) && (isWide(after) || isAlnum(after))) return ''
      if (isWide(after) && isAlnum(before)) return ''
      return ' '
    })
    .trim()
}

/**
 * Display text (titles, headings, bylines): the ends trimmed and inner space runs collapsed to one space, because
 * a space there is how the page separates two phrases (`全球同战 刻不容缓`). Spaces that touch a digit go.
 *
 * @example cleanDisplay('全球同战  刻不容缓') // '全球同战 刻不容缓'
 */
export function cleanDisplay(text: string): string {
  return text
    .replace(SPACE_RUN, (run, offset: number, whole: string) => {
      const before = whole[offset - 1]
      const after = whole[offset + run.length]
      if (before === undefined || after === undefined) return ''
      if ((isDigit(before) && isWide(after)) || (isWide(before) && isDigit(after))) return ''
      return ' '
    })
    .trim()
}
