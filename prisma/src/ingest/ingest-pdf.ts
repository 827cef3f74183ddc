// Read a page PDF and store its articles with the PDF itself, in one transaction.
import { readPdf, type PdfParseOptions } from '@broadsheet/parser/pdf'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { ingestParsedPages, type IngestResult, type IngestUnit } from './ingest-parsed-page.ts'
import { pdfSourceFile, sha256Of } from './source-pdf.ts'

/** What {@link ingestPdf} stored. */
export interface PdfIngestResult extends IngestResult {
  sha256: string
  /** PDF pages read, and those that gave articles. */
  pages: number
  pagesWithArticles: number
  /** The parser's warnings, each page's prefixed with its number. */
  warnings: string[]
}

/**
 * The units to ingest for a PDF's pages: each page with items, its text in reading order as the source, the PDF
 * attached so that it is stored in the same transaction. Throws the parser's `PdfError` for a PDF it cannot read.
 */
export async function pdfUnits(
  bytes: Uint8Array,
  options: PdfParseOptions,
): Promise<{ sha256: string; units: IngestUnit[]; pages: number; warnings: string[] }> {
  const sha256 = sha256Of(bytes)
  const pages = await readPdf(bytes, options)
  const warnings = pages.flatMap(({ parsed }, i) =>
    parsed.warnings.map((w) => (w.startsWith('page ') ? w : `page ${i + 1}: ${w}`)),
  )
  const units = pages.flatMap(({ parsed, text }, i): IngestUnit[] =>
    parsed.items.length === 0
      ? []
      : [
          {
            parsed,
            source: { file: pdfSourceFile(sha256, i + 1), text, format: 'PDF', pdf: { sha256, bytes } },
          },
        ],
  )
  return { sha256, units, pages: pages.length, warnings }
}

/**
 * Parse a page PDF and store its articles and the PDF (content-addressed) in one transaction: all of it or none.
 * Storing the same PDF again adds nothing. Throws `PdfError` for a PDF that cannot be read and `IngestError` for a
 * parse that cannot be stored (no date, for one); either way nothing is written.
 *
 * @example const { articleIds } = await ingestPdf(prisma, bytes, { date: '2020-03-13', page: 1, publication: '人民日报' })
 */
export async function ingestPdf(
  prisma: PrismaClient,
  bytes: Uint8Array,
  options: PdfParseOptions,
): Promise<PdfIngestResult> {
  const { sha256, units, pages, warnings } = await pdfUnits(bytes, options)
  const result: IngestResult =
    units.length === 0
      ? {
          articleIds: [],
          inserted: 0,
          unchanged: 0,
          replaced: 0,
          reprints: 0,
          continuations: 0,
          orphaned: [],
          mentions: 0,
        }
      : await ingestParsedPages(prisma, units)
  return { ...result, sha256, pages, pagesWithArticles: units.length, warnings }
}
