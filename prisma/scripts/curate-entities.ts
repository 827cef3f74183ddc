// npm run curate:entities -w @broadsheet/db: check the archive's entities against the whole archive, merge and
// correct them, as the seed does at its end (DATABASE_URL, or the embedded PostgreSQL).
import { createPrismaClient } from '../src/client.ts'
import { curateEntities } from '../src/entities/curate-entities.ts'
import { startDatabase } from '../src/start-database.ts'

const database = await startDatabase({ log: () => {} })
const prisma = createPrismaClient(database.url)
try {
  const started = performance.now()
  const report = await curateEntities(prisma)
  for (const v of report.verdicts)
    console.log(`${v.source} ${v.key}${v.text ? ` (${v.text})` : ''} → ${v.into ?? '∅'}: ${v.reason}`)
  console.log(
    `Checked ${report.entities} entities in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${report.rejected} dropped, ${report.merged} merged, ${report.corrected} corrected by hand; ` +
      `${report.mentionsDropped} mentions dropped, ${report.mentionsMoved} moved.`,
  )
} finally {
  await prisma.$disconnect()
  await database.stop()
}
process.exit(process.exitCode ?? 0)
