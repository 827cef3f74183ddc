// Create a PrismaClient that talks to PostgreSQL through node-postgres (@prisma/adapter-pg).
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaClient, type Prisma } from '../generated/prisma/client.ts'

/** Options for {@link createPrismaClient}. `Level` is the log levels emitted as events, for `$on`. */
export interface PrismaClientOptions<Level extends Prisma.LogLevel = never> {
  /** Connections in the pool (default 10). */
  poolSize?: number
  /** Cancel any statement running longer than this many milliseconds (default: no limit). */
  statementTimeoutMs?: number
  /** Passed to PrismaClient: `[{ emit: 'event', level: 'query' }]` lets callers count queries with `$on('query')`. */
  log?: Array<Prisma.LogLevel | { emit: 'stdout'; level: Prisma.LogLevel } | { emit: 'event'; level: Level }>
}

/**
 * A PrismaClient for `url`. Call `$disconnect()` when done.
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
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.statementTimeoutMs !== undefined ? { statement_timeout: options.statementTimeoutMs } : {}),
  })
  // An idle connection that PostgreSQL drops is taken out of the pool; the next query opens a new one.
  pool.on('error', () => {})
  const adapter = new PrismaPg(pool, { disposeExternalPool: true })
  const client = new PrismaClient({ adapter, ...(options.log ? { log: options.log } : {}) })
  pools.set(client, pool)
  return client as unknown as PrismaClient<Level>
}

const pools = new WeakMap<object, pg.Pool>()

/**
 * The node-postgres pool under a client made by {@link createPrismaClient}, or undefined for any other client.
 * It is for the few statements Prisma cannot send as they should go: a named statement, prepared once per
 * connection, that PostgreSQL neither parses nor plans again (see prepared-query.ts), and the bulk inserts of
 * ingest, whose megabytes of parameters Prisma would encode twice (see raw-transaction.ts).
 */
export function poolOf(prisma: object): pg.Pool | undefined {
  return pools.get(prisma)
}
