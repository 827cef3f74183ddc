// Work out a page's date, page number and publication from the CLI flags, a `.meta.json` beside it, or its name.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { PageMeta } from '../types.ts'
import { UsageError } from './command.ts'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u
// > | 20200210-05-01.txt   an e-edition file: date, page (版次), position on the page
const EEDITION_NAME = /^(\d{4})(\d{2})(\d{2})-(\d{1,3})-\d{1,3}\.txt$/u
// > | 20200210-05.pdf   a page PDF: date and page (anything after a further dash is ignored: `20200210-05-a.pdf`)
const PDF_NAME = /^(\d{4})(\d{2})(\d{2})-(\d{1,3})(?:-[\w-]+)?\.pdf$/iu

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (m === null) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === value
}

/**
 * What an e-edition file's name says: `20200210-05-01.txt` is page 5 of 2020-02-10.
 *
 * @example metaFromFileName('corpus/20200210-05-01.txt') // { date: '2020-02-10', page: 5 }
 */
export function metaFromFileName(path: string): PageMeta {
  const m = EEDITION_NAME.exec(basename(path)) ?? PDF_NAME.exec(basename(path))
  if (m === null) return {}
  const date = `${m[1]}-${m[2]}-${m[3]}`
  return isIsoDate(date) ? { date, page: Number(m[4]) } : {}
}

/** Where a page's meta file may sit: `page.txt.meta.json` or `page.pdf.meta.json`, or `page.meta.json` as in ../shared/pages. */
export function sidecarPaths(path: string): string[] {
  const stem = path.replace(/\.(?:txt|pdf)$/iu, '')
  return stem === path ? [`${path}.meta.json`] : [`${path}.meta.json`, `${stem}.meta.json`]
}

/**
 * The meta file beside a page (`{ date, publication, page }`), or nothing when there is none. A meta file that is
 * not valid JSON, or holds a bad date, is an error: it would silently misdate the page.
 */
export async function metaFromSidecar(path: string): Promise<PageMeta> {
  for (const sidecar of sidecarPaths(path)) {
    let text: string
    try {
      text = await readFile(sidecar, 'utf8')
    } catch {
      continue
    }
    return readMeta(sidecar, text)
  }
  return {}
}

function readMeta(sidecar: string, text: string): PageMeta {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(`${sidecar}: is not valid JSON`)
  }
  if (typeof data !== 'object' || data === null) throw new UsageError(`${sidecar}: is not a JSON object`)
  const record = data as Record<string, unknown>
  const meta: PageMeta = {}
  if (typeof record.date === 'string') {
    if (!isIsoDate(record.date))
      throw new UsageError(`${sidecar}: date “${record.date}” is not a YYYY-MM-DD date`)
    meta.date = record.date
  }
  if (typeof record.page === 'number' && Number.isInteger(record.page)) meta.page = record.page
  if (typeof record.publication === 'string') meta.publication = record.publication
  return meta
}
