// Parse a page and store it through the same path as the seed (@broadsheet/db's ingestParsedPage).
import { createHash } from 'node:crypto'
import { IngestError, ingestParsedPage, type PrismaClient } from '@broadsheet/db'
import { parsePage } from '@broadsheet/parser'
import { badUserInput } from './errors.ts'

export interface IngestPageInput {
  text: string
  /** The issue date, `YYYY-MM-DD`. */
  date: string
  page: number | null
  publication: string | null
}

/**
 * Parses `input.text` and stores it; returns the stored articles' ids in reading order and the parser's warnings.
 * The source is named after the text's hash, so ingesting the same text again stores nothing new.
 *
 * @example await ingestPage(prisma, { text, date: '2020-03-13', page: 4, publication: '人民日报' })
 */
export async function ingestPage(
  prisma: PrismaClient,
  input: IngestPageInput,
): Promise<{ articleIds: number[]; warnings: string[] }> {
  const parsed = parsePage(input.text, { date: input.date, page: input.page, publication: input.publication })
  const file = `api/${createHash('sha256').update(input.text).digest('hex').slice(0, 16)}.txt`
  try {
    const { articleIds } = await ingestParsedPage(prisma, parsed, { file, text: input.text })
    return { articleIds, warnings: parsed.warnings }
  } catch (error) {
    if (error instanceof IngestError) throw badUserInput(error.message)
    throw error
  }
}
