// Links that download a result list from the API's GET /export (through this app's /export route).

export type ExportFormat = 'csv' | 'jsonl' | 'ris'

export const exportFormats: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSON Lines' },
  { format: 'ris', label: 'RIS' },
]

/** The ArticleFilter fields and options an export takes, by the names GET /export reads. */
export interface ExportParams {
  q?: string | null
  date?: string | null
  dateFrom?: string | null
  dateTo?: string | null
  kind?: string | null
  entityIds?: string[] | null
  sort?: string | null
  content?: 'text' | 'snippet' | null
  view?: 'articles' | 'kwic'
}

/**
 * `/export?…` for `params` in `format`.
 *
 * @example exportHref({ q: '疫情', kind: 'ARTICLE' }, 'ris') // '/export?q=疫情&kind=ARTICLE&format=ris' (encoded)
 */
export function exportHref(params: ExportParams, format: ExportFormat): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const item of value) search.append(key, item)
    else if (value) search.set(key, value)
  }
  search.set('format', format)
  return `/export?${search.toString()}`
}
