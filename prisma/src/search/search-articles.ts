// Find articles whose kicker, title, subtitle or a paragraph contains a query, through the bigram index.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { InputError } from '../input-error.ts'
import { preparedQuery } from '../prepared-query.ts'
import { type ArticleFilter, articleFilterSql } from '../read/article-filter.ts'
import { decodeCursor, encodeCursor, type PageArgs, pageWindow } from '../read/page-window.ts'
import { LOSSY } from './bigram-vector.ts'
import { highlight, type HighlightPart } from './highlight.ts'

/** Narrows a search: the same filter as article lists. */
export type SearchFilter = ArticleFilter

export interface SearchOptions extends PageArgs {
  /** 1 or more characters, matched as a substring (`LIKE '%query%'`), ASCII letters case-insensitively. */
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
    /** The ten entities with the most mentions in the matching articles; `count` counts mentions. */
    entity: EntityFacetBucket[]
  }
}

/** Thrown for a query or options the search cannot run, before any SQL. */
export class SearchError extends InputError {
  override readonly name = 'SearchError'
}

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200

/**
 * Search the archive. The result set is exactly the articles whose kicker, title, subtitle or a paragraph
 * contains `query` (ASCII letters case-insensitive), as `LIKE '%query%'` would find them, but found through the
 * GIN index of character bigrams (see the first migration), so two-character queries need no scan.
 *
 * @example
 * const { totalCount, hits } = await searchArticles(prisma, { query: '疫情', first: 10 })
 * hits[0] // { articleId: 42, score: 5, highlights: [[{ text: '…', hit: false }, { text: '疫情', hit: true }, …]], cursor: 'MQ' }
 */
export async function searchArticles(prisma: PrismaClient, options: SearchOptions): Promise<SearchResult> {
  const query = options.query
  if (typeof query !== 'string' || query.length === 0) throw new SearchError('query', 'must not be empty')
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f]/.test(query))
    throw new SearchError('query', 'must not contain line breaks or control characters')
  if (query.length > MAX_QUERY_LENGTH)
    throw new SearchError('query', `must be at most ${MAX_QUERY_LENGTH} characters`)
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
      (await searchArticles(prisma, { query, filter: options.filter, first: 0, facets: false })).totalCount
    offset = Math.max(0, end - window.size)
    first = end - offset
  }
  if (!Number.isInteger(offset) || offset < 0)
    throw new SearchError('offset', `must be a whole number from 0, got ${offset}`)
  const where = articleFilterSql(options.filter)
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
    WITH q AS MATERIALIZED (
      SELECT broadsheet_bigram_query(${query}) AS tsq, ${`'${LOSSY}'`}::tsquery AS lossy,
        broadsheet_normalize(${query}) AS needle
    ),
    -- Every article head (kicker, title and subtitle) and paragraph that contains the query. The score counts
    -- them, a head weighing 2 and a paragraph 1; it reads no vector, where ts_rank would decompress each one
    -- (a fifth of the statement's time for 发展).
    found AS (
      SELECT a.id, NULL::int AS position, 2 AS weight FROM "Article" a, q WHERE a.search @@ q.tsq
      UNION ALL
      SELECT p."articleId", p.position, 1 FROM "Paragraph" p, q WHERE p.search @@ q.tsq
      -- Texts too long or repetitive for their vector to hold every position are checked directly.
      UNION ALL
      SELECT a.id, NULL, 2 FROM "Article" a, q WHERE a.search @@ q.lossy AND NOT a.search @@ q.tsq
        AND strpos(broadsheet_normalize(coalesce(a.kicker, '') || E'\n' || coalesce(a.title, '') || E'\n'
          || coalesce(a.subtitle, '')), q.needle) > 0
      UNION ALL
      SELECT p."articleId", p.position, 1 FROM "Paragraph" p, q WHERE p.search @@ q.lossy AND NOT p.search @@ q.tsq
        AND strpos(broadsheet_normalize(p.text), q.needle) > 0
    ),
    -- Per article: its score and the first three paragraphs that matched, for its snippets.
    hit AS (
      SELECT id, sum(weight)::float8 AS score,
        (array_agg(position ORDER BY position) FILTER (WHERE position IS NOT NULL))[1:3] AS positions
      FROM found GROUP BY id
    ),
    m AS MATERIALIZED (
      SELECT a.id, a.date, a.kind, h.score, h.positions
      FROM hit h JOIN "Article" a ON a.id = h.id
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
               unnest(ARRAY[a.kicker, a.title, a.subtitle]) WITH ORDINALITY AS x(text, position), q
             WHERE x.text IS NOT NULL AND strpos(broadsheet_normalize(x.text), q.needle) > 0
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
         FROM (SELECT x."entityId", sum(x.mentions)::int AS c FROM "ArticleEntity" x JOIN m ON m.id = x."articleId"
               GROUP BY x."entityId" ORDER BY c DESC, x."entityId" LIMIT 10) t
         JOIN "Entity" e ON e.id = t."entityId") AS entities`
          : Prisma.sql`NULL::json AS kinds, NULL::json AS months, NULL::json AS entities`
      }`,
    'heavy',
  )
  const page = row?.hits ?? []
  const snippets = new Map<number, HighlightPart[][]>()
  for (const { id, text } of row?.snippets ?? []) {
    const snippet = highlight(text, query)
    if (snippet) snippets.set(id, [...(snippets.get(id) ?? []), snippet])
  }
  const hits = page.slice(0, first).map((hit, i) => ({
    articleId: hit.id,
    score: hit.score,
    highlights: snippets.get(hit.id) ?? [],
    cursor: encodePosition(offset + i),
  }))
  return {
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
