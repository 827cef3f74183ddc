// Measure the seed on the whole of ../shared, and its write path against the naive one on the same articles.
import path from 'node:path'
import type { BenchClaim } from '@broadsheet/bench'
import { sharedDir } from '@broadsheet/shared-data'
import type { TestDatabase } from '../src/test-database.ts'
import { createTestDatabase } from '../src/test-database.ts'
import { ingestParsedPages, type IngestUnit } from '../src/ingest/ingest-parsed-page.ts'
import { ARCHIVE_SHARED_BUFFERS } from '../src/start-database.ts'
import { parseJob } from '../src/seed/parse-job.ts'
import { createProgressReporter } from '../src/seed/progress.ts'
import { seed } from '../src/seed/seed.ts'
import { listFiles, seedJobs } from '../src/seed/seed-jobs.ts'
import { naiveIngest } from './naive-ingest.ts'

export const SHARED = sharedDir

const command = 'npm run bench -w @broadsheet/db'

/** Seed the whole of ../shared into `db`, print what it took, and return the claims. */
export async function benchSeed(db: TestDatabase): Promise<BenchClaim[]> {
  const paths = ['pages', 'corpus/epaper', 'corpus/pku1998'].map((p) => path.join(SHARED, p))
  const progress = createProgressReporter(process.stderr, 10_000)
  const report = await seed(db.prisma, paths, { onProgress: progress.update })
  progress.done()
  const seconds = report.elapsedMs / 1000
  const rss = process.resourceUsage().maxRSS / 1024
  console.log(`\nSeed, whole of ../shared (${report.files} files, ${report.pages} pages):`)
  console.log(`  ${report.articles} articles, ${report.mentions} mentions in ${seconds.toFixed(1)} s`)
  console.log(
    `  ${(report.articles / seconds).toFixed(0)} articles/s, peak RSS ${rss.toFixed(0)} MB (this process and its workers; PostgreSQL runs apart)`,
  )
  if (report.failures.length > 0)
    console.log(`  ${report.failures.length} files failed, e.g. ${JSON.stringify(report.failures[0])}`)
  return [
    {
      id: 'seed-full-corpus-time',
      what: `seed of all of ../shared (${report.articles} articles, ${report.mentions} mentions), parse and write`,
      figure: seconds,
      unit: 's',
      better: 'lower',
      command,
    },
    {
      id: 'seed-full-corpus-rss',
      what: 'peak RSS of the seed over all of ../shared (the process and its parse workers)',
      figure: rss,
      unit: 'MB',
      better: 'lower',
      command,
    },
  ]
}

/**
 * Write the same parsed pages through the bulk path and the naive path (a nested Prisma create per article),
 * each into a fresh database. Parsing is done beforehand and not timed: this compares the writes alone. The bulk
 * path runs twice: with one writer, and as the seed runs it, two writers each sending ~40-article transactions.
 */
export async function benchWritePaths(days: string[], totalArticles: number): Promise<BenchClaim[]> {
  const units: IngestUnit[][] = []
  for (const day of days) {
    for await (const job of seedJobs(await listFiles([path.join(SHARED, 'corpus/epaper', day)]))) {
      units.push((await parseJob(job)).units)
    }
  }
  const articles = units.flat().reduce((n, u) => n + u.parsed.items.length, 0)
  // As the seed writes them: pages batched into transactions of about 40 articles.
  const batches: IngestUnit[][] = []
  let batch: IngestUnit[] = []
  for (const page of units) {
    batch.push(...page)
    if (batch.reduce((n, u) => n + u.parsed.items.length, 0) >= 40) {
      batches.push(batch)
      batch = []
    }
  }
  if (batch.length > 0) batches.push(batch)
  const bulk = (writers: number) => async (db: TestDatabase) => {
    let next = 0
    const writer = async () => {
      while (next < batches.length) await ingestParsedPages(db.prisma, batches[next++]!)
    }
    await Promise.all(Array.from({ length: writers }, writer))
  }
  // The best of three runs, each into a fresh database: the machine is shared, and the best run is the one
  // least disturbed by others.
  const timed = async (write: (db: TestDatabase) => Promise<unknown>) => {
    let best = 0
    for (let run = 0; run < 3; run++) {
      // Sized as `npm start` sizes the archive's server, which is what the seed writes to.
      const db = await createTestDatabase({ sharedBuffers: ARCHIVE_SHARED_BUFFERS })
      try {
        const started = performance.now()
        await write(db)
        best = Math.max(best, articles / ((performance.now() - started) / 1000))
      } finally {
        await db.stop()
      }
    }
    return best
  }
  const seeded = await timed(bulk(2))
  const single = await timed(bulk(1))
  const naive = await timed((db) => naiveIngest(db.prisma, units.flat()))
  const row = (label: string, rate: number) =>
    console.log(
      `  ${label.padEnd(62)}${rate.toFixed(0).padStart(6)} articles/s  ${(rate / naive).toFixed(1)}×`,
    )
  console.log(
    `\nWrite path on the same ${articles} articles (e-edition ${days.join(', ')}; parsed beforehand, not timed; best of 3):`,
  )
  row('bulk, as the seed runs it (UNNEST inserts, 2 writers)', seeded)
  row('bulk, one writer', single)
  row('naive (one nested Prisma create per article, one writer)', naive)
  console.log(
    `  naive for the whole corpus (${totalArticles} articles), extrapolated: ` +
      `${(totalArticles / naive).toFixed(0)} s of writing, against ${(totalArticles / seeded).toFixed(0)} s bulk`,
  )
  const peer = { name: 'naive nested Prisma create per article', figure: naive }
  const what = `bulk write path (${articles} parsed e-edition articles, best of 3)`
  return [
    {
      id: 'write-path-seed',
      what: `${what}, 2 writers as the seed runs it`,
      figure: seeded,
      unit: 'articles/s',
      peer,
      command,
    },
    {
      id: 'write-path-single',
      what: `${what}, one writer`,
      figure: single,
      unit: 'articles/s',
      peer,
      command,
    },
  ]
}
