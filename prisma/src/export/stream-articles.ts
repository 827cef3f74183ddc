// Stream the articles of a search or a filter from PostgreSQL in batches, through a cursor: constant memory
// for any number of rows.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { poolOf } from '../client.ts'
import { highlight } from '../search/highlight.ts'
import { matchCtes } from '../search/match-articles.ts'
import { parseQuery, positiveTerms } from '../search/parse-query.ts'
import { filterSql, SearchError, type SearchFilter } from '../search/search-articles.ts'

/** One exported article. */
export interface ExportedArticle {
  id: number
  /** `YYYY-MM-DD`. */
  date: string
  publication: string
  /** 版次; 0 when the source does not say. */
  page: number
  /** Reading order on the page, from 0. */
  position: number
  kind: string
  kicker: string | null
  title: string | null
  subtitle: string | null
  bylines: { text: string; agency: string | null; names: string[] }[]
  /** The whole text (`content: 'text'`): section headings and paragraphs, one a line. */
  text: string | null
  /** Where the query hits, or the opening of the text (`content: 'snippet'`), plain text. */
  snippet: string | null
}

export interface StreamArticlesOptions {
  /** A search query; without one, every article that passes the filter. */
  query?: string | null
  filter?: SearchFilter | null
  /** `date` (default: oldest first, then in reading order), or `relevance` (best first; needs a query). */
  orderBy?: 'date' | 'relevance'
  content?: 'text' | 'snippet'
  /** Rows fetched from PostgreSQL at a time (default 200). */
  batchSize?: number
  /** Stop after this many rows (default: no limit). */
  limit?: number | null
}

const SNIPPET_RADIUS = 60

/**
 * The articles of a search (or of a filter alone), a batch at a time, read through a server-side cursor on one
 * connection and one snapshot, so that memory stays flat however many rows there are. Breaking out of the loop
 * closes the cursor and returns the connection.
 *
 * @example
 * for await (const batch of streamArticles(prisma, { query: '疫情', filter: { kind: 'ARTICLE' } }))
 *   for (const article of batch) write(article)
 * @throws QueryError for a malformed query, SearchError for bad options
 */
export async function* streamArticles(
  prisma: PrismaClient,
  options: StreamArticlesOptions,
): AsyncGenerator<ExportedArticle[]> {
  const query = options.query?.trim() ? parseQuery(options.query) : null
  const content = options.content ?? 'text'
  if (content !== 'text' && content !== 'snippet') throw new SearchError('content must be text or snippet')
  const orderBy = options.orderBy ?? 'date'
  if (orderBy !== 'date' && orderBy !== 'relevance')
    throw new SearchError('orderBy must be date or relevance')
  if (orderBy === 'relevance' && !query) throw new SearchError('orderBy relevance needs a query')
  const batchSize = options.batchSize ?? 200
  const limit = options.limit ?? null
  const pool = poolOf(prisma)
  if (!pool) throw new SearchError('streamArticles needs a client made by createPrismaClient')

  const statement = Prisma.sql`
    ${query ? Prisma.sql`WITH ${matchCtes(query)}` : Prisma.empty}
    SELECT a.id, to_char(a.date, 'YYYY-MM-DD') AS date, pub.name AS publication, g.number AS page, a.position,
      a.kind::text AS kind, a.kicker, a.title, a.subtitle,
      coalesce((SELECT json_agg(json_build_object('text', b.text, 'agency', b.agency, 'names', b.names)
                ORDER BY b.position) FROM "Byline" b WHERE b."articleId" = a.id), '[]') AS bylines,
      ${
        content === 'text'
          ? Prisma.sql`(SELECT string_agg(x.line, E'\n' ORDER BY x.k, x.n) FROM (
               SELECT s.position AS k, -1 AS n, s.heading AS line FROM "Section" s
               WHERE s."articleId" = a.id AND s.heading IS NOT NULL
               UNION ALL
               SELECT p."sectionPosition", p.position, p.text FROM "Paragraph" p WHERE p."articleId" = a.id
             ) x) AS text, NULL::text[] AS hits`
          : query
            ? Prisma.sql`NULL::text AS text, ARRAY(SELECT t FROM unnest(ARRAY[a.kicker, a.title, a.subtitle]) t
                 WHERE t IS NOT NULL UNION ALL (SELECT p.text FROM "Paragraph" p
                 WHERE p."articleId" = a.id AND p.position = ANY (m.positions) ORDER BY p.position)) AS hits`
            : Prisma.sql`NULL::text AS text, ARRAY(SELECT p.text FROM "Paragraph" p WHERE p."articleId" = a.id
                 ORDER BY p.position LIMIT 1) AS hits`
      }
    FROM ${query ? Prisma.sql`matched m JOIN "Article" a ON a.id = m.id` : Prisma.sql`"Article" a`}
    JOIN "Page" g ON g.id = a."pageId" JOIN "Issue" i ON i.id = g."issueId"
    JOIN "Publication" pub ON pub.id = i."publicationId"
    WHERE ${filterSql(options.filter)}
    ORDER BY ${orderBy === 'relevance' ? Prisma.sql`m.score DESC, a.date DESC, a.id DESC` : Prisma.sql`a.date, g.number, a.position, a.id`}
    ${limit !== null ? Prisma.sql`LIMIT ${limit}` : Prisma.empty}`

  const needles = query ? positiveTerms(query).flatMap((term) => term.forms) : []
  const client = await pool.connect()
  let open = false
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    open = true
    await client.query({
      text: `DECLARE bs_export NO SCROLL CURSOR FOR ${statement.text}`,
      values: statement.values,
    })
    for (;;) {
      const { rows } = await client.query<Omit<ExportedArticle, 'snippet'> & { hits: string[] | null }>(
        `FETCH ${batchSize} FROM bs_export`,
      )
      if (rows.length === 0) break
      yield rows.map(({ hits, ...row }) => ({
        ...row,
        snippet: content === 'snippet' ? snippetOf(hits ?? [], needles) : null,
      }))
      if (rows.length < batchSize) break
    }
  } finally {
    if (open) await client.query('ROLLBACK').catch(() => {})
    client.release()
  }
}

/** The first text a needle occurs in, cut around it, as plain text; without needles, the first text's opening. */
function snippetOf(texts: string[], needles: string[]): string | null {
  if (needles.length === 0) {
    const text = texts[0]
    if (!text) return null
    const chars = Array.from(text)
    return chars.length > 2 * SNIPPET_RADIUS ? `${chars.slice(0, 2 * SNIPPET_RADIUS).join('')}…` : text
  }
  for (const text of texts) {
    const html = highlight(text, needles, SNIPPET_RADIUS)
    if (html) return unescapeHtml(html.replace(/<\/?mark>/g, ''))
  }
  return null
}

function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
