// Run a statement as a named prepared statement: parsed and planned once per connection, not on every call.
import { createHash } from 'node:crypto'
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { heavyPoolOf, poolOf } from './client.ts'
import { TOO_MANY_CONNECTIONS } from './database-fault.ts'

/** Which pool a statement runs on: `cheap` for reads by key, `heavy` for the expensive ones (see client.ts). */
export type StatementCost = 'cheap' | 'heavy'

/**
 * Run `statement` (built with `Prisma.sql`) and return its rows. Prisma sends every raw query unnamed, so
 * PostgreSQL parses and plans it each time; for a large statement run on every request, such as the search, that
 * costs as much as running it. Here the statement is named after its text: each connection prepares it once,
 * and after five runs PostgreSQL may keep one generic plan. `heavy` statements run on the client's smaller pool,
 * so that however many of them are asked for at once, the cheap reads keep their connections. A client that was
 * not made by `createPrismaClient` (or a transaction) runs it through Prisma as usual.
 *
 * @example
 * const rows = await preparedQuery<{ n: number }>(prisma, Prisma.sql`SELECT count(*)::int AS n FROM "Article"`)
 */
export async function preparedQuery<Row>(
  prisma: PrismaClient,
  statement: Prisma.Sql,
  cost: StatementCost = 'cheap',
): Promise<Row[]> {
  const pool = cost === 'heavy' ? heavyPoolOf(prisma) : poolOf(prisma)
  if (!pool) return prisma.$queryRaw<Row[]>(statement)
  const name = `bs_${createHash('sha1').update(statement.text).digest('base64url')}`
  const client = await pool.connect().catch((error: Error & { code?: string }) => {
    // pg-pool gives up waiting for a connection with a plain Error: the heavy pool is saturated.
    if (error.code === undefined) Object.assign(error, { code: TOO_MANY_CONNECTIONS })
    throw error
  })
  let broken: Error | undefined
  try {
    const result = await client.query({ name, text: statement.text, values: statement.values })
    return result.rows as Row[]
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('08')) broken = error as Error
    throw error
  } finally {
    client.release(broken)
  }
}
