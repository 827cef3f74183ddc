// Find articles whose kicker, title, subtitle or a paragraph contains a query, through the bigram index.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import type { ArticleKind } from '../../generated/prisma/enums.ts'
import { preparedQuery } from '../prepared-query.ts'
import { highlight } from './highlight.ts'
import { matchCtes } from './match-articles.ts'
import { formatQuery, parseQuery, positiveTerms } from './parse-query.ts'

/** Narrows a search. Every condition given must hold. */
export interface SearchFilter {
  /** Issue date on or after this day (`YYYY-MM-DD` or a Date). */
  dateFrom?: string | Date | null
  /** Issue date on or before this day. */
  dateTo?: string | Date | null
  /** Issue date exactly. */
  date?: string | Date | null
  /** Publication name, such as 人民日报. */
  publication?: string | null
  /** Page number (版次). */
  page?: number | null
  kind?: ArticleKind | null
  /** Entities the article must all mention (Entity ids). */
  entityIds?: number[] | null
  /** News agency in a byline or the dateline, such as 新华社. */
  agency?: string | null
}

export interface SearchOptions {
  /**
   * A query in the search language (see parseQuery): spaced terms all match, `"…"` is a phrase, `OR` an
   * alternative, `-term` excludes. Each term matches as a substring after NFKC, ASCII letters folded, and
   * traditional characters find simplified text.
   */
  query: string
  filter?: SearchFilter | null
  /** Hits to return (default 20, at most 100). */
  first?: number
  /** Hits to skip (default 0). */
  offset?: number
  /** A cursor from an earlier result's `endCursor`: continue after it (overrides `offset`). */
  after?: string | null
  /** `relevance` (default): most matching paragraphs first, a kicker/title/subtitle hit counting two; `date`: newest first. Ties go to the newest. */
  orderBy?: 'relevance' | 'date'
  /** Compute facets (default true). */
  facets?: boolean
}

export interface SearchHit {
  articleId: number
  /** Paragraphs that contain the query, plus 2 when the kicker, title or subtitle does. */
  score: number
  /** Up to three snippets, title first: HTML-escaped text with each hit in `<mark>…</mark>`. */
  highlights: string[]
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
  endCursor: string | null
  hasNextPage: boolean
  facets: {
    /** Matching articles per kind, most first. */
    kind: FacetBucket[]
    /** Matching articles per month (`YYYY-MM`), newest first. */
    month: FacetBucket[]
    /** The ten entities mentioned in the most matching articles; `count` counts articles, as every facet does. */
    entity: EntityFacetBucket[]
  }
}

/** Thrown for options the search cannot run (a malformed query throws QueryError). */
export class SearchError extends Error {
  override readonly name = 'SearchError'
}

const MAX_FIRST = 100

/**
 * Search the archive. The result set is exactly the articles whose kicker, title, subtitle and paragraphs
 * together satisfy `query`: each term found as a substring after NFKC (ASCII letters folded), as
 * `LIKE '%term%'` would find it, but through the GIN index of character bigrams (see the first migration), so
 * two-character terms need no scan.
 *
 * @example
 * const { totalCount, hits } = await searchArticles(prisma, { query: '疫情', first: 10 })
 * hits[0] // { articleId: 42, score: 5, highlights: ['…<mark>疫情</mark>防控…'], cursor: 'MQ' }
 */
export async function searchArticles(prisma: PrismaClient, options: SearchOptions): Promise<SearchResult> {
  const query = parseQuery(options.query)
  const first = options.first ?? 20
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) {
    throw new SearchError(`first must be an integer from 0 to ${MAX_FIRST}, got ${first}`)
  }
  const offset = options.after != null ? decodeCursor(options.after) + 1 : (options.offset ?? 0)
  if (!Number.isInteger(offset) || offset < 0)
    throw new SearchError(`offset must be a non-negative integer, got ${offset}`)
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
      WHERE ${filterSql(options.filter)}
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
  )
  const page = row?.hits ?? []
  const needles = positiveTerms(query).flatMap((term) => term.forms)
  const snippets = new Map<number, string[]>()
  for (const { id, text } of row?.snippets ?? []) {
    const snippet = highlight(text, needles)
    if (snippet) snippets.set(id, [...(snippets.get(id) ?? []), snippet])
  }
  const hits = page.slice(0, first).map((hit, i) => ({
    articleId: hit.id,
    score: hit.score,
    highlights: snippets.get(hit.id) ?? [],
    cursor: encodeCursor(offset + i),
  }))
  return {
    query: formatQuery(query),
    totalCount: row?.total ?? 0,
    hits,
    endCursor: hits.at(-1)?.cursor ?? null,
    hasNextPage: page.length > first,
    facets: { kind: row?.kinds ?? [], month: row?.months ?? [], entity: row?.entities ?? [] },
  }
}

/** The WHERE condition (over `"Article" a`) of a search filter. */
export function filterSql(filter: SearchFilter | null | undefined): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`]
  if (!filter) return and[0] as Prisma.Sql
  const day = (value: string | Date, name: string) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
      throw new SearchError(`filter.${name} must be a date (YYYY-MM-DD), got ${text}`)
    return text
  }
  if (filter.dateFrom) and.push(Prisma.sql`a.date >= ${day(filter.dateFrom, 'dateFrom')}::date`)
  if (filter.dateTo) and.push(Prisma.sql`a.date <= ${day(filter.dateTo, 'dateTo')}::date`)
  if (filter.date) and.push(Prisma.sql`a.date = ${day(filter.date, 'date')}::date`)
  if (filter.kind) and.push(Prisma.sql`a.kind = ${filter.kind}::"ArticleKind"`)
  if (filter.publication != null || filter.page != null) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Page" g JOIN "Issue" i ON i.id = g."issueId"
      JOIN "Publication" p ON p.id = i."publicationId" WHERE g.id = a."pageId"
      ${filter.publication != null ? Prisma.sql`AND p.name = ${filter.publication}` : Prisma.empty}
      ${filter.page != null ? Prisma.sql`AND g.number = ${filter.page}` : Prisma.empty})`)
  }
  for (const entityId of filter.entityIds ?? []) {
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleEntity" x WHERE x."articleId" = a.id AND x."entityId" = ${entityId})`,
    )
  }
  if (filter.agency) {
    and.push(Prisma.sql`(a."datelineAgency" = ${filter.agency}
      OR EXISTS (SELECT 1 FROM "Byline" b WHERE b."articleId" = a.id AND b.agency = ${filter.agency}))`)
  }
  return Prisma.join(and, ' AND ')
}

function encodeCursor(index: number): string {
  return Buffer.from(String(index)).toString('base64url')
}

function decodeCursor(cursor: string): number {
  const index = Number(Buffer.from(cursor, 'base64url').toString())
  if (!Number.isInteger(index) || index < 0)
    throw new SearchError(`after: "${cursor}" is not a search cursor`)
  return index
}
