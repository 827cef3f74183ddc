// Load newspapers into the archive: find the pages, parse them on worker threads, write each in one transaction.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { sharedPath } from '@broadsheet/shared-data'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { curateEntities, hasPendingCorrections, type CurationReport } from '../entities/curate-entities.ts'
import { IngestError } from '../ingest/ingest-error.ts'
import { ingestParsedPages } from '../ingest/ingest-parsed-page.ts'
import { packageDir } from '../paths.ts'
import type { ParsedJob, SeedFailure, SeedUnit } from './parse-job.ts'
import { createParserPool } from './parser-pool.ts'
import { archiveName, listFiles, seedJobs, totalBytes } from './seed-jobs.ts'

export type { SeedFailure } from './parse-job.ts'

/** How far a seed has got, reported after every page. */
export interface SeedProgress {
  files: number
  filesTotal: number
  bytes: number
  bytesTotal: number
  /** Articles parsed and stored (new or unchanged). */
  articles: number
  /** Articles written by this run. */
  inserted: number
  failures: number
  elapsedMs: number
}

export interface SeedOptions {
  onProgress?: (progress: SeedProgress) => void
  /** Parser worker threads; 0 parses on the calling thread (default: the machine's cores, at most 4). */
  workers?: number
  /** Page transactions in flight at once (default 2). */
  concurrency?: number
  /** Write pages together in one transaction until they hold this many articles (default 40; 0 = page by page). */
  batchArticles?: number
}

export interface SeedReport {
  files: number
  pages: number
  /** Articles parsed and stored (new or unchanged). */
  articles: number
  inserted: number
  unchanged: number
  replaced: number
  /** Items that were another printing of a story in their issue, stored as one of its placements. */
  reprints: number
  /** Parts of continued stories joined to the part before them. */
  continuations: number
  mentions: number
  /** Archive names of files whose printings went with another file's replaced story (read again at the end). */
  orphaned: Set<string>
  /** Every file that failed, with the line and the reason. */
  failures: SeedFailure[]
  /** What the archive-wide entity check did after the load, or null when nothing new called for it. */
  entities: CurationReport | null
  elapsedMs: number
}

/**
 * What the seed loads when given no paths: `../shared/pages`, `../shared/corpus/epaper`,
 * `../shared/corpus/pku1998` beside the repo (or under `BROADSHEET_SHARED_DIR`), and the committed demo sample
 * (`prisma/demo`), those that exist.
 */
export function defaultSeedPaths(): string[] {
  return [
    sharedPath('pages'),
    sharedPath('corpus/epaper'),
    sharedPath('corpus/pku1998'),
    path.join(packageDir, 'demo'),
  ].filter((p) => existsSync(p))
}

/** The committed demo sample alone (`prisma/demo`: the seed page and a few e-edition files), for a quick start. */
export function demoSeedPaths(): string[] {
  return [path.join(packageDir, 'demo')]
}

/**
 * Load every page under `paths` (files or directories) into the archive. Layout pages take their date from the
 * `.meta.json` beside them; e-edition files `YYYYMMDD-PP-SS.txt` their date, page and position from the name;
 * the PKU corpus keeps its gold entity spans. Each page is one transaction, identified by content hash, so a
 * second run adds nothing. A file that fails is reported with its line and reason, and the rest goes on.
 *
 * @example
 * const report = await seed(prisma, undefined, { onProgress: (p) => console.log(p.files, '/', p.filesTotal) })
 * if (report.failures.length > 0) process.exitCode = 1
 */
export async function seed(
  prisma: PrismaClient,
  paths: string[] = defaultSeedPaths(),
  options: SeedOptions = {},
): Promise<SeedReport> {
  const started = performance.now()
  const missing = paths.filter((p) => !existsSync(p))
  const files = await listFiles(paths.filter((p) => existsSync(p)))
  const report: SeedReport = {
    files: files.length,
    pages: 0,
    articles: 0,
    inserted: 0,
    unchanged: 0,
    replaced: 0,
    reprints: 0,
    continuations: 0,
    mentions: 0,
    orphaned: new Set(),
    failures: missing.map((file) => ({ file, line: 0, reason: 'no such file or directory' })),
    entities: null,
    elapsedMs: 0,
  }
  const progress: SeedProgress = {
    files: 0,
    filesTotal: files.length,
    bytes: 0,
    bytesTotal: await totalBytes(files),
    articles: 0,
    inserted: 0,
    failures: report.failures.length,
    elapsedMs: 0,
  }
  const pool = createParserPool(options.workers ?? Math.min(4, availableParallelism()))
  const writers = new Semaphore(options.concurrency ?? 2)
  const inflight = new Set<Promise<void>>()
  const pkuFiles = new Set<string>()

  // Pages are written several to a transaction (still all or nothing per page: a batch that fails is written
  // again page by page), which saves most of the statements' round trips.
  let batch: { parsed: ParsedJob; fileCount: number }[] = []
  const flush = async () => {
    const pages = batch
    batch = []
    if (pages.length === 0) return
    for (const page of pages) report.failures.push(...page.parsed.failures)
    await writers.run(() =>
      writeBatch(
        prisma,
        pages.map((page) => page.parsed.units),
        report,
      ),
    )
    report.pages += pages.length
    for (const page of pages) {
      progress.files += page.fileCount
      progress.bytes += page.parsed.bytes
    }
    progress.articles = report.articles
    progress.inserted = report.inserted
    progress.failures = report.failures.length
    progress.elapsedMs = performance.now() - started
    options.onProgress?.({ ...progress })
  }
  const store = async (parsed: ParsedJob, fileCount: number) => {
    batch.push({ parsed, fileCount })
    const articles = batch.reduce(
      (n, page) => n + page.parsed.units.reduce((m, u) => m + u.parsed.items.length, 0),
      0,
    )
    if (articles >= (options.batchArticles ?? 40)) await flush()
  }

  const run = async (files: string[]) => {
    for await (const job of seedJobs(files)) {
      if (job.kind === 'pku') pkuFiles.add(job.file.path)
      const fileCount =
        job.kind === 'eedition' ? job.files.length : job.kind === 'page' || job.kind === 'pdf' ? 1 : 0
      const task = pool.parse(job).then((parsed) => store(parsed, fileCount))
      inflight.add(task)
      void task.finally(() => inflight.delete(task))
      // Parse a few pages ahead of the writers, no more: the corpus is never held in memory.
      if (inflight.size >= (options.workers ?? 4) + (options.concurrency ?? 2) + 2)
        await Promise.race(inflight)
    }
    await Promise.all(inflight)
    await flush()
  }
  try {
    await run(files)
    // A story printed in several files goes with the first printing when that one is parsed anew; the files of its
    // other printings, stored earlier in this run, are read again so they find their story again.
    const orphaned = files.filter((file) => report.orphaned.has(archiveName(file)))
    if (orphaned.length > 0) await run(orphaned)
  } finally {
    await Promise.allSettled(inflight)
    await pool.close()
  }
  progress.files += pkuFiles.size
  // A large load leaves the planner's statistics behind until autovacuum catches up: refresh them now, so the
  // first queries on a new archive get the plans a settled one gets.
  if (report.inserted > 0) await prisma.$executeRaw`ANALYZE`
  // Entities are judged against the whole archive, so after the load: what it drops or merges, ingest will drop or
  // merge on its own from then on. A load that added nothing (and no new correction) leaves them as they are.
  if (report.inserted > 0 || report.replaced > 0 || (await hasPendingCorrections(prisma)))
    report.entities = await curateEntities(prisma)
  report.failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
  report.elapsedMs = performance.now() - started
  progress.elapsedMs = report.elapsedMs
  options.onProgress?.({ ...progress })
  return report
}

// Write a batch of pages in one transaction; if that fails, each page alone, to find the file at fault.
async function writeBatch(prisma: PrismaClient, pages: SeedUnit[][], report: SeedReport): Promise<void> {
  const units = pages.flat()
  if (units.length === 0) return
  if (pages.length === 1) return write(prisma, units, report)
  try {
    count(report, units, await ingestParsedPages(prisma, units))
  } catch {
    for (const page of pages) await write(prisma, page, report)
  }
}

// Write a page's units in one transaction; if that fails, write them one by one to find the file at fault.
async function write(prisma: PrismaClient, units: SeedUnit[], report: SeedReport): Promise<void> {
  if (units.length === 0) return
  try {
    count(report, units, await ingestParsedPages(prisma, units))
  } catch (error) {
    if (units.length === 1) {
      const unit = units[0]!
      report.failures.push({ file: unit.path, line: unit.source.firstLine ?? 1, reason: describe(error) })
      return
    }
    for (const unit of units) await write(prisma, [unit], report)
  }
}

function count(report: SeedReport, units: SeedUnit[], result: Awaited<ReturnType<typeof ingestParsedPages>>) {
  report.articles += units.reduce((n, unit) => n + unit.parsed.items.length, 0)
  report.inserted += result.inserted
  report.unchanged += result.unchanged
  report.replaced += result.replaced
  report.reprints += result.reprints
  report.continuations += result.continuations
  report.mentions += result.mentions
  for (const file of result.orphaned) report.orphaned.add(file)
}

function describe(error: unknown): string {
  if (error instanceof IngestError) return error.problems.join('; ')
  return error instanceof Error ? error.message : String(error)
}

/** At most `size` tasks at once. */
class Semaphore {
  private active = 0
  private readonly queue: (() => void)[] = []
  private readonly size: number

  constructor(size: number) {
    this.size = size
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.active >= this.size) await new Promise<void>((resolve) => this.queue.push(resolve))
    this.active++
    try {
      return await task()
    } finally {
      this.active--
      this.queue.shift()?.()
    }
  }
}
