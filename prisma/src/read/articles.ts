// Read articles: a filtered page in reading order, counts, rows by id with the caller's selection, related articles.
import { type Article, Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { preparedQuery } from '../prepared-query.ts'
import { type ArticleFilter, articleFilterSql, isCostlyFilter } from './article-filter.ts'
import { nestedRow, readNested } from './nested-read.ts'
import { decodeCursor, encodeCursor, pageOf, type PageArgs, pageWindow } from './page-window.ts'

/** A Prisma selection for articles (`select` or `include`), such as Pothos plans from a GraphQL selection. */
export type ArticleQuery = Pick<Prisma.ArticleFindManyArgs, 'select' | 'include'>

/** One page of a list of ids, each with its cursor. */
export interface IdPage {
  rows: { id: number; cursor: string }[]
  hasNextPage: boolean
  hasPreviousPage: boolean
}

/** One page of a list of rows, each with its id, its cursor and the row as a selection asked for it. */
export interface RowPage<Row> {
  rows: { id: number; cursor: string; node: Row }[]
  hasNextPage: boolean
  hasPreviousPage: boolean
}

/**
 * A page of the articles `filter` keeps, newest issue first and, within an issue, in reading order: by page number,
 * then position on the page. Cursors carry the sort key, so a page costs one index range however deep it is.
 *
 * @example const { rows, hasNextPage } = await pageArticles(prisma, { first: 10 }, { kind: 'PHOTO' })
 */
export async function pageArticles(
  prisma: PrismaClient,
  args: PageArgs,
  filter?: ArticleFilter | null,
): Promise<IdPage> {
  return articlePage(prisma, args, filter, null)
}

/**
 * {@link pageArticles} with each article as `query` selects it (relations nested), read in the same statement.
 *
 * @example await pageArticleRows(prisma, { first: 10 }, null, { select: { title: true, sections: true } })
 */
export async function pageArticleRows<Row extends { id: number }>(
  prisma: PrismaClient,
  args: PageArgs,
  filter: ArticleFilter | null | undefined,
  query: ArticleQuery,
): Promise<RowPage<Row>> {
  return articlePage<Row>(prisma, args, filter, query)
}

async function articlePage<Row extends { id: number }>(
  prisma: PrismaClient,
  args: PageArgs,
  filter: ArticleFilter | null | undefined,
  query: ArticleQuery | null,
): Promise<RowPage<Row>> {
  const window = pageWindow(args)
  const where = articleFilterSql(filter)
  let keyset = Prisma.sql`TRUE`
  if (window.cursor !== null) {
    const [day, number, position, id] = decodeCursor(
      window.cursor,
      ['day', 'int', 'int', 'int'],
      window.backward ? 'before' : 'after',
    )
    keyset = window.backward
      ? Prisma.sql`(a.date > ${day}::date OR (a.date = ${day}::date
          AND (g.number, a.position, a.id) < (${number}::int, ${position}::int, ${id}::int)))`
      : Prisma.sql`(a.date < ${day}::date OR (a.date = ${day}::date
          AND (g.number, a.position, a.id) > (${number}::int, ${position}::int, ${id}::int)))`
  }
  const order = window.backward
    ? Prisma.sql`a.date ASC, g.number DESC, a.position DESC, a.id DESC`
    : Prisma.sql`a.date DESC, g.number ASC, a.position ASC, a.id ASC`
  const page = Prisma.sql`
    SELECT a.id, to_char(a.date, 'YYYY-MM-DD') AS day, g.number, a.position,
      row_number() OVER (ORDER BY ${order}) AS n
    FROM "Article" a JOIN "Page" g ON g.id = a."pageId"
    WHERE ${where} AND ${keyset}
    ORDER BY ${order}
    LIMIT ${window.size + 1}`
  // The articles themselves, built in the same statement for the rows of the page (not the one fetched past it).
  const node = query ? nestedRow('Article', 'a', query) : null
  const rows = await preparedQuery<{
    id: number
    day: string
    number: number
    position: number
    node?: unknown
  }>(
    prisma,
    node
      ? Prisma.sql`SELECT p.id, p.day, p.number, p.position,
          CASE WHEN p.n <= ${window.size}::int THEN ${node.sql} END AS node
        FROM (${page}) p JOIN "Article" a ON a.id = p.id ORDER BY p.n`
      : page,
    isCostlyFilter(filter) ? 'heavy' : 'cheap',
  )
  const paged = pageOf(rows, window, (row) => encodeCursor([row.day, row.number, row.position, row.id]))
  return withNodes(prisma, paged, query, node)
}

/**
 * A page's rows as {@link RowPage} rows: each with its article revived from the statement's `node` column, or (for
 * a selection the statement could not build, or none) read by id afterwards.
 */
export async function withNodes<Row extends { id: number }>(
  prisma: PrismaClient,
  page: {
    rows: { row: { id: number; node?: unknown }; cursor: string }[]
    hasNextPage: boolean
    hasPreviousPage: boolean
  },
  query: ArticleQuery | null,
  node: { revive: (row: unknown) => unknown } | null,
): Promise<RowPage<Row>> {
  let nodes: Map<number, Row> | null = null
  if (query && !node) {
    const read = await readArticles<Row>(
      prisma,
      page.rows.map(({ row }) => row.id),
      query,
    )
    nodes = new Map(read.map((row) => [row.id, row]))
  }
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    rows: page.rows.flatMap(({ row, cursor }) => {
      const found = node
        ? (node.revive(row.node) as Row | null)
        : nodes
          ? nodes.get(row.id)
          : ({ id: row.id } as Row)
      // An article deleted between the page and its read is left out.
      return found ? [{ id: row.id, cursor, node: found }] : []
    }),
  }
}

/**
 * How many articles `filter` keeps.
 *
 * @example await countArticles(prisma, { entityIds: [42] })
 */
export async function countArticles(prisma: PrismaClient, filter?: ArticleFilter | null): Promise<number> {
  const [row] = await preparedQuery<{ n: number }>(
    prisma,
    Prisma.sql`SELECT count(*)::int AS n FROM "Article" a WHERE ${articleFilterSql(filter)}`,
    isCostlyFilter(filter) ? 'heavy' : 'cheap',
  )
  return row?.n ?? 0
}

/**
 * The articles with these ids, in the order of `ids`, each with what `query` selects (relations nested, in one
 * statement); ids not stored are left out.
 *
 * @example await readArticles(prisma, [3, 1], { select: { id: true, title: true } }) // [article 3, article 1]
 */
export async function readArticles<Row extends { id: number }>(
  prisma: PrismaClient,
  ids: readonly number[],
  query: ArticleQuery = {},
): Promise<Row[]> {
  if (ids.length === 0) return []
  const rows = await readNested<Row>(prisma, 'Article', {
    ...query,
    where: { id: { in: [...new Set(ids)] } },
  })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The article with this id and what `query` selects, or null. */
export async function findArticle<Row = Article>(
  prisma: PrismaClient,
  id: number,
  query: ArticleQuery = {},
): Promise<Row | null> {
  const [row] = await readNested<Row>(prisma, 'Article', { ...query, where: { id } })
  return row ?? null
}

/** Most of an article's entities that related articles consider: those it mentions most. */
export const RELATED_ENTITIES = 32
/** Articles considered per entity for related articles: this many on each side of the article's date. */
export const RELATED_PER_ENTITY_SIDE = 50

/**
 * For each article of `ids`, the `first` articles sharing the most entities with it, most shared first (ties: the
 * nearest in date, then the newest stored), in one statement for all of them. The work is bounded per article: of
 * its {@link RELATED_ENTITIES} most-mentioned entities, each contributes the articles nearest in date that mention
 * it ({@link RELATED_PER_ENTITY_SIDE} before and after), read from the entity's date index alone. A common entity
 * (中国, in thousands of articles) so counts its neighbours in time rather than the whole archive.
 *
 * @example await relatedArticleIds(prisma, [1, 2], 5) // [{ parent: 1, id: 9 }, …]
 */
export async function relatedArticleIds(
  prisma: PrismaClient,
  ids: readonly number[],
  first: number,
): Promise<{ parent: number; id: number }[]> {
  if (ids.length === 0 || first === 0) return []
  return preparedQuery<{ parent: number; id: number }>(
    prisma,
    Prisma.sql`
      SELECT source AS parent, id FROM (
        SELECT s.source, c."articleId" AS id,
          row_number() OVER (PARTITION BY s.source
            ORDER BY count(*) DESC, min(abs(c.date - s.date)), c."articleId" DESC) AS rank
        FROM (
          SELECT a.id AS source, x."entityId", x.date
          FROM unnest(${[...new Set(ids)]}::int[]) AS a(id)
          CROSS JOIN LATERAL (
            SELECT "entityId", date FROM "ArticleEntity" WHERE "articleId" = a.id
            ORDER BY mentions DESC, "entityId" LIMIT ${RELATED_ENTITIES}::int
          ) x
        ) s
        CROSS JOIN LATERAL (
          (SELECT o."articleId", o.date FROM "ArticleEntity" o
           WHERE o."entityId" = s."entityId" AND o.date <= s.date AND o."articleId" <> s.source
           ORDER BY o.date DESC, o."articleId" DESC LIMIT ${RELATED_PER_ENTITY_SIDE}::int)
          UNION ALL
          (SELECT o."articleId", o.date FROM "ArticleEntity" o
           WHERE o."entityId" = s."entityId" AND o.date > s.date
           ORDER BY o.date ASC, o."articleId" ASC LIMIT ${RELATED_PER_ENTITY_SIDE}::int)
        ) c
        GROUP BY s.source, c."articleId"
      ) ranked
      WHERE rank <= ${first}::int
      ORDER BY source, rank`,
    'heavy',
  )
}
