// Create a PrismaClient that talks to PostgreSQL through node-postgres (@prisma/adapter-pg), with a second, smaller
// pool for the expensive statements.
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaClient, type Prisma } from '../generated/prisma/client.ts'
import { isLocalDatabase, lowerBackendPriority } from './backend-priority.ts'
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
  /**
   * The niceness (0-19) of the PostgreSQL backends behind the expensive statements' pool when PostgreSQL runs on this
   * machine (default 10; 0 leaves them as they are). Their connections already never take the cheap reads'; this
   * keeps their CPU from slowing them too, on a machine whose cores the database and the API share.
   */
  heavyNiceness?: number
  /** Cancel any statement running longer than this many milliseconds (default: no limit). */
  statementTimeoutMs?: number
  /**
   * Called with the text of every statement sent to PostgreSQL on either pool, Prisma's and the raw ones alike:
   * tests count a request's statements with it.
   */
  onStatement?: (sql: string) => void
  /** Passed to PrismaClient: `[{ emit: 'event', level: 'query' }]` lets callers see Prisma's queries with `$on('query')`. */
  log?: Array<Prisma.LogLevel | { emit: 'stdout'; level: Prisma.LogLevel } | { emit: 'event'; level: Level }>
}

/**
 * A PrismaClient for `url`. Call `$disconnect()` when done; it closes both pools.
 *
 * @example
 * let statements = 0
 * const prisma = createPrismaClient(url, { onStatement: () => statements++ })
 */
export function createPrismaClient<Level extends Prisma.LogLevel = never>(
  url: string,
  options: PrismaClientOptions<Level> = {},
): PrismaClient<Level> {
  const timeout =
    options.statementTimeoutMs !== undefined ? { statement_timeout: options.statementTimeoutMs } : {}
  // The cheap reads' statements are planned once per connection: their plans do not depend on the values they are
  // run with (rows by key, pages of an index), and planning a nested read costs PostgreSQL as much as running it.
  const pool = createPool(
    {
      connectionString: url,
      max: options.poolSize ?? 10,
      options: '-c plan_cache_mode=force_generic_plan',
      ...timeout,
    },
    options.onStatement,
  )
  const niceness = options.heavyNiceness ?? 10
  const heavy = createPool(
    {
      connectionString: url,
      max: options.heavyPoolSize ?? 2,
      connectionTimeoutMillis: options.heavyWaitMs ?? 10_000,
      ...timeout,
    },
    options.onStatement,
    niceness > 0 && isLocalDatabase(url)
      ? (client) => void lowerBackendPriority(client, niceness)
      : undefined,
  )
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

function createPool(
  config: pg.PoolConfig,
  onStatement?: (sql: string) => void,
  onConnect?: (client: pg.PoolClient) => void,
): pg.Pool {
  const pool = new pg.Pool(config)
  // An idle connection that PostgreSQL drops is taken out of the pool; the next query opens a new one.
  pool.on('error', () => {})
  // Before onStatement's counting is installed below: this setup is the pool's, not a request's statement.
  if (onConnect) pool.on('connect', onConnect)
  // node-postgres fails the statements of a connection that dies with a plain Error and no SQLSTATE. It emits the
  // same Error object on the client first, so stamping it here gives every caller a code to classify it by.
  pool.on('connect', (client) => {
    client.on('error', (error: Error & { code?: string; severity?: string }) => {
      if (error.code === undefined) Object.assign(error, { code: CONNECTION_FAILURE, severity: 'FATAL' })
    })
    if (onStatement) {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown
      Object.assign(client, {
        query: (...args: unknown[]) => {
          const [statement] = args as [string | { text: string }]
          onStatement(typeof statement === 'string' ? statement : statement.text)
          return query(...args)
        },
      })
    }
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

const cheapClients = new WeakMap<object, object>()

/**
 * The client for a request admitted as cheap (its price in database work is small): the same client, whose expensive
 * statements run on the cheap reads' pool instead of queueing for the smaller one. A cheap request cannot hold a
 * connection long, so it never waits behind the expensive requests that queue for their pool. Returns `prisma`
 * itself for a client not made by {@link createPrismaClient}.
 *
 * @example const db = admission.cost <= costs.cheapRequest ? cheapRequestClient(prisma) : prisma
 */
export function cheapRequestClient<Client extends object>(prisma: Client): Client {
  const own = pools.get(prisma)
  if (!own) return prisma
  let client = cheapClients.get(prisma)
  if (!client) {
    // Everything but the pool an expensive statement takes is the client's own.
    client = new Proxy(prisma, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target)
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
      },
    })
    pools.set(client, { pool: own.pool, heavy: own.pool })
    cheapClients.set(prisma, client)
  }
  return client as Client
}
