// Keyword in context: every occurrence of a query's terms in the articles it matches, with the text either side.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { preparedQuery } from '../prepared-query.ts'
import { findHits } from './highlight.ts'
import { matchCtes } from './match-articles.ts'
import { parseQuery, positiveTerms } from './parse-query.ts'
import { type ArticleFilter, articleFilterSql } from '../read/article-filter.ts'
import { SearchError } from './search-articles.ts'

/** Where in its article an occurrence sits. */
export type KwicField = 'KICKER' | 'TITLE' | 'SUBTITLE' | 'PARAGRAPH'

export interface KwicLine {
  articleId: number
  /** The article's public id (`rmrb-20200101-01-03`), stable across installs. */
  publicId: string
  /** The issue date, `YYYY-MM-DD`. */
  date: string
  /** The article's title, for the line's link. */
  title: string | null
  field: KwicField
  /** The paragraph's position in its article (from 0), for PARAGRAPH lines. */
  paragraph: number | null
  /** Offset of the match in its text (UTF-16 units of the stored text). */
  offset: number
  /** Up to `width` characters before the match, from the same text. */
  left: string
  /** The match as printed. */
  match: string
  /** Up to `width` characters after the match. */
  right: string
}

/** `date`: oldest first, in reading order; `left` / `right`: by the context nearest the match, then by date. */
export type KwicSort = 'date' | 'left' | 'right'

export interface KwicOptions {
  query: string
  filter?: ArticleFilter | null
  sort?: KwicSort
  /** Characters either side (default 20, at most 80). */
  width?: number
  /** Lines to return from `offset` (default 100, at most 1,000); `null` returns every line. */
  first?: number | null
  offset?: number
}

export interface KwicResult {
  /** Every occurrence in the matching articles. */
  totalCount: number
  /** The articles those occurrences are in. */
  articleCount: number
  lines: KwicLine[]
}

/** Most texts one concordance reads; a query that occurs in more must be narrowed by a filter. */
export const MAX_KWIC_TEXTS = 40_000

/**
 * The concordance of `query`: each occurrence of each of its wanted terms, in the articles the search finds for
 * it, with `width` characters either side. Occurrences are found as the search finds them (NFKC, ASCII letters
 * folded, traditional characters as simplified) and cut from the text as printed. Overlapping occurrences count
 * once, the longer one winning.
 *
 * @example
 * const { totalCount, lines } = await keywordInContext(prisma, { query: '贫困', sort: 'right', first: 50 })
 * lines[0] // { left: '…坚决打赢脱', match: '贫困', right: '攻坚战…', articleId: 12, … }
 * @throws QueryError for a malformed query, SearchError for bad options or too many texts
 */
export async function keywordInContext(prisma: PrismaClient, options: KwicOptions): Promise<KwicResult> {
  const query = parseQuery(options.query)
  const width = options.width ?? 20
  if (!Number.isInteger(width) || width < 1 || width > 80)
    throw new SearchError('width', `must be a whole number from 1 to 80, got ${width}`)
  const first = options.first === undefined ? 100 : options.first
  if (first !== null && (!Number.isInteger(first) || first < 0 || first > 1000))
    throw new SearchError('first', `must be a whole number from 0 to 1000, got ${first}`)
  const offset = options.offset ?? 0
  if (!Number.isInteger(offset) || offset < 0)
    throw new SearchError('offset', `must be a whole number from 0, got ${offset}`)
  const sort = options.sort ?? 'date'
  if (!['date', 'left', 'right'].includes(sort)) throw new SearchError('sort', 'must be date, left or right')

  // The texts that hold a wanted term, in the matching articles that pass the filter: the heads and paragraphs
  // the bigram index found (kept needs no join back to the match set), in date and reading order.
  const texts = await preparedQuery<{
    id: number
    publicId: string
    date: string
    title: string | null
    field: KwicField
    paragraph: number | null
    text: string
  }>(
    prisma,
    Prisma.sql`
    WITH ${matchCtes(query)}
    SELECT a.id, a."publicId", to_char(a.date, 'YYYY-MM-DD') AS date, a.title, x.field, x.paragraph, x.text
    FROM (SELECT DISTINCT id, position FROM kept WHERE positive) f
    JOIN "Article" a ON a.id = f.id
    CROSS JOIN LATERAL (
      SELECT h.field, NULL::int AS paragraph, h.text, h.k
      FROM unnest(ARRAY['KICKER', 'TITLE', 'SUBTITLE'], ARRAY[a.kicker, a.title, a.subtitle]) WITH ORDINALITY
        AS h(field, text, k)
      WHERE f.position IS NULL AND h.text IS NOT NULL
      UNION ALL
      SELECT 'PARAGRAPH', p.position, p.text, 4 FROM "Paragraph" p
      WHERE f.position IS NOT NULL AND p."articleId" = f.id AND p.position = f.position
    ) x
    WHERE ${articleFilterSql(options.filter)}
    ORDER BY a.date, a.id, x.k, x.paragraph
    LIMIT ${MAX_KWIC_TEXTS + 1}`,
    'heavy',
  )
  if (texts.length > MAX_KWIC_TEXTS)
    throw new SearchError(
      'query',
      `"${options.query}" occurs in more than ${MAX_KWIC_TEXTS.toLocaleString('en')} paragraphs: narrow it with a date range or another filter`,
    )

  const needles = positiveTerms(query).flatMap((term) => term.forms)
  const lines: KwicLine[] = []
  const articles = new Set<number>()
  for (const row of texts) {
    for (const [from, to] of findHits(row.text, needles)) {
      articles.add(row.id)
      lines.push({
        articleId: row.id,
        publicId: row.publicId,
        date: row.date,
        title: row.title,
        field: row.field,
        paragraph: row.paragraph,
        offset: from,
        left: charsBefore(row.text, from, width),
        match: row.text.slice(from, to),
        right: charsAfter(row.text, to, width),
      })
    }
  }
  const sorted = sort === 'date' ? lines : sortLines(lines, sort)
  return {
    totalCount: sorted.length,
    articleCount: articles.size,
    lines: first === null ? sorted.slice(offset) : sorted.slice(offset, offset + first),
  }
}

const SURROGATE = /[\uD800-\uDFFF]/

/** The `n` characters (code points) of `text` that end at `end`. */
function charsBefore(text: string, end: number, n: number): string {
  const near = text.slice(Math.max(0, end - 2 * n), end)
  if (!SURROGATE.test(near)) return near.slice(-n)
  return Array.from(near).slice(-n).join('')
}

/** The `n` characters (code points) of `text` from `start`. */
function charsAfter(text: string, start: number, n: number): string {
  const near = text.slice(start, start + 2 * n)
  if (!SURROGATE.test(near)) return near.slice(0, n)
  return Array.from(near).slice(0, n).join('')
}

/**
 * Lines sorted by their left context read from the match outwards, or by the match and its right context, as a
 * concordance sorts them; ties keep reading order. Each key is built once, not at every comparison.
 */
function sortLines(lines: KwicLine[], sort: 'left' | 'right'): KwicLine[] {
  const keyed = lines.map((line, index) => ({
    line,
    index,
    key: sort === 'left' ? Array.from(line.left).reverse().join('') : line.match,
    then: sort === 'left' ? line.match : line.right,
  }))
  keyed.sort((a, b) => compare(a.key, b.key) || compare(a.then, b.then) || a.index - b.index)
  return keyed.map((k) => k.line)
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
