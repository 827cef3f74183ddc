// Parse a page and store it through the same path as the seed.
// TODO(#4): call parsePage (@broadsheet/parser) then ingestParsedPage (@broadsheet/db) once both are exported.
import type { PrismaClient } from '../../../prisma/generated/prisma/client.ts'

export interface IngestPageInput {
  text: string
  date: string
  page: number | null
  publication: string | null
}

/** Returns the stored articles' ids, in reading order, and the parser's warnings. */
export async function ingestPage(
  _prisma: PrismaClient,
  _input: IngestPageInput,
): Promise<{ articleIds: number[]; warnings: string[] }> {
  throw new Error('Ingest is not available yet: the parser and the database package do not export it.')
}
