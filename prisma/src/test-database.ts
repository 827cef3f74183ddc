// A throwaway PostgreSQL for one test file: its own embedded server in a temp dir, on a free port, migrated.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { applyMigrations, readMigrationList } from './apply-migrations.ts'
import { createPrismaClient } from './client.ts'
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgresOptions } from './embedded-postgres.ts'
import type { PrismaClient } from '../generated/prisma/client.ts'

/** A database for tests. `stop()` disconnects, stops the server and deletes its files. */
export interface TestDatabase {
  url: string
  prisma: PrismaClient
  stop(): Promise<void>
}

const DATABASE = 'broadsheet_test'

/**
 * Start a fresh, migrated database. `initdb` and the migrations run once per machine and migration set: later
 * calls copy that ready data directory, which takes well under a second.
 *
 * @example
 * let db: TestDatabase
 * beforeAll(async () => { db = await createTestDatabase() })
 * afterAll(() => db.stop())
 */
export async function createTestDatabase(
  options: { migrate?: boolean } & EmbeddedPostgresOptions = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true
  const template = await ensureTemplate(migrate)
  const dataDir = path.join(await makeTempDir('broadsheet-pg-test-'), 'data')
  await cp(template, dataDir, { recursive: true, preserveTimestamps: true })
  await copyOwnership(template, dataDir)
  const server = await startOnFreePort(dataDir, options)
  const url = server.url(DATABASE)
  const prisma = createPrismaClient(url, { poolSize: 4 })
  return {
    url,
    prisma,
    async stop() {
      await prisma.$disconnect()
      await server.stop()
      await rm(path.dirname(dataDir), { recursive: true, force: true })
    },
  }
}

// One ready-made data directory per set of migrations, built under a temporary name and renamed into place so
// that test files starting at the same time never see half of one.
async function ensureTemplate(migrate: boolean): Promise<string> {
  const key = migrate ? await migrationsKey() : 'empty'
  const template = path.join(os.tmpdir(), `broadsheet-pg-template-${key}`)
  if (existsSync(path.join(template, 'PG_VERSION'))) return template
  const work = await makeTempDir('broadsheet-pg-template-build-')
  const dataDir = path.join(work, 'data')
  const server = await startOnFreePort(dataDir, {})
  try {
    await ensureDatabase(server.url('postgres'), DATABASE)
    if (migrate) await applyMigrations(server.url(DATABASE))
  } finally {
    await server.stop()
  }
  await rename(dataDir, template).catch(async (error: unknown) => {
    if (!existsSync(path.join(template, 'PG_VERSION'))) throw error
  })
  await rm(work, { recursive: true, force: true })
  return template
}

// mkdtemp makes a 0700 directory; the server runs as the postgres user when we are root and must reach inside.
async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  await chmod(dir, 0o755)
  return dir
}

async function migrationsKey(): Promise<string> {
  const list = await readMigrationList()
  const hash = createHash('sha256')
  for (const dir of list.migrationDirectories) {
    hash.update(dir.path)
    if (dir.migrationFile.content.tag === 'ok') hash.update(dir.migrationFile.content.value)
  }
  hash.update(await readFile(new URL('./embedded-postgres.ts', import.meta.url), 'utf8'))
  return hash.digest('hex').slice(0, 16)
}

async function copyOwnership(from: string, to: string): Promise<void> {
  if (process.getuid?.() !== 0) return
  const { execFileSync } = await import('node:child_process')
  const { uid, gid } = await import('node:fs').then((fs) => fs.statSync(from))
  execFileSync('chown', ['-R', `${uid}:${gid}`, to])
}

async function startOnFreePort(dataDir: string, options: EmbeddedPostgresOptions) {
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startEmbeddedPostgres(dataDir, await freePort(), options)
    } catch (error) {
      // Another process took the port between our probe and the server's bind.
      lastError = error
    }
  }
  throw lastError
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}
