// Check a parsed page against the parser's contract before storing it, listing every problem with its place.
import type { EntitySpan, Item, ParsedPage } from '@broadsheet/parser'
import { describeKey } from './describe-entity.ts'
import type { IngestSource } from './ingest-source.ts'

const KINDS = new Set(['article', 'commentary', 'photo', 'brief', 'advertisement', 'notice', 'listing'])
const FORMATS = new Set(['page', 'eedition'])
const ENTITY_TYPES = new Set(['PERSON', 'LOCATION', 'ORGANIZATION'])
// PostgreSQL text cannot hold NUL; the other C0 controls (bar tab) have no place in newspaper text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/

/** Count the lines of a source text (CRLF or LF). */
export function countLines(text: string): number {
  return text.split(/\r?\n/).length
}

/**
 * Every way `parsed` breaks the output contract or cannot be stored, as `path: problem` strings; empty when it
 * can be stored. Line ranges must lie inside `source.text`, and every entity span must match its field's text.
 *
 * @example validateParsedPage({ …, date: '2020-13-01' }, source) // ['date: "2020-13-01" is not a calendar date (YYYY-MM-DD)']
 */
export function validateParsedPage(parsed: ParsedPage, source: IngestSource): string[] {
  const problems: string[] = []
  const problem = (path: string, message: string) => problems.push(`${path}: ${message}`)
  if (typeof source.file !== 'string' || source.file.trim() === '') problem('source.file', 'is empty')
  if (typeof source.text !== 'string') {
    problem('source.text', 'is not a string')
    return problems
  }
  const lineCount = countLines(source.text)
  if (parsed === null || typeof parsed !== 'object') {
    problem('page', 'is not an object')
    return problems
  }
  if (!isIsoDate(parsed.date))
    problem('date', `${JSON.stringify(parsed.date)} is not a calendar date (YYYY-MM-DD)`)
  if (parsed.page !== null && !(Number.isInteger(parsed.page) && parsed.page >= 0 && parsed.page <= 9999)) {
    problem('page', `${JSON.stringify(parsed.page)} is not a page number (an integer from 0) or null`)
  }
  if (parsed.publication !== null) checkText('publication', parsed.publication, problem, { empty: false })
  if (!source.format && !FORMATS.has(parsed.format))
    problem('format', `${JSON.stringify(parsed.format)} is not page or eedition`)
  if (!Array.isArray(parsed.items)) {
    problem('items', 'is not an array')
    return problems
  }
  parsed.items.forEach((item, i) => checkItem(item, `items[${i}]`, lineCount, problem))
  return problems
}

type Report = (path: string, message: string) => void

function checkItem(item: Item, path: string, lineCount: number, problem: Report): void {
  if (item === null || typeof item !== 'object') return problem(path, 'is not an object')
  if (!KINDS.has(item.kind))
    problem(`${path}.kind`, `${JSON.stringify(item.kind)} is not one of ${[...KINDS].join(', ')}`)
  for (const field of ['kicker', 'title', 'subtitle', 'credit'] as const) {
    if (item[field] !== null) checkText(`${path}.${field}`, item[field], problem)
  }
  checkLines(`${path}.lines`, item.lines, lineCount, problem)
  for (const field of ['continuesOnPage', 'continuedFromPage'] as const) {
    const page = item[field]
    if (page != null && !(Number.isInteger(page) && page >= 0 && page <= 9999))
      problem(`${path}.${field}`, `${JSON.stringify(page)} is not a page number or null`)
  }
  checkSpans(`${path}.titleEntities`, item.titleEntities, item.title ?? '', problem)
  if (!Array.isArray(item.bylines)) problem(`${path}.bylines`, 'is not an array')
  else
    item.bylines.forEach((byline, b) => {
      const at = `${path}.bylines[${b}]`
      checkText(`${at}.text`, byline?.text, problem)
      if (!Array.isArray(byline?.names)) problem(`${at}.names`, 'is not an array')
      else byline.names.forEach((name, n) => checkText(`${at}.names[${n}]`, name, problem, { empty: false }))
      for (const field of ['agency', 'role'] as const) {
        if (byline?.[field] != null) checkText(`${at}.${field}`, byline[field], problem)
      }
    })
  if (item.dateline !== null) {
    if (typeof item.dateline !== 'object') problem(`${path}.dateline`, 'is not an object or null')
    else {
      checkText(`${path}.dateline.text`, item.dateline.text, problem)
      if (item.dateline.date !== null && !isIsoDate(item.dateline.date)) {
        problem(
          `${path}.dateline.date`,
          `${JSON.stringify(item.dateline.date)} is not a calendar date (YYYY-MM-DD)`,
        )
      }
    }
  }
  if (!Array.isArray(item.sections)) return problem(`${path}.sections`, 'is not an array')
  item.sections.forEach((section, s) => {
    const at = `${path}.sections[${s}]`
    if (section?.heading != null) checkText(`${at}.heading`, section.heading, problem)
    if (!Array.isArray(section?.paragraphs)) return problem(`${at}.paragraphs`, 'is not an array')
    section.paragraphs.forEach((paragraph, p) => {
      const where = `${at}.paragraphs[${p}]`
      checkText(`${where}.text`, paragraph?.text, problem)
      checkLines(`${where}.lines`, paragraph?.lines, lineCount, problem)
      checkSpans(`${where}.entities`, paragraph?.entities, paragraph?.text ?? '', problem)
    })
  })
}

function checkText(path: string, value: unknown, problem: Report, options: { empty?: boolean } = {}): void {
  if (typeof value !== 'string') return problem(path, `${JSON.stringify(value)} is not a string`)
  if (options.empty === false && value.trim() === '') problem(path, 'is empty')
  const control = CONTROL.exec(value)
  if (control)
    problem(
      path,
      `contains the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
}

function checkLines(path: string, lines: unknown, lineCount: number, problem: Report): void {
  if (!Array.isArray(lines) || lines.length !== 2 || !lines.every(Number.isInteger)) {
    return problem(path, `${JSON.stringify(lines)} is not a line range [first, last]`)
  }
  const [first, last] = lines as [number, number]
  if (first < 1 || last < first || last > lineCount) {
    problem(path, `[${first}, ${last}] is not inside the source's lines 1–${lineCount}`)
  }
}

function checkSpans(path: string, spans: EntitySpan[] | undefined, field: string, problem: Report): void {
  if (!Array.isArray(spans)) return problem(path, 'is not an array')
  spans.forEach((span, i) => {
    const at = `${path}[${i}]`
    if (span === null || typeof span !== 'object') return problem(at, 'is not an object')
    if (!ENTITY_TYPES.has(span.type))
      problem(`${at}.type`, `${JSON.stringify(span.type)} is not PERSON, LOCATION or ORGANIZATION`)
    const { start, end } = span
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end <= start ||
      end > field.length
    ) {
      return problem(at, `[${start}, ${end}) is not a range inside its field of length ${field.length}`)
    }
    if (field.slice(start, end) !== span.text) {
      problem(
        at,
        `text ${JSON.stringify(span.text)} does not match the field's ${JSON.stringify(field.slice(start, end))}`,
      )
    }
    try {
      const key = describeKey(span.canonical)
      if (key.type !== span.type)
        problem(`${at}.canonical`, `"${span.canonical}" is not of type ${span.type}`)
      checkText(`${at}.canonical`, span.canonical, problem)
    } catch (error) {
      problem(`${at}.canonical`, (error as Error).message)
    }
  })
}

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}
