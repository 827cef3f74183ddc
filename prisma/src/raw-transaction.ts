// Run a transaction of raw statements on the client's own node-postgres pool, for bulk writes.
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { poolOf } from './client.ts'

/** A transaction that runs statements built with `Prisma.sql`. */
export interface RawTransaction {
  query<Row>(statement: Prisma.Sql): Promise<Row[]>
}

/**
 * Run `work` in one transaction: committed when it resolves, rolled back when it throws. Prisma encodes a raw
 * query's parameters as JSON and decodes them again before node-postgres encodes them for PostgreSQL; for the
 * megabytes of text in a bulk insert, that was a quarter of the writer's CPU (and much of its garbage). On a
 * client made by `createPrismaClient` the statements go straight to its node-postgres pool; on any other client
 * they run in a Prisma interactive transaction.
 *
 * @example
 * const ids = await rawTransaction(prisma, (tx) => tx.query<{ id: number }>(Prisma.sql`SELECT 1 AS id`))
 */
export async function rawTransaction<T>(
  prisma: PrismaClient,
  work: (tx: RawTransaction) => Promise<T>,
): Promise<T> {
  const pool = poolOf(prisma)
  if (!pool) {
    return prisma.$transaction((tx) => work({ query: (statement) => tx.$queryRaw(statement) }), {
      maxWait: 60_000,
      timeout: 300_000,
    })
  }
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query('BEGIN')
    const result = await work({
      query: async (statement) => (await client.query(statement.text, statement.values)).rows,
    })
    await client.query('COMMIT')
    return result
  } catch (error) {
    // A connection that cannot even roll back is dropped from the pool, not handed to the next caller.
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError))
    throw error
  } finally {
    client.release(broken)
  }
}
