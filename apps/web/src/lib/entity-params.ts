// The entity page's state in its query string: timeline granularity and range, and the articles' page.
import { isDay } from './dates.ts'
import type { Granularity } from './timeline.ts'

export interface EntityState {
  granularity: Granularity
  from: string | null
  to: string | null
  after: string | null
  before: string | null
  page: number
}

type RawParams = Record<string, string | string[] | undefined>

function one(params: RawParams, key: string): string | null {
  const value = params[key]
  const text = Array.isArray(value) ? value[0] : value
  return text === undefined || text.trim() === '' ? null : text.trim()
}

export function readEntityState(params: RawParams): EntityState {
  const from = one(params, 'from')
  const to = one(params, 'to')
  const page = Number(one(params, 'page') ?? '1')
  return {
    granularity: one(params, 'by') === 'day' ? 'DAY' : 'MONTH',
    from: from && isDay(from) ? from : null,
    to: to && isDay(to) ? to : null,
    after: one(params, 'after'),
    before: one(params, 'after') ? null : one(params, 'before'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** The query string for `state` with `changes`; changing the range goes back to the first page of articles. */
export function entityQuery(
  state: EntityState,
  changes: Partial<EntityState> = {},
): Record<string, string | null> {
  const paging = 'after' in changes || 'before' in changes || 'page' in changes
  const next: EntityState = {
    ...state,
    ...(paging ? {} : { after: null, before: null, page: 1 }),
    ...changes,
  }
  return {
    by: next.granularity === 'DAY' ? 'day' : null,
    from: next.from,
    to: next.to,
    after: next.after,
    before: next.before,
    page: next.page > 1 ? String(next.page) : null,
  }
}
