// Stage 1: clean the raw text before anything reads it (BOM, line endings, noise glyphs, full-width digits).
import { fromCodeUnits } from '../text/code-units.ts'

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u

/**
 * Normalized text. Removes a byte-order mark, turns CRLF and CR into LF, turns U+22EF `⋯` (a PDF font's ellipsis)
 * into `…`, and folds full-width digits and Latin letters (`３月１２日`) to ASCII, as NFKC does. Folding keeps every
 * digit and letter: `３` and `3` are the same digit, and dates, numbers and search need one spelling. No other
 * character changes, so line numbers and line content stay those of the input.
 *
 * @example normalize('\uFEFF３月１２日⋯⋯\r\n') // '3月12日……\n'
 */
export function normalize(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // Each pass runs only when its character occurs: most input needs none of them.
  if (out.includes('\r')) out = out.replace(/\r\n?/gu, '\n')
  if (out.includes('\u22ef')) out = out.replace(/\u22ef/gu, '…')
  if (FULL_WIDTH_ALNUM.test(out)) out = foldFullWidth(out)
  return out
}

function isFullWidthAlnum(code: number): boolean {
  return (
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  )
}

/** Full-width digits and Latin letters as ASCII: U+FF10 `０` is U+0030 `0` moved by 0xFEE0. */
function foldFullWidth(text: string): string {
  const out = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    out[i] = isFullWidthAlnum(code) ? code - 0xfee0 : code
  }
  return fromCodeUnits(out, out.length)
}
