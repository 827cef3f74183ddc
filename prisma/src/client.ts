// Create a PrismaClient that talks to PostgreSQL through node-postgres (@prisma/adapter-pg), with a second, smaller
// pool for the expensive statements.
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaClient, type Prisma } from '../generated/prisma/client.ts'
import { CONNECTION_FAILURE } from './database-fault.ts'

/** Options for {@link createPrismaClient}. `Level` is the log levels emitted as events, for `$on`. */
export interface PrismaClientOptions<Level extends Prisma.LogLevel = never> {
  /** Connections in the pool for reads by id and everything Prisma sends (default 10). */
  poolSize?: number
  /**
   * Connections for the expensive statements: search, related articles, co-occurrence, timelines, filtered counts
   * (default 2). They queue for these and never take a connection from the cheap reads.
   */
  heavyPoolSize?: number
  /** How long an expensive statement waits for a connection before it is refused as busy (default 10 s). */
  heavyWaitMs?: number
  /** Cancel any statement running longer than this many milliseconds (default: no limit). */
  statementTimeoutMs?: number
  /** Passed to PrismaClient: `[{ emit: 'event', level: 'query' }]` lets callers count queries with `$on('query')`. */
  log?: Array<Prisma.LogLevel | { emit: 'stdout'; level: Prisma.LogLevel } | { emit: 'event'; level: Level }>
}

/**
 * A PrismaClient for `url`. Call `$disconnect()` when done; it closes both pools.
 *
 * @example
 * const prisma = createPrismaClient(url, { log: [{ emit: 'event', level: 'query' }] })
 * let queries = 0
 * prisma.$on('query', () => queries++)
 */
export function createPrismaClient<Level extends Prisma.LogLevel = never>(
  url: string,
  options: PrismaClientOptions<Level> = {},
): PrismaClient<Level> {
  const timeout =
    options.statementTimeoutMs !== undefined ? { statement_timeout: options.statementTimeoutMs } : {}
  const pool = createPool({ connectionString: url, max: options.poolSize ?? 10, ...timeout })
  const heavy = createPool({
    connectionString: url,
    max: options.heavyPoolSize ?? 2,
    connectionTimeoutMillis: options.heavyWaitMs ?? 10_000,
    ...timeout,
  })
  const adapter = new PrismaPg(pool, { disposeExternalPool: true })
  const client = new PrismaClient({ adapter, ...(options.log ? { log: options.log } : {}) })
  pools.set(client, { pool, heavy })
  // The adapter ends the main pool on $disconnect; the heavy pool is ours to end.
  const disconnect = client.$disconnect.bind(client)
  client.$disconnect = async () => {
    await disconnect()
    if (!heavy.ended) await heavy.end()
  }
  return client as unknown as PrismaClient<Level>
}

function createPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config)
  // An idle connection that PostgreSQL drops is taken out of the pool; the next query opens a new one.
  pool.on('error', () => {})
  // node-postgres fails the statements of a connection that dies with a plain Error and no SQLSTATE. It emits the
  // same Error object on the client first, so stamping it here gives every caller a code to classify it by.
  pool.on('connect', (client) => {
    client.on('error', (error: Error & { code?: string; severity?: string }) => {
      if (error.code === undefined) Object.assign(error, { code: CONNECTION_FAILURE, severity: 'FATAL' })
    })
  })
  return pool
}

const pools = new WeakMap<object, { pool: pg.Pool; heavy: pg.Pool }>()

/**
 * The node-postgres pool under a client made by {@link createPrismaClient}, or undefined for any other client.
 * It is for the few statements Prisma cannot send as they should go: a named statement, prepared once per
 * connection, that PostgreSQL neither parses nor plans again (see prepared-query.ts), and the bulk inserts of
 * ingest, whose megabytes of parameters Prisma would encode twice (see raw-transaction.ts).
 */
export function poolOf(prisma: object): pg.Pool | undefined {
  return pools.get(prisma)?.pool
}

/** The smaller pool for expensive statements under a client made by {@link createPrismaClient}. */
export function heavyPoolOf(prisma: object): pg.Pool | undefined {
  return pools.get(prisma)?.heavy
}
