// The page PDFs the archive keeps as they came: stored once per content (SHA-256), read back whole.
import { createHash } from 'node:crypto'
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import type { RawTransaction } from '../raw-transaction.ts'
import type { SourcePdfBytes } from './ingest-source.ts'

/** The hex SHA-256 of `bytes`: the name a PDF is stored and served under. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The `sourceFile` of the articles read from page `page` (1-based) of the PDF named `sha256`. */
export function pdfSourceFile(sha256: string, page: number): string {
  return `pdf/${sha256}.pdf#page=${page}`
}

/** The PDF's name and page that a `sourceFile` points to, or null when it does not point into a stored PDF. */
export function parsePdfSourceFile(file: string): { sha256: string; page: number } | null {
  const m = /^pdf\/([0-9a-f]{64})\.pdf#page=(\d+)$/u.exec(file)
  return m === null ? null : { sha256: m[1]!, page: Number(m[2]) }
}

/** Store a PDF within `tx` unless one with the same content is stored already. */
export async function storeSourcePdf(tx: RawTransaction, pdf: SourcePdfBytes): Promise<void> {
  await tx.query(Prisma.sql`
    INSERT INTO "SourcePdf" (sha256, bytes, size) VALUES (${pdf.sha256}, ${Buffer.from(pdf.bytes)}, ${pdf.bytes.length})
    ON CONFLICT (sha256) DO NOTHING`)
}

/**
 * The stored PDF named `sha256`, or null when there is none.
 *
 * @example const pdf = await readSourcePdf(prisma, 'e3b0c442…')
 */
export async function readSourcePdf(prisma: PrismaClient, sha256: string): Promise<Uint8Array | null> {
  if (!/^[0-9a-f]{64}$/u.test(sha256)) return null
  const row = await prisma.sourcePdf.findUnique({ where: { sha256 }, select: { bytes: true } })
  return row === null ? null : new Uint8Array(row.bytes)
}
