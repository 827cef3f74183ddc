// Stream the articles of a filter (a search query included) from PostgreSQL in fixed-size batches, through a
// cursor on a connection of its own: constant memory for any number of rows.
import pg from 'pg'
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { poolOf } from '../client.ts'
import { type ArticleFilter, articleFilterSql, checkArticleFilter } from '../read/article-filter.ts'
import { highlight, plainSnippet } from '../search/highlight.ts'
import { matchCtes } from '../search/match-articles.ts'
import { positiveTerms } from '../search/parse-query.ts'
import { SearchError } from '../search/search-articles.ts'

/** One exported article. */
export interface ExportedArticle {
  id: number
  /** The article's public id (`rmrb-20200101-01-03`), stable across installs. */
  publicId: string
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
  /** The articles to export; with a `query`, those the search finds for it. */
  filter?: ArticleFilter | null
  /** `date` (default: oldest first, then in reading order), or `relevance` (best first; needs `filter.query`). */
  orderBy?: 'date' | 'relevance'
  content?: 'text' | 'snippet'
  /** Rows fetched from PostgreSQL at a time (default 50, at most 1,000). */
  batchSize?: number
  /** Stop after this many rows (default: no limit). */
  limit?: number | null
}

const SNIPPET_RADIUS = 60

/**
 * The articles a filter keeps, a batch at a time, read through a server-side cursor in one snapshot, on a
 * connection of its own (outside both pools, so a long export never holds a connection that reads need). Only one
 * batch is held at a time: the next is fetched when the caller asks for it, so a caller that waits for its client
 * before asking streams with backpressure. Breaking out of the loop closes the cursor and the connection.
 *
 * Everything is checked before the generator is returned, so a bad filter or query throws here, not mid-stream.
 *
 * @example
 * for await (const batch of streamArticles(prisma, { filter: { query: '疫情', kind: 'ARTICLE' } }))
 *   for (const article of batch) write(article)
 * @throws QueryError for a malformed query, InputError for a bad filter or option
 */
export function streamArticles(
  prisma: PrismaClient,
  options: StreamArticlesOptions,
): AsyncIterableIterator<ExportedArticle[]> {
  const query = checkArticleFilter(options.filter).query
  const content = options.content ?? 'text'
  if (content !== 'text' && content !== 'snippet')
    throw new SearchError('content', `must be text or snippet, got ${String(content)}`)
  const orderBy = options.orderBy ?? 'date'
  if (orderBy !== 'date' && orderBy !== 'relevance')
    throw new SearchError('orderBy', `must be date or relevance, got ${String(orderBy)}`)
  if (orderBy === 'relevance' && !query) throw new SearchError('orderBy', 'relevance needs a query')
  const batchSize = options.batchSize ?? 50
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000)
    throw new SearchError('batchSize', `must be a whole number from 1 to 1000, got ${batchSize}`)
  const limit = options.limit ?? null
  if (limit !== null && !(Number.isInteger(limit) && limit >= 1))
    throw new SearchError('limit', `must be a whole number from 1, got ${limit}`)
  const pool = poolOf(prisma)
  if (!pool) throw new Error('streamArticles needs a client made by createPrismaClient')

  // With a query, the match set comes from matchCtes (its score orders by relevance, its paragraphs give
  // snippets) and the rest of the filter from articleFilterSql; without one, the filter alone.
  const where = articleFilterSql(query ? { ...options.filter, query: null } : options.filter)
  const statement = Prisma.sql`
    ${query ? Prisma.sql`WITH ${matchCtes(query)}` : Prisma.empty}
    SELECT a.id, a."publicId", to_char(a.date, 'YYYY-MM-DD') AS date, pub.name AS publication, g.number AS page, a.position,
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
    WHERE ${where}
    ORDER BY ${orderBy === 'relevance' ? Prisma.sql`m.score DESC, a.date DESC, a.id DESC` : Prisma.sql`a.date, g.number, a.position, a.id`}
    ${limit !== null ? Prisma.sql`LIMIT ${limit}` : Prisma.empty}`
  const needles = query ? positiveTerms(query).flatMap((term) => term.forms) : []
  const snippetOf = (texts: string[]) =>
    needles.length === 0 ? opening(texts[0]) : firstSnippet(texts, needles)
  return new ArticleCursor(new pg.Client(pool.options), statement, batchSize, (rows) =>
    rows.map(({ hits, ...row }) => ({
      ...row,
      snippet: content === 'snippet' ? snippetOf(hits ?? []) : null,
    })),
  )
}

type Row = Omit<ExportedArticle, 'snippet'> & { hits: string[] | null }

// An async iterator written out rather than an async generator: a suspended generator keeps the batch it last
// yielded alive in its frame while the caller writes it out and waits for its client, and a batch that lives
// through two young-generation collections is promoted, to wait for a full collection with every batch after it.
// This cursor keeps nothing it has returned.
class ArticleCursor implements AsyncIterableIterator<ExportedArticle[]> {
  private opened: Promise<void> | null = null
  private done = false
  private readonly client: pg.Client
  private readonly statement: Prisma.Sql
  private readonly batchSize: number
  private readonly shape: (rows: Row[]) => ExportedArticle[]

  constructor(
    client: pg.Client,
    statement: Prisma.Sql,
    batchSize: number,
    shape: (rows: Row[]) => ExportedArticle[],
  ) {
    this.client = client
    this.statement = statement
    this.batchSize = batchSize
    this.shape = shape
    // A connection that dies mid-export fails the FETCH waiting on it; the event needs a listener all the same.
    client.on('error', () => {})
  }

  [Symbol.asyncIterator](): this {
    return this
  }

  async next(): Promise<IteratorResult<ExportedArticle[]>> {
    if (this.done) return { done: true, value: undefined }
    try {
      this.opened ??= this.open()
      await this.opened
      const { rows } = await this.client.query<Row>(`FETCH ${this.batchSize} FROM bs_export`)
      if (rows.length < this.batchSize) await this.close()
      return rows.length === 0 ? { done: true, value: undefined } : { done: false, value: this.shape(rows) }
    } catch (error) {
      await this.close()
      throw error
    }
  }

  async return(): Promise<IteratorResult<ExportedArticle[]>> {
    await this.close()
    return { done: true, value: undefined }
  }

  private async open(): Promise<void> {
    await this.client.connect()
    await this.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    await this.client.query({
      text: `DECLARE bs_export NO SCROLL CURSOR FOR ${this.statement.text}`,
      values: this.statement.values,
    })
  }

  // Ending the connection ends the transaction and its cursor.
  private async close(): Promise<void> {
    if (this.done) return
    this.done = true
    if (this.opened) await this.client.end().catch(() => {})
  }
}

/** The first text a needle occurs in, cut around it, as plain text. */
function firstSnippet(texts: string[], needles: string[]): string | null {
  for (const text of texts) {
    const snippet = plainSnippet(highlight(text, needles, SNIPPET_RADIUS))
    if (snippet !== null) return snippet
  }
  return null
}

/** The opening of a text, for an export with no query. */
function opening(text: string | undefined): string | null {
  if (!text) return null
  const chars = Array.from(text)
  return chars.length > 2 * SNIPPET_RADIUS ? `${chars.slice(0, 2 * SNIPPET_RADIUS).join('')}…` : text
}
