import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import {
  applyMigrations,
  createPrismaClient,
  createTestDatabase,
  startDatabase,
  type TestDatabase,
} from '../src/index.ts'
import { heavyPoolOf, poolOf } from '../src/client.ts'
import { migrationsDir } from '../src/paths.ts'

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(() => db?.stop())

const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

async function query<Row>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as Row[]
  } finally {
    await client.end()
  }
}

test('records every committed migration in _prisma_migrations as prisma migrate deploy does', async () => {
  const rows = await query<{
    migration_name: string
    checksum: string
    finished_at: Date | null
    rolled_back_at: Date | null
    applied_steps_count: number
    logs: string | null
  }>(db.url, 'SELECT * FROM _prisma_migrations ORDER BY migration_name')
  expect(rows.map((row) => row.migration_name)).toEqual(migrationNames)
  for (const row of rows) {
    const sql = readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'))
    expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'))
    expect(row.finished_at).toBeInstanceOf(Date)
    expect(row.rolled_back_at).toBeNull()
    expect(row.logs).toBeNull()
    expect(row.applied_steps_count).toBe(1)
  }
})

test('applies nothing the second time', async () => {
  expect(await applyMigrations(db.url)).toEqual([])
})

test('gives a working Prisma client on the migrated database', async () => {
  const publication = await db.prisma.publication.create({ data: { name: '人民日报' } })
  expect(await db.prisma.publication.findUnique({ where: { id: publication.id } })).toMatchObject({
    name: '人民日报',
  })
})

test('counts queries through the log option', async () => {
  const prisma = createPrismaClient(db.url, {
    log: [{ emit: 'event', level: 'query' }],
    statementTimeoutMs: 5000,
  })
  let queries = 0
  prisma.$on('query', () => queries++)
  await prisma.publication.count()
  await prisma.issue.count()
  await prisma.$disconnect()
  expect(queries).toBe(2)
})

test('cancels a statement that runs past the statement timeout', async () => {
  const prisma = createPrismaClient(db.url, { statementTimeoutMs: 100 })
  await expect(prisma.$queryRaw`SELECT pg_sleep(2)`).rejects.toThrow(/statement timeout/)
  await prisma.$disconnect()
})

test.runIf(process.platform === 'linux')(
  'runs the expensive statements on backends of lower CPU priority, and the cheap reads at normal priority',
  async () => {
    const prisma = createPrismaClient(db.url, { heavyNiceness: 10 })
    const niceness = async (pool: pg.Pool) => {
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
      // Field 19 of /proc/<pid>/stat, counted after the process name's closing parenthesis.
      return Number(readFileSync(`/proc/${rows[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])
    }
    try {
      // The cheap reads' backends keep the server's own niceness (0 unless it was started under nice).
      const cheap = await niceness(poolOf(prisma)!)
      expect(await niceness(heavyPoolOf(prisma)!)).toBe(Math.max(10, cheap))
    } finally {
      await prisma.$disconnect()
    }
  },
)

test('uses the given URL and starts nothing when a database URL is set', async () => {
  const running = await startDatabase({ url: db.url, log: () => {} })
  expect(running).toMatchObject({ url: db.url, embedded: false })
  await running.stop()
  expect(await query(db.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }])
})

test('starts, creates and migrates an embedded database when no URL is set, and stops it', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'broadsheet-start-'))
  await chmod(dataDir, 0o755)
  const saved = { ...process.env }
  delete process.env.DATABASE_URL
  process.env.BROADSHEET_PG_DATA = path.join(dataDir, 'postgres')
  process.env.BROADSHEET_PG_PORT = String(20000 + Math.floor(Math.random() * 20000))
  try {
    const running = await startDatabase({ log: () => {} })
    expect(running.embedded).toBe(true)
    const rows = await query<{ n: number }>(running.url, 'SELECT count(*)::int AS n FROM _prisma_migrations')
    expect(rows[0]?.n).toBe(migrationNames.length)
    await running.stop()
    await expect(query(running.url, 'SELECT 1')).rejects.toThrow()
  } finally {
    process.env = saved
    await rm(dataDir, { recursive: true, force: true })
  }
})
