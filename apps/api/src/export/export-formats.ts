// Write exported rows as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets), JSON Lines or RIS.

export type ExportFormat = 'csv' | 'jsonl' | 'ris'

/** An article as exported: the same fields in every format. */
export interface ArticleRow {
  /** The article's public id (the Relay id), which its URL carries too. */
  id: string
  date: string
  publication: string
  page: number
  kind: string
  kicker: string | null
  title: string | null
  subtitle: string | null
  /** Bylines as printed, in order. */
  bylines: string[]
  /** The people the bylines name, in order. */
  authors: string[]
  url: string
  /** The whole text (headings and paragraphs, one a line), or null when exporting snippets. */
  text: string | null
  snippet: string | null
}

/** An occurrence as exported from keyword in context. */
export interface KwicRow {
  id: string
  date: string
  title: string | null
  field: string
  paragraph: number | null
  left: string
  match: string
  right: string
  url: string
}

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
}

const articleColumns = [
  'id',
  'date',
  'publication',
  'page',
  'kind',
  'kicker',
  'title',
  'subtitle',
  'bylines',
  'authors',
  'url',
] as const
const kwicColumns = ['id', 'date', 'title', 'field', 'paragraph', 'left', 'match', 'right', 'url'] as const

/** What a file of articles starts with: the byte-order mark and header for CSV, nothing for the others. */
export function articleHeader(format: ExportFormat, content: 'text' | 'snippet'): string {
  return format === 'csv' ? `\uFEFF${csvLine([...articleColumns, content])}` : ''
}

/**
 * One article in `format`. Lists are joined with `；` in CSV and are arrays in JSON Lines.
 *
 * @example articleRecord('jsonl', row) // '{"id":"QXJ0aWNsZTox","date":"2020-03-13",…}\n'
 */
export function articleRecord(format: ExportFormat, row: ArticleRow): string {
  switch (format) {
    case 'csv':
      return csvLine([
        ...articleColumns.map((column) => {
          const value = row[column]
          return Array.isArray(value) ? value.join('；') : value
        }),
        row.text ?? row.snippet,
      ])
    case 'jsonl':
      return `${JSON.stringify(row.text === null ? omit(row, 'text') : omit(row, 'snippet'))}\n`
    case 'ris':
      return risRecord(row)
    default:
      return unreachable(format)
  }
}

/** What a file of occurrences starts with. */
export function kwicHeader(format: ExportFormat): string {
  return format === 'csv' ? `\uFEFF${csvLine([...kwicColumns])}` : ''
}

/** One occurrence in CSV or JSON Lines (RIS lists works, not occurrences). */
export function kwicRecord(format: Exclude<ExportFormat, 'ris'>, row: KwicRow): string {
  return format === 'csv' ? csvLine(kwicColumns.map((column) => row[column])) : `${JSON.stringify(row)}\n`
}

/** A CSV record: fields quoted when they hold a comma, quote or line break, quotes doubled, CRLF at the end. */
export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map((value) => csvField(value)).join(',')}\r\n`
}

function csvField(value: string | number | null): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A newspaper article (TY NEWS) in RIS, as reference managers read it: title, authors, date, newspaper (T2),
 * page, URL, the snippet as abstract and the text as a note. RIS has no line breaks inside a field, so line
 * breaks become spaces.
 */
function risRecord(row: ArticleRow): string {
  const lines: [string, string | number | null][] = [
    ['TY', 'NEWS'],
    ['ID', row.id],
    ['TI', row.title],
    ...row.authors.map((name): [string, string] => ['AU', name]),
    ['PY', row.date.slice(0, 4)],
    ['DA', row.date.replace(/-/g, '/')],
    ['T2', row.publication],
    ['SP', row.page > 0 ? row.page : null],
    ['LA', 'zh'],
    ['UR', row.url],
    ['AB', row.snippet],
    ['N1', row.text],
  ]
  return `${lines
    .filter(([, value]) => value !== null && value !== '')
    .map(([tag, value]) => `${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}\r\n`)
    .join('')}ER  - \r\n\r\n`
}

function omit<T extends object, K extends keyof T>(row: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = row
  return rest
}

function unreachable(value: never): never {
  throw new Error(`Unknown export format: ${String(value)}`)
}
