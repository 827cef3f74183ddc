// Read an export request's query string: the same filters as the API's ArticleFilter, a query, and the format.
import type { KwicSort, SearchFilter } from '@broadsheet/db'
import { decodeEntityId } from '@broadsheet/schema'
import type { ExportFormat } from './export-formats.ts'

/** What to export, checked. */
export type ExportRequest =
  | {
      view: 'articles'
      format: ExportFormat
      query: string | null
      filter: SearchFilter
      orderBy: 'date' | 'relevance'
      content: 'text' | 'snippet'
      limit: number | null
    }
  | {
      view: 'kwic'
      format: Exclude<ExportFormat, 'ris'>
      query: string
      filter: SearchFilter
      sort: KwicSort
    }

/** A query string the export cannot serve; the message names the parameter and the problem. */
export class ExportParamError extends Error {
  override readonly name = 'ExportParamError'
}

const KINDS = ['ARTICLE', 'COMMENTARY', 'PHOTO', 'BRIEF'] as const
const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * Parse `GET /export?…`. Parameters: `format` (csv, jsonl or ris; default csv), `view` (articles or kwic), `q`
 * (a search query), the ArticleFilter fields `date`, `dateFrom`, `dateTo`, `publication`, `page`, `kind`,
 * `entityIds` (repeatable Entity ids) and `agency`, then `sort` (articles: date or relevance; kwic: date, left
 * or right), `content` (text or snippet) and `limit`.
 *
 * @example readExportRequest(new URLSearchParams('q=疫情&format=ris&kind=ARTICLE'))
 */
export function readExportRequest(params: URLSearchParams): ExportRequest {
  const known = new Set([
    'format',
    'view',
    'q',
    'date',
    'dateFrom',
    'dateTo',
    'publication',
    'page',
    'kind',
    'entityIds',
    'agency',
    'sort',
    'content',
    'limit',
  ])
  for (const key of params.keys())
    if (!known.has(key))
      throw new ExportParamError(`Unknown parameter "${key}"; known: ${[...known].join(', ')}`)
  const one = (key: string) => {
    const values = params.getAll(key)
    if (values.length > 1 && key !== 'entityIds')
      throw new ExportParamError(`"${key}" is given ${values.length} times`)
    const value = values[0]?.trim()
    return value ? value : null
  }
  const choose = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = one(key)
    if (value === null) return fallback
    if (!(allowed as readonly string[]).includes(value))
      throw new ExportParamError(`"${key}" must be ${allowed.join(', ')}; got "${value}"`)
    return value as T
  }
  const day = (key: string) => {
    const value = one(key)
    if (value === null) return null
    const date = new Date(`${value}T00:00:00Z`)
    if (!DAY.test(value) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value))
      throw new ExportParamError(`"${key}" must be a day, YYYY-MM-DD; got "${value}"`)
    return value
  }
  const integer = (key: string, min: number) => {
    const value = one(key)
    if (value === null) return null
    if (!/^\d+$/.test(value) || Number(value) < min)
      throw new ExportParamError(`"${key}" must be a whole number of at least ${min}; got "${value}"`)
    return Number(value)
  }

  const format = choose('format', ['csv', 'jsonl', 'ris'] as const, 'csv')
  const view = choose('view', ['articles', 'kwic'] as const, 'articles')
  const query = one('q')
  const dateFrom = day('dateFrom')
  const dateTo = day('dateTo')
  if (dateFrom && dateTo && dateFrom > dateTo)
    throw new ExportParamError(`"dateFrom" (${dateFrom}) is after "dateTo" (${dateTo})`)
  const kind = one('kind')
  if (kind !== null && !(KINDS as readonly string[]).includes(kind))
    throw new ExportParamError(`"kind" must be ${KINDS.join(', ')}; got "${kind}"`)
  const entityIds = params.getAll('entityIds').map((id) => {
    try {
      return decodeEntityId(id)
    } catch {
      throw new ExportParamError(`"entityIds" must hold Entity ids; got "${id}"`)
    }
  })
  const filter: SearchFilter = {
    date: day('date'),
    dateFrom,
    dateTo,
    publication: one('publication'),
    page: integer('page', 0),
    kind: kind as SearchFilter['kind'],
    entityIds: entityIds.length > 0 ? entityIds : null,
    agency: one('agency'),
  }

  if (view === 'kwic') {
    if (!query) throw new ExportParamError('"view=kwic" needs a query, "q"')
    if (format === 'ris')
      throw new ExportParamError('RIS lists articles: export a concordance as csv or jsonl')
    return { view, format, query, filter, sort: choose('sort', ['date', 'left', 'right'] as const, 'date') }
  }
  const orderBy = choose('sort', ['date', 'relevance'] as const, 'date')
  if (orderBy === 'relevance' && !query) throw new ExportParamError('"sort=relevance" needs a query, "q"')
  return {
    view,
    format,
    query,
    filter,
    orderBy,
    content: choose('content', ['text', 'snippet'] as const, 'text'),
    limit: integer('limit', 1),
  }
}
