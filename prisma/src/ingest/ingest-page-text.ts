// Ingest a page of text as the API receives it: parse and plan it on a worker thread, then store it.
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { parsePage } from '@broadsheet/parser'
import { Piscina } from 'piscina'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { IngestError } from './ingest-error.ts'
import { type IngestResult, planPage, storePagePlans } from './ingest-parsed-page.ts'
import type { PagePlan } from './plan-articles.ts'

/** A page as a client sends it. */
export interface PageText {
  text: string
  /** The issue date, `YYYY-MM-DD`. */
  date: string
  page: number | null
  publication: string | null
}

/** A parsed, checked and planned page, and the parser's warnings about it. */
export interface PlannedPage {
  plan: PagePlan
  warnings: string[]
}

/**
 * Parse and plan `input` (pure CPU work: the parser, the entity recognizer, content hashes, search vectors). The
 * source is named after the text's hash, so ingesting the same text again stores nothing new.
 */
export function planPageText(input: PageText): PlannedPage {
  const parsed = parsePage(input.text, { date: input.date, page: input.page, publication: input.publication })
  const file = `api/${createHash('sha256').update(input.text).digest('hex').slice(0, 16)}.txt`
  return { plan: planPage(parsed, { file, text: input.text }), warnings: parsed.warnings }
}

/**
 * {@link planPageText} as a worker answers it: an IngestError crosses threads as a plain Error, so its problems
 * travel as data and are thrown again on the calling thread.
 */
export function planPageTextForWorker(
  input: PageText,
): PlannedPage | { refused: { file: string; problems: string[] } } {
  try {
    return planPageText(input)
  } catch (error) {
    if (error instanceof IngestError) return { refused: { file: error.file, problems: error.problems } }
    throw error
  }
}

/** Plans pages off the calling thread; `close()` ends its threads. */
export interface PagePlanner {
  plan(input: PageText): Promise<PlannedPage>
  close(): Promise<void>
}

/**
 * A pool of `threads` worker threads (piscina) that parse and plan pages, so that a server reading a page of
 * 10,000 characters keeps answering other requests meanwhile. Threads start on first use and stop when idle.
 *
 * @example
 * const planner = createPagePlanner({ threads: 1 })
 * const { articleIds } = await ingestPageText(prisma, { text, date: '2020-03-13', page: 4, publication: null }, planner)
 */
export function createPagePlanner(options: { threads?: number } = {}): PagePlanner {
  const pool = new Piscina<PageText, ReturnType<typeof planPageTextForWorker>>({
    filename: fileURLToPath(new URL('./plan-worker.mjs', import.meta.url)),
    minThreads: 0,
    maxThreads: Math.max(1, options.threads ?? 1),
    idleTimeout: 60_000,
    // The worker loads the TypeScript sources as the rest of the repo does (see plan-worker.mjs).
    execArgv: ['--conditions=@broadsheet/source'],
  })
  return {
    plan: async (input) => {
      const answer = await pool.run(input)
      if ('refused' in answer) throw new IngestError(answer.refused.file, answer.refused.problems)
      return answer
    },
    close: () => pool.destroy(),
  }
}

/**
 * Parse `input` (on `planner`'s threads, or on this one without a planner) and store it in one transaction.
 * Returns the stored articles' ids in reading order and the parser's warnings. Invalid input throws an
 * IngestError and writes nothing.
 */
export async function ingestPageText(
  prisma: PrismaClient,
  input: PageText,
  planner?: PagePlanner,
): Promise<IngestResult & { warnings: string[] }> {
  const { plan, warnings } = planner ? await planner.plan(input) : planPageText(input)
  return { ...(await storePagePlans(prisma, [plan])), warnings }
}
