// The search page's state lives in its query string; read it safely and write links that keep every filter.
import { isArticleKind, type ArticleKind } from './labels.ts'
import { isDay, isMonth, monthOf } from './dates.ts'

export type SearchSort = 'relevance' | 'date'

export interface SearchState {
  q: string
  kind: ArticleKind | null
  month: string | null
  entity: string | null
  from: string | null
  to: string | null
  sort: SearchSort
  after: string | null
  before: string | null
  /** 1-based page number, shown to the reader; the cursor `after` does the work. */
  page: number
}

type RawParams = Record<string, string | string[] | undefined>

function one(params: RawParams, key: string): string | null {
  const value = params[key]
  const text = Array.isArray(value) ? value[0] : value
  return text === undefined || text.trim() === '' ? null : text.trim()
}

/** Read the search state from Next's `searchParams`, dropping values that are not well formed. */
export function readSearchState(params: RawParams): SearchState {
  const kind = one(params, 'kind')
  const month = one(params, 'month')
  const from = one(params, 'from')
  const to = one(params, 'to')
  const page = Number(one(params, 'page') ?? '1')
  return {
    q: one(params, 'q') ?? '',
    kind: kind && isArticleKind(kind) ? kind : null,
    month: month && isMonth(month) ? month : null,
    entity: one(params, 'entity'),
    from: from && isDay(from) ? from : null,
    to: to && isDay(to) ? to : null,
    sort: one(params, 'sort') === 'date' ? 'date' : 'relevance',
    after: one(params, 'after'),
    before: one(params, 'after') ? null : one(params, 'before'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/**
 * A `/search?…` link for `state` with `changes` applied. Any change other than paging goes back to page 1.
 *
 * @example
 * searchHref(state, { kind: 'PHOTO' }) // → '/search?q=复工复产&kind=PHOTO'
 */
export function searchHref(state: SearchState, changes: Partial<SearchState> = {}): string {
  const paging = 'after' in changes || 'before' in changes || 'page' in changes
  const next: SearchState = {
    ...state,
    ...(paging ? {} : { after: null, before: null, page: 1 }),
    ...changes,
  }
  const params = new URLSearchParams()
  params.set('q', next.q)
  if (next.kind) params.set('kind', next.kind)
  if (next.month) params.set('month', next.month)
  if (next.entity) params.set('entity', next.entity)
  if (next.from) params.set('from', next.from)
  if (next.to) params.set('to', next.to)
  if (next.sort !== 'relevance') params.set('sort', next.sort)
  if (next.after) params.set('after', next.after)
  if (next.before) params.set('before', next.before)
  if (next.page > 1) params.set('page', String(next.page))
  return `/search?${params.toString()}`
}

/** The date range the API should filter on: the month facet narrowed by the explicit range. */
export function dateRange(state: SearchState): { dateFrom: string | null; dateTo: string | null } {
  let dateFrom = state.from
  let dateTo = state.to
  if (state.month) {
    const [first, last] = monthOf(`${state.month}-01`)
    dateFrom = dateFrom && dateFrom > first ? dateFrom : first
    dateTo = dateTo && dateTo < last ? dateTo : last
  }
  return { dateFrom, dateTo }
}
