// Read an export request's query string: the API's ArticleFilter (its query included), the view and the format.
import { type ArticleFilter, checkArticleFilter, type KwicSort } from '@broadsheet/db'
import { decodeEntityId } from '@broadsheet/schema'
import type { ExportFormat } from './export-formats.ts'

/** What to export, checked. */
export type ExportRequest =
  | {
      view: 'articles'
      format: ExportFormat
      /** The articles to export: the API's ArticleFilter, `q` as its query. */
      filter: ArticleFilter
      orderBy: 'date' | 'relevance'
      content: 'text' | 'snippet'
      limit: number | null
    }
  | {
      view: 'kwic'
      format: Exclude<ExportFormat, 'ris'>
      query: string
      filter: ArticleFilter
      sort: KwicSort
    }

/** A query string the export cannot serve; the message names the parameter and the problem. */
export class ExportParamError extends Error {
  override readonly name = 'ExportParamError'
}

const KINDS = ['ARTICLE', 'COMMENTARY', 'PHOTO', 'BRIEF'] as const
const KNOWN = [
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
] as const

/**
 * Parse `GET /export?…`. Parameters: `format` (csv, jsonl or ris; default csv), `view` (articles or kwic), `q`
 * (a search query), the ArticleFilter fields `date`, `dateFrom`, `dateTo`, `publication`, `page`, `kind`,
 * `entityIds` (repeatable Entity ids) and `agency`, then `sort` (articles: date or relevance; kwic: date, left
 * or right), `content` (text or snippet) and `limit`. The filter is checked by the db layer, as the API checks it,
 * so a bad date or query throws its InputError (a QueryError for the query).
 *
 * @example readExportRequest(new URLSearchParams('q=疫情&format=ris&kind=ARTICLE'))
 * @throws ExportParamError for a parameter the export does not know or cannot read; InputError for a bad filter
 */
export function readExportRequest(params: URLSearchParams): ExportRequest {
  for (const key of new Set(params.keys()))
    if (!(KNOWN as readonly string[]).includes(key))
      throw new ExportParamError(`Unknown parameter "${key}"; known: ${KNOWN.join(', ')}`)
  const one = (key: (typeof KNOWN)[number]) => {
    const values = params.getAll(key)
    if (values.length > 1) throw new ExportParamError(`"${key}" is given ${values.length} times`)
    const value = values[0]?.trim()
    return value ? value : null
  }
  const choose = <T extends string>(key: (typeof KNOWN)[number], allowed: readonly T[], fallback: T): T => {
    const value = one(key)
    if (value === null) return fallback
    if (!(allowed as readonly string[]).includes(value))
      throw new ExportParamError(`"${key}" must be ${allowed.join(', ')}; got "${value}"`)
    return value as T
  }
  const integer = (key: (typeof KNOWN)[number], min: number) => {
    const value = one(key)
    if (value === null) return null
    if (!/^\d{1,9}$/.test(value) || Number(value) < min)
      throw new ExportParamError(`"${key}" must be a whole number of at least ${min}; got "${value}"`)
    return Number(value)
  }

  const format = choose('format', ['csv', 'jsonl', 'ris'] as const, 'csv')
  const view = choose('view', ['articles', 'kwic'] as const, 'articles')
  const query = one('q')
  const entityIds = params.getAll('entityIds').map((id) => {
    try {
      return decodeEntityId(id)
    } catch {
      throw new ExportParamError(`"entityIds" must hold Entity ids; got "${id}"`)
    }
  })
  const filter: ArticleFilter = {
    date: one('date'),
    dateFrom: one('dateFrom'),
    dateTo: one('dateTo'),
    publication: one('publication'),
    page: integer('page', 0),
    kind: choose('kind', KINDS, '' as (typeof KINDS)[number]) || null,
    entityIds: entityIds.length > 0 ? entityIds : null,
    agency: one('agency'),
  }

  if (view === 'kwic') {
    if (!query) throw new ExportParamError('"view=kwic" needs a query, "q"')
    if (format === 'ris')
      throw new ExportParamError('RIS lists articles: export a concordance as csv or jsonl')
    checkArticleFilter(filter)
    return { view, format, query, filter, sort: choose('sort', ['date', 'left', 'right'] as const, 'date') }
  }
  const orderBy = choose('sort', ['date', 'relevance'] as const, 'date')
  if (orderBy === 'relevance' && !query) throw new ExportParamError('"sort=relevance" needs a query, "q"')
  const articles = { ...filter, query }
  checkArticleFilter(articles)
  return {
    view,
    format,
    filter: articles,
    orderBy,
    content: choose('content', ['text', 'snippet'] as const, 'text'),
    limit: integer('limit', 1),
  }
}
