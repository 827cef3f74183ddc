// Tell "the database is down or overloaded" and "the statement timed out" apart from other server faults, so
// clients get an error they can act on (retry) instead of a bare internal error.

/** Driver-adapter error kinds (@prisma/adapter-pg) that mean PostgreSQL cannot be reached right now. */
const unavailableKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
])
/** What node-postgres says when PostgreSQL dies under an open connection; the adapter passes it on unmapped. */
const lostConnection = /^(Connection terminated unexpectedly|Connection terminated due to connection timeout)/
/** Node's socket errors, as node-postgres passes them on for statements sent past Prisma (search, ingest). */
const unavailableSocketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])
/** Prisma codes for the same: can't reach, timed out connecting, connection closed, pool timeout. */
const unavailablePrismaCodes = new Set(['P1001', 'P1002', 'P1017', 'P2024'])

export type DatabaseFault = 'unavailable' | 'timeout'

/**
 * What kind of database fault `error` is, or null. Looks through Prisma's wrapping (`meta.driverAdapterError`,
 * `cause`) for the adapter's error kind or PostgreSQL's SQLSTATE: 57P01–57P03 (server shutting down or starting),
 * 08xxx (connection exceptions) mean unavailable; 57014 (query_canceled, our statement_timeout) means timeout.
 */
export function databaseFault(error: unknown): DatabaseFault | null {
  const seen = new Set<unknown>()
  const visit = (value: unknown, depth: number): DatabaseFault | null => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 6) return null
    seen.add(value)
    const record = value as Record<string, unknown>
    if (typeof record.kind === 'string' && unavailableKinds.has(record.kind)) return 'unavailable'
    const code =
      typeof record.code === 'string'
        ? record.code
        : typeof record.originalCode === 'string'
          ? record.originalCode
          : ''
    if (
      unavailablePrismaCodes.has(code) ||
      unavailableSocketCodes.has(code) ||
      /^(57P0[123]|08...)$/.test(code)
    )
      return 'unavailable'
    if (code === '57014') return 'timeout'
    if (record.name === 'PrismaClientInitializationError') return 'unavailable'
    if (typeof record.message === 'string' && lostConnection.test(record.message)) return 'unavailable'
    for (const key of ['cause', 'meta', 'driverAdapterError', 'originalError']) {
      const found = visit(record[key], depth + 1)
      if (found) return found
    }
    return null
  }
  return visit(error, 0)
}
