// Stage 1: clean the raw text before anything reads it (BOM, line endings, noise glyphs, full-width digits).

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu

/**
 * Normalized text. Removes a byte-order mark, turns CRLF and CR into LF, turns U+22EF `⋯` (a PDF font's ellipsis)
 * into `…`, and folds full-width digits and Latin letters (`３月１２日`) to ASCII, as NFKC does. Folding keeps every
 * digit and letter: `３` and `3` are the same digit, and dates, numbers and search need one spelling. No other
 * character changes, so line numbers and line content stay those of the input.
 *
 * @example normalize('\uFEFF３月１２日⋯⋯\r\n') // '3月12日……\n'
 */
export function normalize(text: string): string {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/\u22ef/gu, '…')
    .replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}
