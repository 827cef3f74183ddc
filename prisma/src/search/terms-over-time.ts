// How often terms or entities appear over time: matching articles per month or day, beside all articles then.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { preparedQuery } from '../prepared-query.ts'
import { type ArticleFilter, articleFilterSql } from '../read/article-filter.ts'
import { parseQuery } from './parse-query.ts'
import { SearchError } from './search-articles.ts'

/** One line of the chart: a search query (the full query language) or an entity (by id). */
export type SeriesInput = { query: string } | { entityId: number }

export interface TermsOverTimeOptions {
  /** 1 to {@link MAX_SERIES} series. */
  series: SeriesInput[]
  granularity: 'month' | 'day'
  /** Narrows every series and the totals alike. */
  filter?: ArticleFilter | null
}

export interface PeriodCount {
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  period: string
  /** Articles that match in the period. */
  count: number
  /** Of every 1,000 articles in the period (under the same filter), how many match. */
  perThousand: number
}

export interface TermsOverTime {
  /** Every period that has articles under the filter, oldest first, with how many. */
  periods: { period: string; articles: number }[]
  /** One per input, in order; each has a point for every period, zeros included. */
  series: { input: SeriesInput; points: PeriodCount[]; total: number }[]
}

/** Most series one chart compares. */
export const MAX_SERIES = 5

/**
 * Count, per month or day, the articles each series matches and every article there is, under one filter.
 * A query series counts what the search finds for it (the same articles, so a month's count equals a substring
 * count over that month); an entity series counts the articles that mention the entity.
 *
 * @example
 * const { periods, series } = await termsOverTime(prisma, { series: [{ query: '疫情' }, { query: '复工' }], granularity: 'month' })
 * series[0].points // [{ period: '2020-01', count: 310, perThousand: 143.2 }, …]
 * @throws QueryError for a malformed query, SearchError for bad options
 */
export async function termsOverTime(
  prisma: PrismaClient,
  options: TermsOverTimeOptions,
): Promise<TermsOverTime> {
  const { series, granularity } = options
  if (!Array.isArray(series) || series.length === 0 || series.length > MAX_SERIES)
    throw new SearchError(
      'series',
      `must hold 1 to ${MAX_SERIES} terms or entities, got ${series?.length ?? 0}`,
    )
  if (granularity !== 'month' && granularity !== 'day')
    throw new SearchError('granularity', `must be month or day, got ${String(granularity)}`)
  const format = granularity === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'
  const where = articleFilterSql(options.filter)
  // Check every series before running any. A query series is one more condition of the one filter
  // implementation: the articles it matches, as search finds them.
  const statements = series.map((input, i) => {
    if ('query' in input) {
      parseQuery(input.query, `series[${i}].query`)
      return Prisma.sql`
        SELECT to_char(a.date, ${format}) AS period, count(*)::int AS count
        FROM "Article" a WHERE ${where} AND ${articleFilterSql({ query: input.query })} GROUP BY 1`
    }
    if (!Number.isInteger(input.entityId))
      throw new SearchError(`series[${i}].entity`, 'must be an entity id')
    return Prisma.sql`
      SELECT to_char(x.date, ${format}) AS period, count(*)::int AS count
      FROM "ArticleEntity" x JOIN "Article" a ON a.id = x."articleId"
      WHERE x."entityId" = ${input.entityId} AND ${where} GROUP BY 1`
  })
  // The statements run one after another on the pool for expensive statements, so that one chart holds one of
  // its connections, not five.
  const totals = await preparedQuery<{ period: string; count: number }>(
    prisma,
    Prisma.sql`SELECT to_char(a.date, ${format}) AS period, count(*)::int AS count
      FROM "Article" a WHERE ${where} GROUP BY 1 ORDER BY 1`,
    'heavy',
  )
  const counts: { period: string; count: number }[][] = []
  for (const statement of statements)
    counts.push(await preparedQuery<{ period: string; count: number }>(prisma, statement, 'heavy'))
  const periods = totals.map((row) => ({ period: row.period, articles: row.count }))
  return {
    periods,
    series: series.map((input, i) => {
      const byPeriod = new Map(counts[i]!.map((row) => [row.period, row.count]))
      const points = periods.map(({ period, articles }) => {
        const count = byPeriod.get(period) ?? 0
        return { period, count, perThousand: articles === 0 ? 0 : (count * 1000) / articles }
      })
      return { input, points, total: points.reduce((sum, point) => sum + point.count, 0) }
    }),
  }
}
