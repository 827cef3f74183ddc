// Read entities: lists by mentions or name, an entity's articles, timelines, co-occurrence and the top entities.
import { type Entity, Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import type { EntityType } from '../../generated/prisma/enums.ts'
import { InputError } from '../input-error.ts'
import { preparedQuery } from '../prepared-query.ts'
import type { IdPage } from './articles.ts'
import { dayBounds } from './days.ts'
import { decodeCursor, encodeCursor, pageOf, type PageArgs, pageWindow } from './page-window.ts'
import { checkedQuery } from './prisma-query.ts'

/** A Prisma selection for entities (`select` or `include`), such as Pothos plans from a GraphQL selection. */
export type EntityQuery = Pick<Prisma.EntityFindManyArgs, 'select' | 'include'>

/** Narrows the entity list. */
export interface EntityListFilter {
  type?: EntityType | null
  /** A substring of the name, or an exact alias. Matched literally: `%` and `_` are characters, not wildcards. */
  query?: string | null
}

/** Longest name query accepted. */
export const MAX_ENTITY_QUERY = 100

/** An optional date range, `YYYY-MM-DD` or Dates. */
export interface DayRange {
  dateFrom?: string | Date | null
  dateTo?: string | Date | null
}

function entityListWhere(filter: EntityListFilter): Prisma.EntityWhereInput {
  const query = filter.query ?? ''
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f]/.test(query)) throw new InputError('query', 'must not contain control characters')
  if (query.length > MAX_ENTITY_QUERY)
    throw new InputError('query', `must be at most ${MAX_ENTITY_QUERY} characters`)
  return {
    ...(filter.type ? { type: filter.type } : {}),
    // Prisma sends `contains` as LIKE '%…%': its own wildcards are escaped so that `%` finds a literal `%`.
    ...(query ? { OR: [{ name: { contains: escapeLike(query) } }, { aliases: { has: query } }] } : {}),
  }
}

/** `text` with LIKE's wildcards and escape character escaped (backslash is PostgreSQL's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/**
 * The entities `filter` keeps, most mentioned first (or by name), paged by the `take`/`skip`/`cursor` of `query`
 * (Pothos's prismaConnection plans them), each with what `query` selects.
 */
export function findEntities<Row = Entity>(
  prisma: PrismaClient,
  query: Prisma.EntityFindManyArgs,
  filter: EntityListFilter & { orderBy?: 'mentions' | 'name' },
): Promise<Row[]> {
  return prisma.entity.findMany({
    ...checkedQuery(query),
    where: entityListWhere(filter),
    orderBy:
      filter.orderBy === 'name'
        ? [{ name: 'asc' }, { id: 'asc' }]
        : [{ mentionCount: 'desc' }, { id: 'asc' }],
  }) as Promise<Row[]>
}

/** How many entities `filter` keeps. */
export function countEntities(prisma: PrismaClient, filter: EntityListFilter): Promise<number> {
  return prisma.entity.count({ where: entityListWhere(filter) })
}

/** The entity with this id and what `query` selects, or null. */
export async function findEntity<Row = Entity>(
  prisma: PrismaClient,
  id: number,
  query: EntityQuery = {},
): Promise<Row | null> {
  return (await prisma.entity.findUnique({ ...query, where: { id } })) as Row | null
}

/** The entities with these ids, in the order of `ids`, each with what `query` selects; ids not stored are left out. */
export async function readEntities<Row extends { id: number }>(
  prisma: PrismaClient,
  ids: readonly number[],
  query: EntityQuery = {},
): Promise<Row[]> {
  if (ids.length === 0) return []
  const rows = (await prisma.entity.findMany({
    ...query,
    where: { id: { in: [...new Set(ids)] } },
  })) as unknown as Row[]
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * For each entity of `entityIds`, one page of the articles mentioning it in `range`, newest first (within a day, the
 * latest stored first), in one statement for all of them. Returns a page per entity, in the order of `entityIds`.
 *
 * @example const [page] = await pageEntityArticles(prisma, [42], { first: 10 }, { dateFrom: '2020-01-01' })
 */
export async function pageEntityArticles(
  prisma: PrismaClient,
  entityIds: readonly number[],
  args: PageArgs,
  range: DayRange = {},
): Promise<IdPage[]> {
  const window = pageWindow(args)
  const [from, to] = dayBounds(range.dateFrom, range.dateTo)
  if (entityIds.length === 0) return []
  let keyset = Prisma.sql`TRUE`
  if (window.cursor !== null) {
    const [day, id] = decodeCursor(window.cursor, ['day', 'int'], window.backward ? 'before' : 'after')
    keyset = window.backward
      ? Prisma.sql`(date, "articleId") > (${day}::date, ${id}::int)`
      : Prisma.sql`(date, "articleId") < (${day}::date, ${id}::int)`
  }
  const order = window.backward
    ? Prisma.sql`date ASC, "articleId" ASC`
    : Prisma.sql`date DESC, "articleId" DESC`
  const rows = await preparedQuery<{ parent: number; id: number; day: string }>(
    prisma,
    Prisma.sql`
      SELECT e.id AS parent, x."articleId" AS id, to_char(x.date, 'YYYY-MM-DD') AS day
      FROM unnest(${[...entityIds]}::int[]) WITH ORDINALITY AS e(id, n)
      CROSS JOIN LATERAL (
        SELECT "articleId", date FROM "ArticleEntity"
        WHERE "entityId" = e.id AND date BETWEEN ${from}::date AND ${to}::date AND ${keyset}
        ORDER BY ${order}
        LIMIT ${window.size + 1}
      ) x
      ORDER BY e.n`,
    // An index range per entity, cut at the page size: as cheap as a read by key.
    'cheap',
  )
  return entityIds.map((entityId) => {
    const page = pageOf(
      rows.filter((row) => row.parent === entityId),
      window,
      (row) => encodeCursor([row.day, row.id]),
    )
    return { ...page, rows: page.rows.map(({ row, cursor }) => ({ id: row.id, cursor })) }
  })
}

/** For each entity of `entityIds`, how many articles mention it in `range`. */
export async function countEntityArticles(
  prisma: PrismaClient,
  entityIds: readonly number[],
  range: DayRange = {},
): Promise<number[]> {
  const [from, to] = dayBounds(range.dateFrom, range.dateTo)
  if (entityIds.length === 0) return []
  const rows = await preparedQuery<{ id: number; count: number }>(
    prisma,
    Prisma.sql`
      SELECT "entityId" AS id, count(*)::int AS count FROM "ArticleEntity"
      WHERE "entityId" = ANY(${[...entityIds]}::int[]) AND date BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1`,
    // An index-only range per entity.
    'cheap',
  )
  const counts = new Map(rows.map((row) => [row.id, row.count]))
  return entityIds.map((id) => counts.get(id) ?? 0)
}

/** One period of a timeline: `YYYY-MM-DD` or `YYYY-MM`, and how many articles mention the entity in it. */
export interface TimelinePoint {
  period: string
  count: number
}

/**
 * For each entity of `entityIds`, the articles mentioning it per day or month in `range`, oldest first; empty
 * periods are left out.
 */
export async function entityTimelines(
  prisma: PrismaClient,
  entityIds: readonly number[],
  options: DayRange & { granularity: 'day' | 'month' },
): Promise<TimelinePoint[][]> {
  const [from, to] = dayBounds(options.dateFrom, options.dateTo)
  if (entityIds.length === 0) return []
  const format = options.granularity === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM'
  const rows = await preparedQuery<{ id: number; period: string; count: number }>(
    prisma,
    Prisma.sql`
      SELECT "entityId" AS id, to_char("date", ${format}) AS period, count(*)::int AS count
      FROM "ArticleEntity"
      WHERE "entityId" = ANY(${[...entityIds]}::int[]) AND "date" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1, 2 ORDER BY 1, 2`,
    'heavy',
  )
  return entityIds.map((id) =>
    rows.flatMap(({ id: of, period, count }) => (of === id ? [{ period, count }] : [])),
  )
}

/**
 * For each entity of `entityIds`, the `first` entities mentioned in the same articles (optionally of one type),
 * with how many articles they share, most first; one statement for all of them.
 */
export async function coOccurringEntities(
  prisma: PrismaClient,
  entityIds: readonly number[],
  options: { first: number; type?: EntityType | null },
): Promise<{ source: number; id: number; count: number }[]> {
  if (entityIds.length === 0 || options.first === 0) return []
  const type = options.type ?? null
  return preparedQuery<{ source: number; id: number; count: number }>(
    prisma,
    Prisma.sql`
      SELECT source, id, count FROM (
        SELECT mine."entityId" AS source, other."entityId" AS id, count(*)::int AS count,
          row_number() OVER (PARTITION BY mine."entityId" ORDER BY count(*) DESC, other."entityId") AS rank
        FROM "ArticleEntity" mine JOIN "ArticleEntity" other USING ("articleId")
        ${type ? Prisma.sql`JOIN "Entity" e ON e.id = other."entityId" AND e.type = ${type}::"EntityType"` : Prisma.empty}
        WHERE mine."entityId" = ANY(${[...entityIds]}::int[]) AND other."entityId" <> mine."entityId"
        GROUP BY mine."entityId", other."entityId"
      ) ranked
      WHERE rank <= ${options.first}::int
      ORDER BY source, rank`,
    'heavy',
  )
}

/**
 * The `first` most-mentioned entities in `range` (optionally of one type), with their mentions in that range.
 *
 * @example await topEntities(prisma, { first: 10, type: 'PERSON', dateFrom: '2020-01-01', dateTo: '2020-01-31' })
 */
export async function topEntities(
  prisma: PrismaClient,
  options: DayRange & { first: number; type?: EntityType | null },
): Promise<{ id: number; count: number }[]> {
  const [from, to] = dayBounds(options.dateFrom, options.dateTo)
  if (options.first === 0) return []
  const type = options.type ?? null
  return preparedQuery<{ id: number; count: number }>(
    prisma,
    Prisma.sql`
      SELECT x."entityId" AS id, sum(x.mentions)::int AS count
      FROM "ArticleEntity" x
      ${type ? Prisma.sql`JOIN "Entity" e ON e.id = x."entityId" AND e.type = ${type}::"EntityType"` : Prisma.empty}
      WHERE x.date BETWEEN ${from}::date AND ${to}::date
      GROUP BY x."entityId"
      ORDER BY count DESC, x."entityId"
      LIMIT ${options.first}::int`,
    'heavy',
  )
}
