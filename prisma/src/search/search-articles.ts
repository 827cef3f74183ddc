// Find articles whose kicker, title, subtitle or a paragraph contains a query, through the bigram index.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { InputError } from '../input-error.ts'
import { preparedQuery } from '../prepared-query.ts'
import { type ArticleFilter, articleFilterSql } from '../read/article-filter.ts'
import { decodeCursor, encodeCursor, type PageArgs, pageWindow } from '../read/page-window.ts'
import { highlight, type HighlightPart } from './highlight.ts'
import { matchCtes } from './match-articles.ts'
import { formatQuery, parseQuery, positiveTerms } from './parse-query.ts'

/** Narrows a search: the same filter as article lists. */
export type SearchFilter = ArticleFilter

export interface SearchOptions extends PageArgs {
  /**
   * A query in the search language (see parseQuery): spaced terms all match, `"…"` is a phrase, `OR` an
   * alternative, `-term` excludes. Each term matches as a substring after NFKC, ASCII letters folded, and
   * traditional characters find simplified text.
   */
  query: string
  filter?: SearchFilter | null
  /** Hits to skip (default 0) when no cursor is given. */
  offset?: number
  /** `relevance` (default): most matching paragraphs first, a kicker/title/subtitle hit counting two; `date`: newest first. Ties go to the newest. */
  orderBy?: 'relevance' | 'date'
  /** Compute facets (default true). */
  facets?: boolean
}

export interface SearchHit {
  articleId: number
  /** Paragraphs that contain the query, plus 2 when the kicker, title or subtitle does. */
  score: number
  /** Up to three snippets, title first: plain text parts, each hit its own part with `hit: true`. */
  highlights: HighlightPart[][]
  /** Opaque position of this hit, for `after`. */
  cursor: string
}

export interface FacetBucket {
  value: string
  count: number
}

export interface EntityFacetBucket extends FacetBucket {
  entityId: number
  key: string
}

export interface SearchResult {
  /** The query as understood: terms simplified and normalized, written back canonically (see formatQuery). */
  query: string
  totalCount: number
  hits: SearchHit[]
  startCursor: string | null
  endCursor: string | null
  hasNextPage: boolean
  hasPreviousPage: boolean
  facets: {
    /** Matching articles per kind, most first. */
    kind: FacetBucket[]
    /** Matching articles per month (`YYYY-MM`), newest first. */
    month: FacetBucket[]
    /** The ten entities mentioned in the most matching articles; `count` counts articles, as every facet does. */
    entity: EntityFacetBucket[]
  }
}

/** Thrown for options the search and the researcher's queries cannot run, before any SQL (see also QueryError). */
export class SearchError extends InputError {
  override readonly name = 'SearchError'
}

/**
 * Search the archive. The result set is exactly the articles whose kicker, title, subtitle and paragraphs
 * together satisfy `query`: each term found as a substring after NFKC (ASCII letters folded), as
 * `LIKE '%term%'` would find it, but through the GIN index of character bigrams (see the first migration), so
 * two-character terms need no scan.
 *
 * @example
 * const { totalCount, hits } = await searchArticles(prisma, { query: '疫情', first: 10 })
 * hits[0] // { articleId: 42, score: 5, highlights: [[{ text: '…', hit: false }, { text: '疫情', hit: true }, …]], cursor: 'MQ' }
 * @throws QueryError for a malformed query, InputError for bad paging or filter arguments
 */
export async function searchArticles(prisma: PrismaClient, options: SearchOptions): Promise<SearchResult> {
  const query = parseQuery(options.query)
  // Cursors are positions in the ranked list: a page backward ends just before its cursor.
  const window = pageWindow(options)
  const position =
    window.cursor === null
      ? null
      : (decodeCursor(window.cursor, ['int'], window.backward ? 'before' : 'after')[0] as number)
  let offset = options.offset ?? 0
  let first = window.size
  if (position !== null && !window.backward) offset = position + 1
  if (window.backward) {
    // `last` alone is the end of the list, which only its length tells.
    const end =
      position ??
      (
        await searchArticles(prisma, {
          query: options.query,
          filter: options.filter,
          first: 0,
          facets: false,
        })
      ).totalCount
    offset = Math.max(0, end - window.size)
    first = end - offset
  }
  if (!Number.isInteger(offset) || offset < 0)
    throw new SearchError('offset', `must be a whole number from 0, got ${offset}`)
  const where = articleFilterSql(options.filter)
  const needles = positiveTerms(query).flatMap((term) => term.forms)
  const order =
    options.orderBy === 'date'
      ? Prisma.sql`m.date DESC, m.id DESC`
      : Prisma.sql`m.score DESC, m.date DESC, m.id DESC`
  const withFacets = options.facets ?? true

  // One statement: the match set, its page of hits with their snippet texts, the total and the facets.
  const [row] = await preparedQuery<{
    total: number
    hits: { id: number; score: number }[] | null
    snippets: { id: number; text: string }[] | null
    kinds: FacetBucket[] | null
    months: FacetBucket[] | null
    entities: EntityFacetBucket[] | null
  }>(
    prisma,
    Prisma.sql`
    WITH ${matchCtes(query)},
    m AS MATERIALIZED (
      SELECT a.id, a.date, a.kind, h.score, h.positions
      FROM matched h JOIN "Article" a ON a.id = h.id
      WHERE ${where}
    ),
    page AS MATERIALIZED (
      SELECT m.id, m.score, m.positions, row_number() OVER (ORDER BY ${order}) AS n FROM m
      ORDER BY ${order} LIMIT ${first + 1} OFFSET ${offset}
    ),
    shown AS (SELECT id, n, positions FROM page ORDER BY n LIMIT ${first})
    SELECT
      (SELECT count(*)::int FROM m) AS total,
      (SELECT json_agg(json_build_object('id', id, 'score', score) ORDER BY n) FROM page) AS hits,
      -- The texts to cut snippets from, three per hit: kicker, title and subtitle first, then paragraphs in order.
      (SELECT json_agg(json_build_object('id', t.id, 'text', t.text) ORDER BY t.n, t.k)
         FROM (
           SELECT h.*, row_number() OVER (PARTITION BY h.id ORDER BY h.part, h.position) AS k FROM (
             SELECT s.n, s.id, 0 AS part, x.position::int AS position, x.text
             FROM shown s JOIN "Article" a ON a.id = s.id,
               unnest(ARRAY[a.kicker, a.title, a.subtitle]) WITH ORDINALITY AS x(text, position)
             WHERE x.text IS NOT NULL AND EXISTS (SELECT 1 FROM terms t
               WHERE t.positive AND strpos(broadsheet_normalize(x.text), t.needle) > 0)
             UNION ALL
             SELECT s.n, s.id, 1, p.position, p.text
             FROM shown s JOIN "Paragraph" p ON p."articleId" = s.id AND p.position = ANY (s.positions)
           ) h
         ) t WHERE t.k <= 3) AS snippets,
      ${
        withFacets
          ? Prisma.sql`
      (SELECT json_agg(json_build_object('value', kind, 'count', c) ORDER BY c DESC, kind)
         FROM (SELECT kind::text, count(*)::int AS c FROM m GROUP BY kind) k) AS kinds,
      (SELECT json_agg(json_build_object('value', month, 'count', c) ORDER BY month DESC)
         FROM (SELECT to_char(date, 'YYYY-MM') AS month, count(*)::int AS c FROM m GROUP BY 1) t) AS months,
      (SELECT json_agg(json_build_object('value', e.name, 'count', t.c, 'entityId', e.id, 'key', e.key)
                       ORDER BY t.c DESC, e.id)
         FROM (SELECT x."entityId", count(*)::int AS c FROM "ArticleEntity" x JOIN m ON m.id = x."articleId"
               GROUP BY x."entityId" ORDER BY c DESC, x."entityId" LIMIT 10) t
         JOIN "Entity" e ON e.id = t."entityId") AS entities`
          : Prisma.sql`NULL::json AS kinds, NULL::json AS months, NULL::json AS entities`
      }`,
    'heavy',
  )
  const page = row?.hits ?? []
  const snippets = new Map<number, HighlightPart[][]>()
  for (const { id, text } of row?.snippets ?? []) {
    const snippet = highlight(text, needles)
    if (snippet) snippets.set(id, [...(snippets.get(id) ?? []), snippet])
  }
  const hits = page.slice(0, first).map((hit, i) => ({
    articleId: hit.id,
    score: hit.score,
    highlights: snippets.get(hit.id) ?? [],
    cursor: encodePosition(offset + i),
  }))
  return {
    query: formatQuery(query),
    totalCount: row?.total ?? 0,
    hits,
    startCursor: hits[0]?.cursor ?? null,
    endCursor: hits.at(-1)?.cursor ?? null,
    hasNextPage: window.backward ? position !== null : page.length > first,
    hasPreviousPage: offset > 0,
    facets: { kind: row?.kinds ?? [], month: row?.months ?? [], entity: row?.entities ?? [] },
  }
}

function encodePosition(index: number): string {
  return encodeCursor([index])
}
