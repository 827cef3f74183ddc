// Run a statement as a named prepared statement: parsed and planned once per connection, not on every call.
import { createHash } from 'node:crypto'
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { poolOf } from './client.ts'

/**
 * Run `statement` (built with `Prisma.sql`) and return its rows. Prisma sends every raw query unnamed, so
 * PostgreSQL parses and plans it each time; for a large statement run on every request, such as the search, that
 * costs as much as running it. Here the statement is named after its text: each connection prepares it once,
 * and after five runs PostgreSQL may keep one generic plan. A client that was not made by `createPrismaClient`
 * (or a transaction) runs it through Prisma as usual.
 *
 * @example
 * const rows = await preparedQuery<{ n: number }>(prisma, Prisma.sql`SELECT count(*)::int AS n FROM "Article"`)
 */
export async function preparedQuery<Row>(prisma: PrismaClient, statement: Prisma.Sql): Promise<Row[]> {
  const pool = poolOf(prisma)
  if (!pool) return prisma.$queryRaw<Row[]>(statement)
  const name = `bs_${createHash('sha1').update(statement.text).digest('base64url')}`
  const result = await pool.query({ name, text: statement.text, values: statement.values })
  return result.rows as Row[]
}
