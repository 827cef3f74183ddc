// Terms over time for the trends page: read its state from the query string, ask the API, shape the series.
import { TrendsQuery } from '../graphql/trends-query.ts'
import { isBadInput, request } from './api.ts'
import { monthOf } from './dates.ts'
import { entityHref } from './hrefs.ts'
import { queryProblem } from './query-problems.ts'

export const maxSeries = 5

export interface TrendsState {
  /** Search queries, in order (empty ones dropped). */
  terms: string[]
  /** Entity ids. */
  entities: string[]
  granularity: 'MONTH' | 'DAY'
}

export interface TrendPoint {
  period: string
  count: number
  perThousand: number
  /** The articles behind the point: a search over the period, or the entity's articles then. */
  href: string
}

export interface TrendSeries {
  label: string
  total: number
  points: TrendPoint[]
}

export interface Trends {
  periods: { period: string; articleCount: number }[]
  series: TrendSeries[]
  problem: { message: string; detail: string } | null
}

type RawParams = Record<string, string | string[] | undefined>

const all = (params: RawParams, key: string) =>
  ([] as string[])
    .concat(params[key] ?? [])
    .map((value) => value.trim())
    .filter(Boolean)

export function readTrendsState(params: RawParams): TrendsState {
  const terms = all(params, 'q').slice(0, maxSeries)
  return {
    terms,
    entities: all(params, 'e').slice(0, maxSeries - terms.length),
    granularity: all(params, 'by')[0] === 'day' ? 'DAY' : 'MONTH',
  }
}

/** The first and last day of a period (`YYYY-MM` or `YYYY-MM-DD`). */
export function periodDays(period: string): [string, string] {
  return period.length === 7 ? monthOf(`${period}-01`) : [period, period]
}

/** The chart's data, or a problem to show when a query cannot run. */
export async function getTrends(state: TrendsState): Promise<Trends> {
  const series = [...state.terms.map((query) => ({ query })), ...state.entities.map((entity) => ({ entity }))]
  let data
  try {
    data = await request(TrendsQuery, { series, granularity: state.granularity })
  } catch (error) {
    const problem = queryProblem(error)
    if (problem) return { periods: [], series: [], problem }
    if (isBadInput(error))
      return {
        periods: [],
        series: [],
        problem: { message: '找不到所选的实体。', detail: (error as Error).message },
      }
    throw error
  }
  const result = data.termsOverTime
  return {
    periods: result.periods.map((p) => ({ ...p })),
    problem: null,
    series: result.series.map((s) => {
      const entity = s.entity
      return {
        label: entity ? entity.name : (s.query ?? ''),
        total: s.total,
        points: s.points.map((point) => {
          const [from, to] = periodDays(point.period)
          const href = entity
            ? `${entityHref(entity.id, { from, to })}#articles-title`
            : `/search?${new URLSearchParams({ q: s.query ?? '', from, to, sort: 'date' }).toString()}`
          return { ...point, href }
        }),
      }
    }),
  }
}
