// Entities (people, places, organizations): where they are mentioned, when, and with whom.
import { queryFromInfo } from '@pothos/plugin-prisma'
import { encodeGlobalID } from '@pothos/plugin-relay'
import type { GraphQLResolveInfo } from 'graphql'
import { Prisma, coOccurrenceNetwork, normalizeForSearch, toSimplified } from '@broadsheet/db'
import { batchLoader, rowsOfEach } from '../batch.ts'
import { builder } from '../builder.ts'
import type { Context } from '../context.ts'
import { badUserInput } from '../errors.ts'
import { pageSize } from '../limits.ts'
import type { StoredArticle } from './article.ts'
import { EntityType, dateRange, dayBounds } from './scalars.ts'

const Granularity = builder.enumType('TimelineGranularity', { values: ['DAY', 'MONTH'] as const })
const EntityOrder = builder.enumType('EntityOrder', {
  values: {
    MENTIONS: { description: 'Most mentioned first.' },
    ARTICLES: { description: 'Mentioned in the most articles first.' },
    NAME: { description: 'By name.' },
  } as const,
})

const TimelinePoint = builder.objectRef<{ period: string; count: number }>('TimelinePoint').implement({
  description: 'How many articles mentioned the entity in one period.',
  fields: (t) => ({
    period: t.exposeString('period', { description: '`YYYY-MM-DD` for days, `YYYY-MM` for months.' }),
    count: t.exposeInt('count'),
  }),
})

interface EntityCountShape {
  entity: Prisma.EntityGetPayload<{ select: { id: true } }>
  count: number
}

export const EntityCount = builder.objectRef<EntityCountShape>('EntityCount')

/** The Prisma selection for the `entity` of an EntityCount list, planned from `info`. */
function entitySelection(ctx: Context, info: GraphQLResolveInfo) {
  return queryFromInfo({ context: ctx, info, path: ['entity'], select: { id: true } })
}

/** Loads entities by id for EntityCount rows in one statement: one result per row, null where none is stored. */
async function loadEntityCounts(
  ctx: Context,
  select: ReturnType<typeof entitySelection>,
  counts: { id: number; count: number }[],
): Promise<(EntityCountShape | null)[]> {
  const rows = await ctx.prisma.entity.findMany({ ...select, where: { id: { in: counts.map((c) => c.id) } } })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return counts.map(({ id, count }) => {
    const entity = byId.get(id)
    return entity ? { entity, count } : null
  })
}

/** Loads entities by id for an EntityCount list, planning their selection from `info`, in the given order. */
async function entityCounts(
  ctx: Context,
  info: GraphQLResolveInfo,
  counts: { id: number; count: number }[],
): Promise<EntityCountShape[]> {
  const found = await loadEntityCounts(ctx, entitySelection(ctx, info), counts)
  return found.filter((row) => row !== null)
}

export const Entity = builder.prismaNode('Entity', {
  id: { field: 'id' },
  select: { id: true },
  fields: (t) => ({
    type: t.expose('type', { type: EntityType }),
    name: t.exposeString('name'),
    key: t.exposeString('key', { description: 'Stable id from the parser: `${type}:${name}`.' }),
    aliases: t.exposeStringList('aliases'),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: { orderBy: { mentionCount: 'desc' } } }),
    mentionCount: t.exposeInt('mentionCount'),
    articleCount: t.exposeInt('articleCount'),
    articles: t.prismaConnection(
      {
        type: 'Article',
        cursor: 'id',
        description: 'Articles mentioning the entity, newest first.',
        args: {
          dateFrom: t.arg({ type: 'Date', required: false }),
          dateTo: t.arg({ type: 'Date', required: false }),
        },
        resolve: (query, entity, args, ctx) => {
          const range = dateRange(args.dateFrom, args.dateTo)
          const { take, skip, cursor, ...select } = query as typeof query & {
            take: number
            skip?: number
            cursor?: { id: number }
          }
          // Paging backwards (`last`/`before`) is rare: Prisma answers it per entity.
          if (take < 0) {
            return ctx.prisma.article.findMany({
              ...query,
              where: { entityCounts: { some: { entityId: entity.id } }, date: range },
              orderBy: [{ date: 'desc' }, { id: 'desc' }],
            })
          }
          const [from, to] = dayBounds(args.dateFrom, args.dateTo)
          const after = cursor && skip ? cursor.id : null
          // One statement pages the articles of every entity in the request that asks the same; one reads them.
          const loader = batchLoader<number, StoredArticle[]>(
            ctx,
            `entityArticles:${take}:${after}:${from}:${to}:${JSON.stringify(select)}`,
            async (ids) => {
              const paged = await ctx.prisma.$queryRaw<{ parent: number; id: number }[]>`
                SELECT e.id AS parent, x."articleId" AS id
                FROM unnest(${ids}::int[]) WITH ORDINALITY AS e(id, n)
                CROSS JOIN LATERAL (
                  SELECT "articleId", date FROM "ArticleEntity"
                  WHERE "entityId" = e.id AND date BETWEEN ${from}::date AND ${to}::date
                    AND (${after}::int IS NULL
                      OR (date, "articleId") < (SELECT date, id FROM "Article" WHERE id = ${after}::int))
                  ORDER BY date DESC, "articleId" DESC
                  LIMIT ${take}
                ) x
                ORDER BY e.n, x.date DESC, x."articleId" DESC`
              return rowsOfEach(ids, paged, (articleIds) =>
                ctx.prisma.article.findMany({ ...select, where: { id: { in: articleIds } } }),
              )
            },
          )
          return loader.load(entity.id)
        },
        totalCount: (entity, args, ctx) => {
          const [from, to] = dayBounds(args.dateFrom, args.dateTo)
          const loader = batchLoader<number, number>(ctx, `entityArticleCount:${from}:${to}`, async (ids) => {
            const rows = await ctx.prisma.$queryRaw<{ id: number; count: number }[]>`
              SELECT "entityId" AS id, count(*)::int AS count FROM "ArticleEntity"
              WHERE "entityId" = ANY(${ids}::int[]) AND date BETWEEN ${from}::date AND ${to}::date
              GROUP BY 1`
            const counts = new Map(rows.map((row) => [row.id, row.count]))
            return ids.map((id) => counts.get(id) ?? 0)
          })
          return loader.load(entity.id)
        },
      },
      { name: 'EntityArticleConnection' },
      { name: 'EntityArticleEdge' },
    ),
    timeline: t.field({
      type: [TimelinePoint],
      description:
        'Articles mentioning the entity per day or month, oldest first; empty periods are left out.',
      args: {
        granularity: t.arg({ type: Granularity, required: false, defaultValue: 'MONTH' }),
        dateFrom: t.arg({ type: 'Date', required: false }),
        dateTo: t.arg({ type: 'Date', required: false }),
      },
      resolve: (entity, args, ctx) => {
        const [from, to] = dayBounds(args.dateFrom, args.dateTo)
        const format = args.granularity === 'DAY' ? 'YYYY-MM-DD' : 'YYYY-MM'
        // One statement counts the timelines of every entity in the request that asks the same.
        const loader = batchLoader<number, { period: string; count: number }[]>(
          ctx,
          `timeline:${format}:${from}:${to}`,
          async (ids) => {
            const rows = await ctx.prisma.$queryRaw<{ id: number; period: string; count: number }[]>`
              SELECT "entityId" AS id, to_char("date", ${format}) AS period, count(*)::int AS count
              FROM "ArticleEntity"
              WHERE "entityId" = ANY(${ids}::int[]) AND "date" BETWEEN ${from}::date AND ${to}::date
              GROUP BY 1, 2 ORDER BY 1, 2`
            return ids.map((id) =>
              rows.flatMap(({ id: of, period, count }) => (of === id ? [{ period, count }] : [])),
            )
          },
        )
        return loader.load(entity.id)
      },
    }),
    coOccurrenceNetwork: t.field({
      type: CoOccurrenceNetworkRef,
      description:
        'The entity, the `first` entities that share the most articles with it, and how many articles each pair among them shares: a network to draw.',
      args: { first: t.arg.int({ required: false, defaultValue: 12 }) },
      select: { articleCount: true },
      complexity: (args) => ({ field: 20, multiplier: Math.max(1, args.first ?? 12) }),
      resolve: async (entity, args, ctx, info) => {
        const first = pageSize(args.first, 12)
        if (first > 30) throw badUserInput(`first must be at most 30 for a network, got ${first}`)
        const network = await coOccurrenceNetwork(ctx.prisma, entity.id, first)
        const ids = [entity.id, ...network.neighbours.map((n) => n.entityId)]
        const select = queryFromInfo({ context: ctx, info, path: ['nodes', 'entity'], select: { id: true } })
        const nodes = await loadEntityCounts(
          ctx,
          select,
          ids.map((id, i) => ({
            id,
            count: i === 0 ? entity.articleCount : network.neighbours[i - 1]!.count,
          })),
        )
        return { nodes: nodes.filter((node) => node !== null), edges: network.edges }
      },
    }),
    coOccurring: t.field({
      type: [EntityCount],
      description: 'Entities mentioned in the same articles, with how many articles they share, most first.',
      args: {
        first: t.arg.int({ required: false, defaultValue: 10 }),
        type: t.arg({ type: EntityType, required: false }),
      },
      complexity: (args) => ({ field: 5, multiplier: Math.max(1, args.first ?? 10) }),
      resolve: (entity, args, ctx, info) => {
        const first = pageSize(args.first, 10)
        const type = args.type ?? null
        const select = entitySelection(ctx, info)
        // One statement ranks the co-occurring entities of every entity in the request, one reads them.
        const loader = batchLoader<number, EntityCountShape[]>(
          ctx,
          `coOccurring:${first}:${type}:${JSON.stringify(select)}`,
          async (ids) => {
            const counts = await ctx.prisma.$queryRaw<{ source: number; id: number; count: number }[]>`
              SELECT source, id, count FROM (
                SELECT mine."entityId" AS source, other."entityId" AS id, count(*)::int AS count,
                  row_number() OVER (PARTITION BY mine."entityId"
                                     ORDER BY count(*) DESC, other."entityId") AS rank
                FROM "ArticleEntity" mine JOIN "ArticleEntity" other USING ("articleId")
                ${type ? Prisma.sql`JOIN "Entity" e ON e.id = other."entityId" AND e.type = ${type}::"EntityType"` : Prisma.empty}
                WHERE mine."entityId" = ANY(${ids}::int[]) AND other."entityId" <> mine."entityId"
                GROUP BY mine."entityId", other."entityId"
              ) ranked
              WHERE rank <= ${first}
              ORDER BY source, rank`
            const found = await loadEntityCounts(ctx, select, counts)
            return ids.map((id) =>
              found.flatMap((row, i) => (row !== null && counts[i]!.source === id ? [row] : [])),
            )
          },
        )
        return loader.load(entity.id)
      },
    }),
  }),
})

const CoOccurrenceEdge = builder
  .objectRef<{ source: number; target: number; count: number }>('CoOccurrenceEdge')
  .implement({
    description: 'Two entities and the number of articles that mention both.',
    fields: (t) => ({
      source: t.id({ resolve: (edge) => encodeGlobalID('Entity', edge.source) }),
      target: t.id({ resolve: (edge) => encodeGlobalID('Entity', edge.target) }),
      count: t.exposeInt('count'),
    }),
  })

const CoOccurrenceNetworkRef = builder
  .objectRef<{ nodes: EntityCountShape[]; edges: { source: number; target: number; count: number }[] }>(
    'CoOccurrenceNetwork',
  )
  .implement({
    fields: (t) => ({
      nodes: t.field({
        type: [EntityCount],
        description:
          'The entity first (its count: the articles that mention it), then its neighbours, most shared articles first (their count: articles shared with it).',
        resolve: (n) => n.nodes,
      }),
      edges: t.field({
        type: [CoOccurrenceEdge],
        description: 'Every pair of nodes that shares an article; `source` and `target` are node ids.',
        resolve: (n) => n.edges,
      }),
    }),
  })

builder.objectType(EntityCount, {
  description: 'An entity with a count of articles (co-occurrence) or mentions (top entities).',
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (row) => row.entity }),
    count: t.exposeInt('count'),
  }),
})

/**
 * The entities of a type whose name contains `query`, or that have it as an alias. The query is read as search
 * reads one: NFKC, and traditional characters as simplified (習近平 finds 习近平).
 */
function entityWhere(args: { type?: string | null; query?: string | null }): Prisma.EntityWhereInput {
  const query = args.query?.trim().normalize('NFKC')
  const forms = query ? [...new Set([toSimplified(query), query, normalizeForSearch(query)])] : []
  return {
    ...(args.type ? { type: args.type as 'PERSON' | 'LOCATION' | 'ORGANIZATION' } : {}),
    ...(forms.length > 0
      ? { OR: forms.flatMap((form) => [{ name: { contains: form } }, { aliases: { has: form } }]) }
      : {}),
  }
}

builder.queryFields((t) => ({
  entities: t.prismaConnection(
    {
      type: 'Entity',
      cursor: 'id',
      description: 'Entities, most mentioned first or by name, optionally of one type or matching a name.',
      args: {
        type: t.arg({ type: EntityType, required: false }),
        query: t.arg.string({ required: false, description: 'A substring of the name, or an exact alias.' }),
        orderBy: t.arg({ type: EntityOrder, required: false, defaultValue: 'MENTIONS' }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.entity.findMany({
          ...query,
          where: entityWhere(args),
          orderBy:
            args.orderBy === 'NAME'
              ? [{ name: 'asc' }, { id: 'asc' }]
              : args.orderBy === 'ARTICLES'
                ? [{ articleCount: 'desc' }, { id: 'asc' }]
                : [{ mentionCount: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, ctx) => ctx.prisma.entity.count({ where: entityWhere(args) }),
    },
    { name: 'EntityConnection' },
    { name: 'EntityEdge' },
  ),
  entity: t.prismaField({
    type: 'Entity',
    args: { id: t.arg.globalID({ required: true, for: Entity }) },
    resolve: async (query, _root, args, ctx) => {
      const entity = await ctx.prisma.entity.findUnique({ ...query, where: { id: Number(args.id.id) } })
      if (!entity) throw badUserInput(`No entity with id ${args.id.id}`)
      return entity
    },
  }),
  topEntities: t.field({
    type: [EntityCount],
    description:
      'The most-mentioned entities in a date range (such as this month), counted in mentions, optionally of one type.',
    args: {
      type: t.arg({ type: EntityType, required: false }),
      dateFrom: t.arg({ type: 'Date', required: false }),
      dateTo: t.arg({ type: 'Date', required: false }),
      first: t.arg.int({ required: false, defaultValue: 10 }),
    },
    complexity: (args) => ({ field: 5, multiplier: Math.max(1, args.first ?? 10) }),
    resolve: async (_root, args, ctx, info) => {
      const groups = await ctx.prisma.articleEntity.groupBy({
        by: ['entityId'],
        where: {
          date: dateRange(args.dateFrom, args.dateTo),
          ...(args.type ? { entity: { type: args.type } } : {}),
        },
        _sum: { mentions: true },
        orderBy: [{ _sum: { mentions: 'desc' } }, { entityId: 'asc' }],
        take: pageSize(args.first, 10),
      })
      return entityCounts(
        ctx,
        info,
        groups.map((g) => ({ id: g.entityId, count: g._sum.mentions ?? 0 })),
      )
    },
  }),
}))
