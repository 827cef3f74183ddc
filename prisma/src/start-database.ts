// Give the app a migrated database: DATABASE_URL when set, otherwise an embedded PostgreSQL under .data/postgres.
import path from 'node:path'
import { applyMigrations } from './apply-migrations.ts'
import { canConnect, embeddedUrl, ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.ts'
import { readDatabaseEnv } from './env.ts'
import { repoDir } from './paths.ts'

/** A database ready for use. `stop()` stops the embedded server if this call started one. */
export interface RunningDatabase {
  url: string
  /** Whether this call started an embedded server (false with DATABASE_URL, or when one was already running). */
  embedded: boolean
  /** Where it runs, for people: `embedded PostgreSQL on port 54329, data in .data/postgres`. No password. */
  label: string
  stop(): Promise<void>
}

export interface StartDatabaseOptions {
  /** Use this URL instead of DATABASE_URL or the embedded server. */
  url?: string
  /** Apply pending migrations (default true). */
  migrate?: boolean
  /** Where progress goes (default console.log). */
  log?: (message: string) => void
}

const DATABASE = 'broadsheet'

/** `shared_buffers` of the archive's embedded server: the full corpus takes about 700 MB on disk. */
export const ARCHIVE_SHARED_BUFFERS = '512MB'

/**
 * With DATABASE_URL set, use it and start nothing. Otherwise start PostgreSQL from the embedded-postgres package
 * with its data in `<repo>/.data/postgres` on port 54329 (BROADSHEET_PG_PORT), or reuse the one another process
 * of this checkout already started there. Then create the `broadsheet` database if missing and apply the
 * migrations. The server stops on `stop()`, and on SIGINT/SIGTERM (embedded-postgres hooks process exit).
 *
 * @example
 * const db = await startDatabase()
 * const prisma = createPrismaClient(db.url)
 * // …
 * await prisma.$disconnect(); await db.stop()
 */
export async function startDatabase(options: StartDatabaseOptions = {}): Promise<RunningDatabase> {
  const env = readDatabaseEnv()
  const log = options.log ?? ((message: string) => console.log(message))
  const migrate = async (url: string) => {
    if (options.migrate === false) return
    const applied = await applyMigrations(url)
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`)
  }
  const givenUrl = options.url ?? env.databaseUrl
  if (givenUrl) {
    await migrate(givenUrl)
    const { host, pathname } = new URL(givenUrl)
    return {
      url: givenUrl,
      embedded: false,
      label: `DATABASE_URL (${host}${pathname})`,
      stop: async () => {},
    }
  }
  const port = env.embeddedPort
  const url = embeddedUrl(port, DATABASE)
  if (await canConnect(embeddedUrl(port, 'postgres'))) {
    log(`Using the PostgreSQL already running on port ${port}.`)
    await ensureDatabase(embeddedUrl(port, 'postgres'), DATABASE)
    await migrate(url)
    const label = `the PostgreSQL already running on port ${port}`
    return { url, embedded: false, label, stop: async () => {} }
  }
  const dataDir = env.embeddedDataDir ?? path.join(repoDir, '.data', 'postgres')
  const relative = path.relative(process.cwd(), dataDir)
  const shown = relative.startsWith('..') ? dataDir : relative
  log(`Starting embedded PostgreSQL on port ${port} (data in ${shown}).`)
  const server = await startEmbeddedPostgres(dataDir, port, { sharedBuffers: ARCHIVE_SHARED_BUFFERS })
  try {
    await ensureDatabase(server.url('postgres'), DATABASE)
    await migrate(url)
  } catch (error) {
    await server.stop()
    throw error
  }
  const label = `embedded PostgreSQL on port ${port}, data in ${shown}`
  return { url, embedded: true, label, stop: () => server.stop() }
}
