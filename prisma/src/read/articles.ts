// Read articles: a filtered page in reading order, counts, rows by id with the caller's selection, related articles.
import { type Article, Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { preparedQuery } from '../prepared-query.ts'
import { type ArticleFilter, articleFilterSql, isCostlyFilter } from './article-filter.ts'
import { decodeCursor, encodeCursor, pageOf, type PageArgs, pageWindow } from './page-window.ts'

/** A Prisma selection for articles (`select` or `include`), such as Pothos plans from a GraphQL selection. */
export type ArticleQuery = Pick<Prisma.ArticleFindManyArgs, 'select' | 'include'>

/** One page of a list of ids, each with its cursor. */
export interface IdPage {
  rows: { id: number; cursor: string }[]
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
  const rows = await preparedQuery<{ id: number; day: string; number: number; position: number }>(
    prisma,
    Prisma.sql`
      SELECT a.id, to_char(a.date, 'YYYY-MM-DD') AS day, g.number, a.position
      FROM "Article" a JOIN "Page" g ON g.id = a."pageId"
      WHERE ${where} AND ${keyset}
      ORDER BY ${order}
      LIMIT ${window.size + 1}`,
    isCostlyFilter(filter) ? 'heavy' : 'cheap',
  )
  const page = pageOf(rows, window, (row) => encodeCursor([row.day, row.number, row.position, row.id]))
  return { ...page, rows: page.rows.map(({ row, cursor }) => ({ id: row.id, cursor })) }
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
 * The articles with these ids, in the order of `ids`, each with what `query` selects; ids not stored are left out.
 *
 * @example await readArticles(prisma, [3, 1], { select: { id: true, title: true } }) // [article 3, article 1]
 */
export async function readArticles<Row extends { id: number }>(
  prisma: PrismaClient,
  ids: readonly number[],
  query: ArticleQuery = {},
): Promise<Row[]> {
  if (ids.length === 0) return []
  const rows = (await prisma.article.findMany({
    ...query,
    where: { id: { in: [...new Set(ids)] } },
  })) as unknown as Row[]
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The article with this id and what `query` selects, or null. */
export async function findArticle<Row = Article>(
  prisma: PrismaClient,
  id: number,
  query: ArticleQuery = {},
): Promise<Row | null> {
  return (await prisma.article.findUnique({ ...query, where: { id } })) as Row | null
}

/**
 * For each article of `ids`, the `first` articles sharing the most entities with it, most shared first (ties: the
 * newest stored first), in one statement for all of them.
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
        SELECT mine."articleId" AS source, other."articleId" AS id,
          row_number() OVER (PARTITION BY mine."articleId"
                             ORDER BY count(*) DESC, other."articleId" DESC) AS rank
        FROM "ArticleEntity" mine JOIN "ArticleEntity" other USING ("entityId")
        WHERE mine."articleId" = ANY(${[...ids]}::int[]) AND other."articleId" <> mine."articleId"
        GROUP BY mine."articleId", other."articleId"
      ) ranked
      WHERE rank <= ${first}::int
      ORDER BY source, rank`,
    'heavy',
  )
}
