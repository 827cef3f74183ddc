// Read datelines: `（新华社北京3月12日电）` standing alone, or `新华社北京4月30日电 （记者邹伟、王思北）` opening a paragraph,
// with the reporters it names.
import { AGENCIES } from '../lexicon/agencies.ts'
import type { Dateline } from '../types.ts'
import { readNames } from './read-names.ts'
import { readNumeral } from './read-numeral.ts'

const AG = AGENCIES.join('|')
// Digits as printed: ASCII, full width (`１月６日`, the 1998 corpus) or Chinese numerals (`一月七日`).
const NUM = '[0-9０-９〇○零一二三四五六七八九十]'
// `电` cables a story, `讯` reports it (`本报讯`, `本报北京１月１８日讯`).
const CORE = String.raw`(据)?(${AG})([\p{Script=Han}·、]{0,16}?)(?:(${NUM}{4})年)?(?:(${NUM}{1,3})月)?(?:(${NUM}{1,3})日)?(电|讯)`
const STANDALONE = new RegExp(String.raw`^[（(]?${CORE}[）)]?$`, 'u')
const LEADING = new RegExp(String.raw`^${CORE}`, 'u')
const TRAILING = new RegExp(String.raw`[（(]${CORE}[）)]$`, 'u')
// The reporters after a dateline: a bracket (`（记者邹伟、王思北）`, `（张京、陈辉）`), or the 1998 corpus's clause
// (`记者何伟报道：`, `新华社记者梅永存、本报记者潘帝都报道：`).
const BRACKET = /^(\s*)[（(]([^（）()]{1,60})[）)]/u
const REPORTER_WORDS = /记者|通讯员|实习生|特派|电视|报道/u
const CLAUSE = new RegExp(
  String.raw`^((?:据?(?:${AG}))?(?:驻\p{Script=Han}{1,8}?)?(?:记者|通讯员)[^，。：:（）()“”]{1,40}?报道)[：:]`,
  'u',
)
// Words that start with `电` and so make `本报电视台` no dateline when no day stands before it.
const ELECTRIC_WORDS = new Set([...'视话影力脑子网台器报讯梯池缆站商动信气厂'])

/** A dateline found in text, before its date is resolved against the page date. */
export interface DatelineMatch {
  text: string
  agency: string
  place: string | null
  year: number | null
  month: number | null
  day: number | null
  /** What the dateline's bracket or clause says of its reporters (`记者邹伟、王思北`), or null. */
  reporters: string | null
}

function toMatch(text: string, m: RegExpExecArray, reporters: string | null = null): DatelineMatch {
  return {
    text,
    agency: m[2] ?? '',
    place: m[3] === undefined || m[3] === '' ? null : m[3],
    year: m[4] === undefined ? null : readNumber(m[4]),
    month: m[5] === undefined ? null : readNumber(m[5]),
    day: m[6] === undefined ? null : readNumber(m[6]),
    reporters,
  }
}

/**
 * A number as datelines print it: `12`, `１２`, `十二`, `三十一`, or a year digit by digit (`一九九八`).
 *
 * @example readNumber('三十一') // 31
 */
export function readNumber(text: string): number {
  return readNumeral(text) ?? 0
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
  const head = paragraph.slice(0, 48)
  if (!head.includes('电') && !head.includes('讯')) return null
  const m = LEADING.exec(paragraph)
  if (m === null) return null
  const rest = paragraph.slice(m[0].length)
  const bracket = BRACKET.exec(rest)
  if (bracket !== null && (REPORTER_WORDS.test(bracket[2] as string) || isNameList(bracket[2] as string))) {
    return toMatch(m[0] + bracket[0], m, (bracket[2] as string).trim())
  }
  const clause = CLAUSE.exec(rest)
  if (clause !== null) return toMatch(m[0] + clause[0], m, clause[1] as string)
  // > | 本报电视台记者…   without a day, `电` and the word it starts are no dateline
  const next = rest.charAt(0)
  if (m[6] === undefined && m[7] === '电' && ELECTRIC_WORDS.has(next)) return null
  if (m[6] === undefined && m[7] === '讯' && next === '息') return null
  return toMatch(m[0], m)
}

// `（张京、陈辉）` after a dateline names its reporters; `（国际观察）` does not.
function isNameList(text: string): boolean {
  return readNames(text, { anchored: false }) !== null
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
