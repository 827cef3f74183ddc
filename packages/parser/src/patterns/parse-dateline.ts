// Read datelines: `（新华社北京3月12日电）` standing alone, or `新华社北京4月30日电 （记者邹伟、王思北）` opening a paragraph.
import { AGENCIES } from '../lexicon/agencies.ts'
import type { Dateline } from '../types.ts'

const AG = AGENCIES.join('|')
const CORE = String.raw`(据)?(${AG})([\p{Script=Han}·]{0,12}?)(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?电`
const REPORTERS = String.raw`(?:[\s]*[（(][^（）()]{0,40}?(?:记者|通讯员|实习生|特派|电视|报道)[^（）()]{0,40}[）)])?`
const STANDALONE = new RegExp(String.raw`^[（(]?${CORE}[）)]?$`, 'u')
const LEADING = new RegExp(String.raw`^${CORE}${REPORTERS}(?=\s|[（(]|$|\p{Script=Han}|“)`, 'u')
const TRAILING = new RegExp(String.raw`[（(]${CORE}[）)]$`, 'u')

/** A dateline found in text, before its date is resolved against the page date. */
export interface DatelineMatch {
  text: string
  agency: string
  place: string | null
  year: number | null
  month: number | null
  day: number | null
}

function toMatch(text: string, m: RegExpExecArray): DatelineMatch {
  const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s))
  return {
    text,
    agency: m[2] ?? '',
    place: m[3] === undefined || m[3] === '' ? null : m[3],
    year: num(m[4]),
    month: num(m[5]),
    day: num(m[6]),
  }
}

/**
 * A line that is only a dateline, as printed after a story.
 *
 * @example matchStandaloneDateline('（新华社北京3月12日电）')?.place // '北京'
 */
export function matchStandaloneDateline(line: string): DatelineMatch | null {
  const text = line.trim()
  if (text.length > 40 || !text.includes('电')) return null
  const m = STANDALONE.exec(text)
  if (m === null) return null
  const open = /^[（(]/u.test(text)
  const close = /[）)]$/u.test(text)
  return open === close ? toMatch(text, m) : null
}

/**
 * A dateline opening a paragraph, with the reporters' bracket after it if there is one. Its `text` is the
 * paragraph's prefix, so the dateline describes text that stays in the paragraph.
 *
 * @example matchLeadingDateline('本报北京4月30日电（记者易舒冉）近日…')?.text // '本报北京4月30日电（记者易舒冉）'
 */
export function matchLeadingDateline(paragraph: string): DatelineMatch | null {
  if (!paragraph.slice(0, 40).includes('电')) return null
  const m = LEADING.exec(paragraph)
  if (m === null) return null
  // > | 本报电视台记者…   a dateline without a date must be set off by a space or bracket, or it is just a word
  const next = paragraph[m[0].length]
  //   > | 据新华社电（记者王靖）白木仁…   a reporters' bracket sets it off as well
  const bracketed = /[）)]$/u.test(m[0].trimEnd())
  if (m[6] === undefined && !bracketed && next !== undefined && /\p{Script=Han}/u.test(next)) return null
  return toMatch(m[0].trimEnd(), m)
}

/**
 * A dateline closing a paragraph: `…出口欧美市场。（新华社北京3月12日电）`.
 *
 * @example matchTrailingDateline('…市场。（新华社电）')?.agency // '新华社'
 */
export function matchTrailingDateline(paragraph: string): DatelineMatch | null {
  if (!paragraph.endsWith('电）') && !paragraph.endsWith('电)')) return null
  const m = TRAILING.exec(paragraph.slice(-48))
  return m === null ? null : toMatch(m[0], m)
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  return date.toISOString().slice(0, 10)
}

/**
 * The dateline with its date resolved: year and month come from the page date when the dateline leaves them
 * out, stepping back a month or year when the day would fall after the page (`12月31日电` on a January page).
 *
 * @example resolveDateline(matchStandaloneDateline('（新华社北京3月12日电）')!, '2020-03-13').date // '2020-03-12'
 */
export function resolveDateline(match: DatelineMatch, pageDate: string | null): Dateline {
  return { text: match.text, agency: match.agency, place: match.place, date: resolveDate(match, pageDate) }
}

function resolveDate(match: DatelineMatch, pageDate: string | null): string | null {
  const { year, month, day } = match
  if (day === null) return null
  if (year !== null && month !== null) return iso(year, month, day)
  const page = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(pageDate ?? '')
  if (page === null) return null
  const [pageYear, pageMonth, pageDay] = [Number(page[1]), Number(page[2]), Number(page[3])]
  if (month !== null) return iso(month > pageMonth ? pageYear - 1 : pageYear, month, day)
  if (day <= pageDay) return iso(pageYear, pageMonth, day)
  return pageMonth === 1 ? iso(pageYear - 1, 12, day) : iso(pageYear, pageMonth - 1, day)
}
