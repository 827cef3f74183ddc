// Write exported rows as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets), JSON Lines or RIS, piece by
// piece into a sink, so that a large field is written as it is and never joined into a string with the rest.

export type ExportFormat = 'csv' | 'jsonl' | 'ris'

/** Where a record's pieces go, in order (see ResponseWriter.put). */
export type Sink = (text: string) => void

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
export function writeArticleHeader(sink: Sink, format: ExportFormat, content: 'text' | 'snippet'): void {
  if (format === 'csv') {
    sink('\uFEFF')
    writeCsvRecord(sink, [...articleColumns, content])
  }
}

/**
 * One article in `format`. Lists are joined with `；` in CSV and are arrays in JSON Lines.
 *
 * @example writeArticle((s) => out.push(s), 'jsonl', row) // out.join('') === '{"id":"QXJ0aWNsZTox",…}\n'
 */
export function writeArticle(sink: Sink, format: ExportFormat, row: ArticleRow): void {
  switch (format) {
    case 'csv':
      return writeCsvRecord(sink, [
        ...articleColumns.map((column) => {
          const value = row[column]
          return Array.isArray(value) ? value.join('；') : value
        }),
        row.text ?? row.snippet,
      ])
    case 'jsonl':
      return writeJsonObject(
        sink,
        Object.entries(row).filter(([key]) => key !== (row.text === null ? 'text' : 'snippet')),
      )
    case 'ris':
      return writeRis(sink, row)
    default:
      return unreachable(format)
  }
}

/** What a file of occurrences starts with. */
export function writeKwicHeader(sink: Sink, format: ExportFormat): void {
  if (format === 'csv') {
    sink('\uFEFF')
    writeCsvRecord(sink, [...kwicColumns])
  }
}

/** One occurrence in CSV or JSON Lines (RIS lists works, not occurrences). */
export function writeKwicLine(sink: Sink, format: Exclude<ExportFormat, 'ris'>, row: KwicRow): void {
  if (format === 'csv')
    writeCsvRecord(
      sink,
      kwicColumns.map((column) => row[column]),
    )
  else writeJsonObject(sink, Object.entries(row))
}

/** A CSV record: fields quoted when they hold a comma, quote or line break, quotes doubled, CRLF at the end. */
export function writeCsvRecord(sink: Sink, values: readonly (string | number | null)[]): void {
  values.forEach((value, i) => {
    if (i > 0) sink(',')
    if (value === null) return
    const text = String(value)
    if (!/[",\r\n]/.test(text)) return sink(text)
    sink('"')
    sink(text.includes('"') ? text.replaceAll('"', '""') : text)
    sink('"')
  })
  sink('\r\n')
}

/** A JSON object on one line, written field by field. */
function writeJsonObject(sink: Sink, entries: [string, unknown][]): void {
  entries.forEach(([key, value], i) => {
    sink(i === 0 ? '{' : ',')
    sink(JSON.stringify(key))
    sink(':')
    sink(JSON.stringify(value))
  })
  sink(entries.length === 0 ? '{}\n' : '}\n')
}

/**
 * A newspaper article (TY NEWS) in RIS, as reference managers read it: title, authors, date, newspaper (T2),
 * page, URL, the snippet as abstract and the text as a note. RIS has no line breaks inside a field, so line
 * breaks become spaces.
 */
function writeRis(sink: Sink, row: ArticleRow): void {
  const tag = (name: string, value: string | number | null) => {
    if (value === null || value === '') return
    sink(`${name}  - `)
    const text = String(value)
    sink(/[\r\n]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text)
    sink('\r\n')
  }
  tag('TY', 'NEWS')
  tag('ID', row.id)
  tag('TI', row.title)
  for (const name of row.authors) tag('AU', name)
  tag('PY', row.date.slice(0, 4))
  tag('DA', row.date.replace(/-/g, '/'))
  tag('T2', row.publication)
  tag('SP', row.page > 0 ? row.page : null)
  tag('LA', 'zh')
  tag('UR', row.url)
  tag('AB', row.snippet)
  tag('N1', row.text)
  sink('ER  - \r\n\r\n')
}

function unreachable(value: never): never {
  throw new Error(`Unknown export format: ${String(value)}`)
}
