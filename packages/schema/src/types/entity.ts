// Entities (people, places, organizations): where they are mentioned, when, and with whom.
import {
  coOccurringEntities,
  countEntities,
  countEntityArticles,
  entityTimelines,
  findEntities,
  findEntity,
  pageEntityArticles,
  pageWindow,
  type Prisma,
  readArticles,
  readEntities,
  relationQueries,
  rowId,
  topEntities,
} from '@broadsheet/db'
import { queryFromInfo } from '@pothos/plugin-prisma'
import type { GraphQLResolveInfo } from 'graphql'
import { batchLoader } from '../batch.ts'
import { builder } from '../builder.ts'
import { connectionOf, listSize, nodeQuery } from '../connection.ts'
import type { Context } from '../context.ts'
import { badUserInput } from '../errors.ts'
import { Article, type StoredArticle } from './article.ts'
import { EntityType, formatDate } from './scalars.ts'

const Granularity = builder.enumType('TimelineGranularity', { values: ['DAY', 'MONTH'] as const })
const EntityOrder = builder.enumType('EntityOrder', {
  values: {
    MENTIONS: { description: 'Most mentioned first.' },
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

type StoredEntity = Prisma.EntityGetPayload<{ select: { id: true } }>

interface EntityCountShape {
  entity: StoredEntity
  count: number
}

export const EntityCount = builder.objectRef<EntityCountShape>('EntityCount')

/** The Prisma selection for the `entity` of an EntityCount list, planned from `info`. */
function entitySelection(ctx: Context, info: GraphQLResolveInfo) {
  return queryFromInfo({ context: ctx, info, path: ['entity'], select: { id: true } }) as { select?: object }
}

/** Pairs each count with its entity, read in one statement; counts whose entity is gone are left out. */
async function withEntities<C extends { id: number; count: number }>(
  ctx: Context,
  select: ReturnType<typeof entitySelection>,
  counts: C[],
): Promise<(C & { entity: StoredEntity })[]> {
  const rows = await readEntities<StoredEntity>(ctx.prisma, [...new Set(counts.map((c) => c.id))], select)
  const byId = new Map(rows.map((row) => [row.id, row]))
  return counts.flatMap((count) => {
    const entity = byId.get(count.id)
    return entity ? [{ ...count, entity }] : []
  })
}

/** A date argument as the db layer takes it. */
const day = (value: Date | null | undefined) => (value ? formatDate(value) : null)

export const Entity = builder.prismaNode('Entity', {
  id: { field: 'id' },
  select: { id: true },
  // A well-formed id that names no entity is null in `node`/`nodes`, not an error.
  nullable: true,
  findUnique: (id) => ({ id: rowId(id, 'id') }),
  fields: (t) => ({
    type: t.expose('type', { type: EntityType }),
    name: t.exposeString('name'),
    key: t.exposeString('key', { description: 'Stable id from the parser: `${type}:${name}`.' }),
    aliases: t.exposeStringList('aliases'),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: relationQueries['Entity.children'] }),
    mentionCount: t.exposeInt('mentionCount'),
    articleCount: t.exposeInt('articleCount'),
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
        const options = {
          granularity: args.granularity === 'DAY' ? ('day' as const) : ('month' as const),
          dateFrom: day(args.dateFrom),
          dateTo: day(args.dateTo),
        }
        // One statement counts the timelines of every entity in the request that asks the same.
        const loader = batchLoader<number, { period: string; count: number }[]>(
          ctx,
          `timeline:${JSON.stringify(options)}`,
          (ids) => entityTimelines(ctx.prisma, ids, options),
        )
        return loader.load(entity.id)
      },
    }),
    coOccurring: t.field({
      type: [EntityCount],
      description: 'Entities mentioned in the same articles, with how many articles they share, most first.',
      args: {
        first: t.arg.int({ required: false, defaultValue: 10 }),
        type: t.arg({ type: EntityType, required: false }),
      },
      resolve: (entity, args, ctx, info) => {
        const first = listSize(args.first, 10)
        const type = args.type ?? null
        const select = entitySelection(ctx, info)
        // One statement ranks the co-occurring entities of every entity in the request, one reads them.
        const loader = batchLoader<number, EntityCountShape[]>(
          ctx,
          `coOccurring:${first}:${type}:${JSON.stringify(select)}`,
          async (ids) => {
            const found = await withEntities(
              ctx,
              select,
              await coOccurringEntities(ctx.prisma, ids, { first, type }),
            )
            return ids.map((id) => found.filter((row) => row.source === id))
          },
        )
        return loader.load(entity.id)
      },
    }),
  }),
})

// An entity's articles: declared apart from Entity because Article's own fields refer to Entity.
builder.prismaObjectField(Entity, 'articles', (t) =>
  t.connection(
    {
      type: Article,
      description:
        'Articles mentioning the entity, newest issue first (within an issue, the latest stored first).',
      args: {
        dateFrom: t.arg({ type: 'Date', required: false }),
        dateTo: t.arg({ type: 'Date', required: false }),
      },
      resolve: async (entity, args, ctx, info) => {
        const range = { dateFrom: day(args.dateFrom), dateTo: day(args.dateTo) }
        const window = pageWindow(args)
        const select = nodeQuery(ctx, info)
        // One statement pages the articles of every entity in the request that asks the same; one reads them.
        const loader = batchLoader<number, ReturnType<typeof connectionOf<StoredArticle>>>(
          ctx,
          `entityArticles:${JSON.stringify([window, range, select])}`,
          async (ids) => {
            const pages = await pageEntityArticles(ctx.prisma, ids, args, range)
            const nodes = await readArticles<StoredArticle>(
              ctx.prisma,
              pages.flatMap((page) => page.rows.map((row) => row.id)),
              select,
            )
            return pages.map((page) => connectionOf(page, nodes))
          },
        )
        return { ...(await loader.load(entity.id)), entityId: entity.id, range }
      },
    },
    {
      name: 'EntityArticleConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Articles mentioning the entity in the date range, on every page.',
          resolve: (conn, _args, ctx) => {
            const { entityId, range } = conn as unknown as {
              entityId: number
              range: { dateFrom: string | null; dateTo: string | null }
            }
            const loader = batchLoader<number, number>(
              ctx,
              `entityArticleCount:${JSON.stringify(range)}`,
              (ids) => countEntityArticles(ctx.prisma, ids, range),
            )
            return loader.load(entityId)
          },
        }),
      }),
    },
    { name: 'EntityArticleEdge' },
  ),
)

builder.objectType(EntityCount, {
  description: 'An entity with a count of articles (co-occurrence) or mentions (top entities).',
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (row) => row.entity }),
    count: t.exposeInt('count'),
  }),
})

builder.queryFields((t) => ({
  entities: t.prismaConnection(
    {
      type: 'Entity',
      cursor: 'id',
      description: 'Entities, most mentioned first or by name, optionally of one type or matching a name.',
      args: {
        type: t.arg({ type: EntityType, required: false }),
        query: t.arg.string({
          required: false,
          description:
            'A substring of the name (taken literally), or an exact alias; at most 100 characters.',
        }),
        orderBy: t.arg({ type: EntityOrder, required: false, defaultValue: 'MENTIONS' }),
      },
      resolve: (query, _root, args, ctx) => {
        pageWindow(args)
        return findEntities(ctx.prisma, query, {
          type: args.type,
          query: args.query,
          orderBy: args.orderBy === 'NAME' ? 'name' : 'mentions',
        })
      },
      totalCount: (_root, args, ctx) => countEntities(ctx.prisma, { type: args.type, query: args.query }),
    },
    { name: 'EntityConnection' },
    { name: 'EntityEdge' },
  ),
  entity: t.prismaField({
    type: 'Entity',
    args: { id: t.arg.globalID({ required: true, for: Entity }) },
    resolve: async (query, _root, args, ctx) => {
      const entity = await findEntity(ctx.prisma, rowId(args.id.id, 'id'), query)
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
    resolve: async (_root, args, ctx, info) => {
      const counts = await topEntities(ctx.prisma, {
        first: listSize(args.first, 10),
        type: args.type,
        dateFrom: day(args.dateFrom),
        dateTo: day(args.dateTo),
      })
      return withEntities(ctx, entitySelection(ctx, info), counts)
    },
  }),
}))
