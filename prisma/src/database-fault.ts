// Classify database errors by SQLSTATE (and the driver adapter's error kind), never by their message text.

/** What a database error means for the caller: try again later, the statement ran too long, or retry now. */
export type DatabaseFault = 'unavailable' | 'timeout'

/**
 * SQLSTATE for a connection the server dropped or that failed under us. node-postgres reports a lost connection as a
 * plain Error with no code; `createPrismaClient` stamps this code on it (see client.ts), so it is classified here
 * like any other.
 */
export const CONNECTION_FAILURE = '08006'

/** SQLSTATE for too many connections: also what a pool answers when no connection frees up in time. */
export const TOO_MANY_CONNECTIONS = '53300'

// Driver-adapter error kinds (@prisma/adapter-pg) that mean PostgreSQL cannot be reached right now.
const unavailableKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
])
// Node's socket errors, as node-postgres passes them on.
const unavailableSocketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'])
// Prisma's codes for the same: can't reach, timed out connecting, connection closed, pool timeout.
const unavailablePrismaCodes = new Set(['P1001', 'P1002', 'P1017', 'P2024'])
// SQLSTATE classes and codes: 08 connection exception, 57P01-57P03 shutting down or starting, 53300 too many
// connections.
const unavailableSqlState = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/
/** 57014 query_canceled: our statement_timeout. */
const QUERY_CANCELED = '57014'
/** 40001 serialization_failure, 40P01 deadlock_detected, 23505 unique_violation: a concurrent writer won a race. */
const retryableSqlState = new Set(['40001', '40P01', '23505'])

/**
 * What kind of database fault `error` is, or null for anything else. Looks through Prisma's wrapping
 * (`meta.driverAdapterError`, `cause`) for the adapter's error kind, Prisma's code or PostgreSQL's SQLSTATE.
 *
 * @example databaseFault(await prisma.$queryRaw`SELECT pg_sleep(10)`.catch((e) => e)) // 'timeout' past statement_timeout
 */
export function databaseFault(error: unknown): DatabaseFault | null {
  for (const { code, kind, name } of errorChain(error)) {
    if (kind && unavailableKinds.has(kind)) return 'unavailable'
    if (name === 'PrismaClientInitializationError') return 'unavailable'
    if (!code) continue
    if (
      unavailablePrismaCodes.has(code) ||
      unavailableSocketCodes.has(code) ||
      unavailableSqlState.test(code)
    )
      return 'unavailable'
    if (code === QUERY_CANCELED) return 'timeout'
  }
  return null
}

/**
 * Whether `error` is a race another transaction won (serialization failure, deadlock, a unique key taken
 * meanwhile), so that running the same transaction again can succeed.
 */
export function isRetryableConflict(error: unknown): boolean {
  return errorChain(error).some(({ code }) => code !== undefined && retryableSqlState.has(code))
}

interface Coded {
  code?: string
  kind?: string
  name?: string
}

// The error and everything it wraps, each with the codes it carries.
function errorChain(error: unknown): Coded[] {
  const seen = new Set<unknown>()
  const found: Coded[] = []
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 6) return
    seen.add(value)
    const record = value as Record<string, unknown>
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined)
    found.push({ code: text('code') ?? text('originalCode'), kind: text('kind'), name: text('name') })
    for (const key of ['cause', 'meta', 'driverAdapterError', 'originalError']) visit(record[key], depth + 1)
  }
  visit(error, 0)
  return found
}
