// The API's environment, read and checked in one place.
import os from 'node:os'

export interface Env {
  /** PORT: where the server listens (default 4000). */
  port: number
  /** BROADSHEET_API_TOKEN: the bearer token that unlocks ingest; unset turns ingest off. */
  apiToken: string | null
  /**
   * BROADSHEET_INTROSPECTION: on unless `0`. The archive is a public read API and the playground reads the schema
   * through introspection, as GitHub's public API does.
   */
  introspection: boolean
  /**
   * NODE_ENV: `production` (the default) masks server errors, sends no stack traces and no field suggestions;
   * `development` (`npm run dev`) shows them.
   */
  production: boolean
  /** DATABASE_URL: PostgreSQL to serve; unset starts the embedded one. */
  databaseUrl: string | null
  /**
   * BROADSHEET_DB_POOL_SIZE: connections to PostgreSQL (default: twice this machine's cores). Statements beyond
   * what the database's cores can run at once only queue inside it and stretch every request's latency, so on one
   * machine a small pool answers more, and more evenly; raise it for a database server of its own.
   */
  dbPoolSize: number
  /**
   * BROADSHEET_DB_HEAVY_POOL_SIZE: connections for the expensive statements (search, related, co-occurrence,
   * timelines, filtered counts; default: half the cores, at least 1). They queue for these and never take the cheap
   * reads' connections, so no mix of requests can starve an article page.
   */
  dbHeavyPoolSize: number
  /** BROADSHEET_INGEST_THREADS: worker threads that parse ingested pages (default 1). */
  ingestThreads: number
}

/**
 * Reads and checks the environment; throws one error listing every problem.
 *
 * @example const env = readEnv() // { port: 4000, apiToken: null, introspection: true, production: true, … }
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const problems: string[] = []
  const rawPort = source.PORT?.trim() || '4000'
  const port = Number(rawPort)
  if (!/^\d+$/.test(rawPort) || port < 0 || port > 65535)
    problems.push(`PORT must be 0-65535, got "${rawPort}"`)
  const apiToken = source.BROADSHEET_API_TOKEN?.trim() || null
  if (apiToken && apiToken.length < 16) problems.push('BROADSHEET_API_TOKEN must be at least 16 characters')
  const introspection = source.BROADSHEET_INTROSPECTION?.trim() ?? ''
  if (!['', '0', '1'].includes(introspection)) problems.push('BROADSHEET_INTROSPECTION must be 0 or 1')
  const nodeEnv = source.NODE_ENV?.trim() || 'production'
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test, got "${nodeEnv}"`)
  }
  const databaseUrl = source.DATABASE_URL?.trim() || null
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must be a postgresql:// URL')
  const rawPool = source.BROADSHEET_DB_POOL_SIZE?.trim() || String(2 * os.availableParallelism())
  const dbPoolSize = Number(rawPool)
  if (!/^\d+$/.test(rawPool) || dbPoolSize < 1 || dbPoolSize > 1000)
    problems.push(`BROADSHEET_DB_POOL_SIZE must be 1-1000, got "${rawPool}"`)
  const rawHeavy =
    source.BROADSHEET_DB_HEAVY_POOL_SIZE?.trim() ||
    String(Math.max(1, Math.floor(os.availableParallelism() / 2)))
  const dbHeavyPoolSize = Number(rawHeavy)
  if (!/^\d+$/.test(rawHeavy) || dbHeavyPoolSize < 1 || dbHeavyPoolSize > 1000)
    problems.push(`BROADSHEET_DB_HEAVY_POOL_SIZE must be 1-1000, got "${rawHeavy}"`)
  const rawThreads = source.BROADSHEET_INGEST_THREADS?.trim() || '1'
  const ingestThreads = Number(rawThreads)
  if (!/^\d+$/.test(rawThreads) || ingestThreads < 1 || ingestThreads > 64)
    problems.push(`BROADSHEET_INGEST_THREADS must be 1-64, got "${rawThreads}"`)
  if (problems.length > 0) throw new Error(`Invalid environment:\n- ${problems.join('\n- ')}`)
  const production = nodeEnv !== 'development'
  return {
    port,
    apiToken,
    introspection: introspection !== '0',
    production,
    databaseUrl,
    dbPoolSize,
    dbHeavyPoolSize,
    ingestThreads,
  }
}
