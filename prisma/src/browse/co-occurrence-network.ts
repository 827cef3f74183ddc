// An entity's co-occurrence network: the entities that share the most articles with it, and how many articles
// each pair of them shares.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { InputError } from '../input-error.ts'
import { preparedQuery } from '../prepared-query.ts'

/** Most neighbours one network draws: the pairs among them grow as their square. */
export const MAX_NETWORK_NODES = 30

export interface CoOccurrenceNetwork {
  /** The entity's neighbours, most shared articles first: `count` articles mention both it and the entity. */
  neighbours: { entityId: number; count: number }[]
  /** Every pair among the entity and its neighbours that shares an article; `source` < `target`. */
  edges: { source: number; target: number; count: number }[]
}

/**
 * The `first` entities (default 12, at most {@link MAX_NETWORK_NODES}) mentioned in the most articles with
 * `entityId`, and the links among all of them. Both statements run on the pool for expensive statements.
 *
 * @example
 * const { neighbours, edges } = await coOccurrenceNetwork(prisma, 42, { first: 12 })
 * edges[0] // { source: 42, target: 77, count: 130 }: 130 articles mention both
 * @throws InputError for a `first` out of range
 */
export async function coOccurrenceNetwork(
  prisma: PrismaClient,
  entityId: number,
  options: { first?: number | null } = {},
): Promise<CoOccurrenceNetwork> {
  const first = options.first ?? 12
  if (!Number.isInteger(first) || first < 0 || first > MAX_NETWORK_NODES)
    throw new InputError('first', `must be a whole number from 0 to ${MAX_NETWORK_NODES}, got ${first}`)
  const neighbours = await preparedQuery<{ entityId: number; count: number }>(
    prisma,
    Prisma.sql`
    SELECT other."entityId", count(*)::int AS count
    FROM "ArticleEntity" mine JOIN "ArticleEntity" other USING ("articleId")
    WHERE mine."entityId" = ${entityId} AND other."entityId" <> ${entityId}
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${first}`,
    'heavy',
  )
  const ids = [entityId, ...neighbours.map((n) => n.entityId)]
  const edges = await preparedQuery<{ source: number; target: number; count: number }>(
    prisma,
    Prisma.sql`
    SELECT x."entityId" AS source, y."entityId" AS target, count(*)::int AS count
    FROM "ArticleEntity" x JOIN "ArticleEntity" y ON y."articleId" = x."articleId" AND y."entityId" > x."entityId"
    WHERE x."entityId" = ANY (${ids}::int[]) AND y."entityId" = ANY (${ids}::int[])
    GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`,
    'heavy',
  )
  return { neighbours, edges }
}
