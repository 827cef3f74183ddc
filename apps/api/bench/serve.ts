// Serve the API as `npm start` does (its own env, pools, limits and ingest threads) on a free port, for bench.ts to
// drive from another process. Prints the URL on the first line of stdout; DATABASE_URL is required.
import { createPrismaClient } from '@broadsheet/db'
import { readEnv } from '../src/env.ts'
import { startServer } from '../src/server.ts'

const env = readEnv({ ...process.env, PORT: '0' })
if (!env.databaseUrl) throw new Error('DATABASE_URL is required')
const prisma = createPrismaClient(env.databaseUrl, {
  statementTimeoutMs: 5_000,
  poolSize: env.dbPoolSize,
  heavyPoolSize: env.dbHeavyPoolSize,
})
const server = await startServer({ prisma, env })
console.log(server.url)
process.on('SIGTERM', () => void server.stop().then(() => prisma.$disconnect().then(() => process.exit(0))))
