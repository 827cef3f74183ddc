// Read a page PDF and store its articles with the PDF itself, in one transaction.
import { PdfError, type PdfErrorCode, readPdf, type PdfParseOptions } from '@broadsheet/parser/pdf'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { IngestError } from './ingest-error.ts'
import type { PagePlanner } from './ingest-page-text.ts'
import { type IngestResult, type IngestUnit, planPage, storePagePlans } from './ingest-parsed-page.ts'
import type { PagePlan } from './plan-articles.ts'
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

/** A read and planned PDF: its pages' plans (without the PDF's bytes, which the caller holds), and what was read. */
export interface PlannedPdf {
  sha256: string
  plans: PagePlan[]
  pages: number
  warnings: string[]
}

/**
 * Read and plan a page PDF (pure CPU work: pdf.js, the layout, entities, hashes, search vectors). The plans leave
 * out the PDF's bytes, so that a worker thread does not send them back; {@link ingestPdf} puts them in again.
 */
export async function planPdf(bytes: Uint8Array, options: PdfParseOptions): Promise<PlannedPdf> {
  const { sha256, units, pages, warnings } = await pdfUnits(bytes, options)
  const plans = units.map(({ parsed, source }) => {
    const { pdf: _bytes, ...plan } = planPage(parsed, source)
    return plan
  })
  return { sha256, plans, pages, warnings }
}

/** What a worker answers for {@link planPdf}: errors cross threads as plain Errors, so they travel as data. */
export type PlannedPdfAnswer =
  | PlannedPdf
  | { refused: { file: string; problems: string[] } }
  | { unreadable: { code: PdfErrorCode; message: string } }

/** {@link planPdf} as a worker answers it; {@link fromPlannedPdfAnswer} turns the answer back into a result or an error. */
export async function planPdfForWorker(task: {
  bytes: Uint8Array
  options: PdfParseOptions
}): Promise<PlannedPdfAnswer> {
  try {
    return await planPdf(task.bytes, task.options)
  } catch (error) {
    if (error instanceof IngestError) return { refused: { file: error.file, problems: error.problems } }
    if (error instanceof PdfError) return { unreadable: { code: error.code, message: error.message } }
    throw error
  }
}

/** The plans of a worker's answer, or the error it stands for, thrown on this thread. */
export function fromPlannedPdfAnswer(answer: PlannedPdfAnswer): PlannedPdf {
  if ('refused' in answer) throw new IngestError(answer.refused.file, answer.refused.problems)
  if ('unreadable' in answer) throw new PdfError(answer.unreadable.code, answer.unreadable.message)
  return answer
}

/**
 * Parse a page PDF and store its articles and the PDF (content-addressed) in one transaction: all of it or none.
 * Storing the same PDF again adds nothing. Throws `PdfError` for a PDF that cannot be read and `IngestError` for a
 * parse that cannot be stored (no date, for one); either way nothing is written. With a `planner`, the PDF is read
 * on its worker threads, so that a server keeps answering while a large PDF is read.
 *
 * @example const { articleIds } = await ingestPdf(prisma, bytes, { date: '2020-03-13', page: 1, publication: '人民日报' })
 */
export async function ingestPdf(
  prisma: PrismaClient,
  bytes: Uint8Array,
  options: PdfParseOptions,
  planner?: PagePlanner,
): Promise<PdfIngestResult> {
  const { sha256, plans, pages, warnings } = planner
    ? await planner.planPdf(bytes, options)
    : await planPdf(bytes, options)
  const result: IngestResult =
    plans.length === 0
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
      : await storePagePlans(
          prisma,
          plans.map((plan) => ({ ...plan, pdf: { sha256, bytes } })),
        )
  return { ...result, sha256, pages, pagesWithArticles: plans.length, warnings }
}
