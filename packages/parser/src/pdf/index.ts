// Entry point of @broadsheet/parser/pdf: parsePdf reads newspaper pages from a PDF, with their layout.
import { attachEntities } from '../stages/attach-entities.ts'
import type { ParsedPage, ParseOptions } from '../types.ts'
import type { PageGeometry } from './geometry.ts'
import { readPageLayout } from './read-page-layout.ts'
import { readPdfPages } from './read-pdf.ts'

export { PdfError, type PdfErrorCode } from './pdf-error.ts'
export { DEFAULT_MAX_PDF_BYTES } from './read-pdf.ts'
export type { Box, PageGeometry, Rule, TextRun } from './geometry.ts'

/** Options of {@link parsePdf}: those of `parsePage` (the date and page number of the PDF's first page), and a size limit. */
export interface PdfParseOptions extends Omit<ParseOptions, 'format'> {
  /** Refuse PDFs larger than this many bytes (default 100 MB). */
  maxBytes?: number
}

/** A page with no more text than this is taken for a scan: its text layer, if any, is not the page's text. */
const MIN_TEXT_CHARS = 20

/**
 * Parse a newspaper PDF: one `ParsedPage` per PDF page, with the contract of `parsePage` (format `pdf`). Page `n`
 * of the PDF gets page number `options.page + n - 1` when a page number is given. Throws a `PdfError` when the PDF
 * cannot be read at all (empty, too large, not a PDF, encrypted, damaged); a page without a text layer comes back
 * with no items and a warning (`page 3: no text layer; OCR it first`).
 *
 * @example
 * const [page] = await parsePdf(await readFile('page.pdf'), { date: '2020-03-13', page: 1 })
 * page.items.map((item) => item.title)
 */
export async function parsePdf(bytes: Uint8Array, options: PdfParseOptions = {}): Promise<ParsedPage[]> {
  return (await readPdf(bytes, options)).map((page) => page.parsed)
}

/** A PDF page's parse and its text in reading order, one printed line a line (items' `lines` count them). */
export interface PdfPageText {
  parsed: ParsedPage
  text: string
}

/**
 * As {@link parsePdf}, with each page's text in reading order beside its parse: what an archive keeps as the
 * source its items' line ranges point into.
 *
 * @example const [{ parsed, text }] = await readPdf(bytes, { date: '2020-03-13' })
 */
export async function readPdf(bytes: Uint8Array, options: PdfParseOptions = {}): Promise<PdfPageText[]> {
  const pages: PdfPageText[] = []
  await readPdfPages(
    bytes,
    (geometry) => {
      pages.push(parsePdfPage(geometry, options))
    },
    options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes },
  )
  return pages
}

/** One page's parse and text from its geometry (what {@link readPdf} does for each page). */
export function parsePdfPage(geometry: PageGeometry, options: PdfParseOptions = {}): PdfPageText {
  const warnings: string[] = []
  const meta = {
    date: options.date ?? null,
    page: options.page === undefined || options.page === null ? null : options.page + geometry.pageNumber - 1,
    publication: options.publication ?? null,
  }
  const chars = geometry.runs.reduce((n, r) => n + r.text.trim().length, 0)
  if (chars < MIN_TEXT_CHARS) {
    warnings.push(
      `page ${geometry.pageNumber}: no text layer${geometry.images.length > 0 ? ' (only images: a scan)' : ''}; OCR it first`,
    )
    return { parsed: { ...meta, format: 'pdf', items: [], warnings }, text: '' }
  }
  const { items, text } = readPageLayout(geometry, meta, warnings)
  return {
    parsed: {
      ...meta,
      format: 'pdf',
      items: options.entities === false ? items : attachEntities(items),
      warnings,
    },
    text,
  }
}
