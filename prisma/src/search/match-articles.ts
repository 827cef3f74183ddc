// The SQL that finds the articles a parsed query matches, through the bigram index: the one match set that
// search, terms over time, keyword in context and export all start from.
import { Prisma } from '../../generated/prisma/client.ts'
import { LOSSY } from './bigram-vector.ts'
import type { ParsedQuery, QueryTerm } from './parse-query.ts'

/** A query's terms as the statement takes them: one row per form, the term's bit, and whether it is wanted. */
export interface TermTable {
  forms: string[]
  bits: number[]
  positive: boolean[]
  /** Per clause of `all`, the bits of its alternatives: an article must have one bit of each. */
  clauseMasks: number[]
  /** The bits of the excluded terms: an article must have none. */
  excludedMask: number
}

/** Lay a parsed query out as {@link TermTable}: each distinct term gets one bit, its forms share it. */
export function termTable(query: ParsedQuery): TermTable {
  const bitOf = new Map<string, number>()
  const table: TermTable = { forms: [], bits: [], positive: [], clauseMasks: [], excludedMask: 0 }
  const bit = (term: QueryTerm, positive: boolean) => {
    const key = `${positive ? '+' : '-'}${term.forms.join('\n')}`
    let index = bitOf.get(key)
    if (index === undefined) {
      index = bitOf.size
      bitOf.set(key, index)
      for (const form of term.forms) {
        table.forms.push(form)
        table.bits.push(index)
        table.positive.push(positive)
      }
    }
    return 1 << index
  }
  for (const clause of query.all) table.clauseMasks.push(clause.reduce((mask, t) => mask | bit(t, true), 0))
  for (const term of query.none) table.excludedMask |= bit(term, false)
  return table
}

/**
 * Common table expressions that define
 * - `terms`: the query's forms, with their tsquery and normalized needle;
 * - `found`: each article head (kicker, title and subtitle together, `position` null) and paragraph that contains a
 *   term, with the term's bit and whether it is wanted;
 * - `kept`: the rows of `found` whose article the query matches, decided per row from the article's mask (a window
 *   over `found`), so that a statement reading the places of the hits needs no join back to the match set;
 * - `matched`: one row per article the query matches, with
 *   - `score`: the paragraphs that contain a wanted term, plus 2 when the kicker, title or subtitle does;
 *   - `positions`: the first three such paragraphs, in reading order, for snippets.
 *
 * A statement reads what it needs; PostgreSQL evaluates only the expressions it references. The statement text is
 * the same for every query (the terms travel as arrays), so it is planned once.
 *
 * @example Prisma.sql`WITH ${matchCtes(parseQuery('新冠 肺炎'))} SELECT count(*) FROM matched`
 */
export function matchCtes(query: ParsedQuery): Prisma.Sql {
  const table = termTable(query)
  return Prisma.sql`
    terms AS MATERIALIZED (
      SELECT t.bit, t.positive, broadsheet_bigram_query(t.form) AS tsq, broadsheet_normalize(t.form) AS needle
      FROM unnest(${table.forms}::text[], ${table.bits}::int[], ${table.positive}::bool[]) AS t(form, bit, positive)
    ),
    -- Every article head (kicker, title and subtitle) and paragraph that contains a term, a head weighing 2 and a
    -- paragraph 1. It reads no vector, where ts_rank would decompress each one.
    found AS (
      SELECT a.id, NULL::int AS position, 2 AS weight, t.bit, t.positive
      FROM terms t JOIN "Article" a ON a.search @@ t.tsq
      UNION ALL
      SELECT p."articleId", p.position, 1, t.bit, t.positive
      FROM terms t JOIN "Paragraph" p ON p.search @@ t.tsq
      -- Texts too long or repetitive for their vector to hold every position are checked directly.
      UNION ALL
      SELECT a.id, NULL, 2, t.bit, t.positive FROM terms t JOIN "Article" a ON a.search @@ ${`'${LOSSY}'`}::tsquery
      WHERE NOT a.search @@ t.tsq AND strpos(broadsheet_normalize(coalesce(a.kicker, '') || E'\n'
        || coalesce(a.title, '') || E'\n' || coalesce(a.subtitle, '')), t.needle) > 0
      UNION ALL
      SELECT p."articleId", p.position, 1, t.bit, t.positive
      FROM terms t JOIN "Paragraph" p ON p.search @@ ${`'${LOSSY}'`}::tsquery
      WHERE NOT p.search @@ t.tsq AND strpos(broadsheet_normalize(p.text), t.needle) > 0
    ),
    matched AS (
      SELECT id, score, positions FROM (
        SELECT id, (sum(weight) FILTER (WHERE positive))::float8 AS score,
          (array_agg(DISTINCT position) FILTER (WHERE positive AND position IS NOT NULL))[1:3] AS positions,
          bit_or(1 << bit) AS mask
        FROM found GROUP BY id
      ) h
      WHERE ${matches(table, Prisma.sql`h.mask`)}
    ),
    kept AS (
      SELECT id, position, positive FROM (
        SELECT f.id, f.position, f.positive, bit_or(1 << f.bit) OVER (PARTITION BY f.id) AS mask FROM found f
      ) h
      WHERE ${matches(table, Prisma.sql`h.mask`)}
    )`
}

/** Whether an article whose terms' bits are `mask` matches the query: one bit of each clause, none excluded. */
function matches(table: TermTable, mask: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM unnest(${table.clauseMasks}::int[]) AS c(mask) WHERE ${mask} & c.mask = 0)
        AND ${mask} & ${table.excludedMask}::int = 0`
}
