// Keyword in context: every occurrence of a query's terms in the articles it matches, with the text either side.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { preparedQuery } from '../prepared-query.ts'
import { findHits } from './highlight.ts'
import { matchCtes } from './match-articles.ts'
import { parseQuery, positiveTerms } from './parse-query.ts'
import { filterSql, SearchError, type SearchFilter } from './search-articles.ts'

/** Where in its article an occurrence sits. */
export type KwicField = 'KICKER' | 'TITLE' | 'SUBTITLE' | 'PARAGRAPH'

export interface KwicLine {
  articleId: number
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
  filter?: SearchFilter | null
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
    throw new SearchError(`width must be an integer from 1 to 80, got ${width}`)
  const first = options.first === undefined ? 100 : options.first
  if (first !== null && (!Number.isInteger(first) || first < 0 || first > 1000))
    throw new SearchError(`first must be an integer from 0 to 1000, got ${first}`)
  const offset = options.offset ?? 0
  if (!Number.isInteger(offset) || offset < 0)
    throw new SearchError(`offset must be a non-negative integer, got ${offset}`)
  const sort = options.sort ?? 'date'
  if (!['date', 'left', 'right'].includes(sort)) throw new SearchError(`sort must be date, left or right`)

  // The texts that hold a wanted term, in the matching articles that pass the filter: the heads and paragraphs
  // the index found, in date and reading order.
  const texts = await preparedQuery<{
    id: number
    date: string
    title: string | null
    field: KwicField
    paragraph: number | null
    text: string
  }>(
    prisma,
    Prisma.sql`
    WITH ${matchCtes(query)},
    m AS MATERIALIZED (
      SELECT a.id, a.date, a.title, a.kicker, a.subtitle FROM matched JOIN "Article" a ON a.id = matched.id
      WHERE ${filterSql(options.filter)}
    ),
    places AS (SELECT DISTINCT f.id, f.position FROM found f JOIN m ON m.id = f.id WHERE f.positive)
    SELECT * FROM (
      SELECT m.id, to_char(m.date, 'YYYY-MM-DD') AS date, m.title, h.field, NULL::int AS paragraph, h.text, h.k
      FROM places s JOIN m ON m.id = s.id AND s.position IS NULL,
        unnest(ARRAY['KICKER', 'TITLE', 'SUBTITLE'], ARRAY[m.kicker, m.title, m.subtitle]) WITH ORDINALITY
          AS h(field, text, k)
      WHERE h.text IS NOT NULL
      UNION ALL
      SELECT m.id, to_char(m.date, 'YYYY-MM-DD'), m.title, 'PARAGRAPH', p.position, p.text, 4
      FROM places s JOIN m ON m.id = s.id JOIN "Paragraph" p ON p."articleId" = s.id AND p.position = s.position
    ) t
    ORDER BY date, id, k, paragraph
    LIMIT ${MAX_KWIC_TEXTS + 1}`,
  )
  if (texts.length > MAX_KWIC_TEXTS)
    throw new SearchError(
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
        date: row.date,
        title: row.title,
        field: row.field,
        paragraph: row.paragraph,
        offset: from,
        left: lastChars(row.text.slice(0, from), width),
        match: row.text.slice(from, to),
        right: firstChars(row.text.slice(to), width),
      })
    }
  }
  if (sort !== 'date') lines.sort(sort === 'left' ? byLeft : byRight)
  return {
    totalCount: lines.length,
    articleCount: articles.size,
    lines: first === null ? lines.slice(offset) : lines.slice(offset, offset + first),
  }
}

function firstChars(text: string, n: number): string {
  return Array.from(text.slice(0, 2 * n))
    .slice(0, n)
    .join('')
}

function lastChars(text: string, n: number): string {
  return Array.from(text.slice(-2 * n))
    .slice(-n)
    .join('')
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
// The left context is read from the match outwards, as a concordance sorts it.
const reversed = (text: string) => Array.from(text).reverse().join('')

function byLeft(a: KwicLine, b: KwicLine): number {
  return compare(reversed(a.left), reversed(b.left)) || compare(a.match, b.match) || byPlace(a, b)
}

function byRight(a: KwicLine, b: KwicLine): number {
  return compare(a.match, b.match) || compare(a.right, b.right) || byPlace(a, b)
}

function byPlace(a: KwicLine, b: KwicLine): number {
  return compare(a.date, b.date) || a.articleId - b.articleId || a.offset - b.offset
}
