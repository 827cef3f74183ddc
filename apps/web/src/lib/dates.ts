// Dates as the archive stores them (`YYYY-MM-DD`, UTC days) and as readers see them (`2020年3月12日`).

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/
const isoMonth = /^(\d{4})-(\d{2})$/

/** The `YYYY-MM-DD` day of an API date, whether it came as a date or a timestamp. */
export function toDay(value: string): string {
  return value.slice(0, 10)
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  const m = isoDay.exec(value)
  if (!m) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** True for a month written `YYYY-MM`. */
export function isMonth(value: string): boolean {
  const m = isoMonth.exec(value)
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

/** `formatDay('2020-03-12')` → `2020年3月12日`. */
export function formatDay(value: string): string {
  const m = isoDay.exec(toDay(value))
  if (!m) return value
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** `formatMonth('2020-03')` → `2020年3月`; a day is shortened to its month. */
export function formatMonth(value: string): string {
  const m = isoMonth.exec(value.slice(0, 7))
  if (!m) return value
  return `${m[1]}年${Number(m[2])}月`
}

/** The first and last day of the month holding `day`: `monthOf('2020-02-17')` → `['2020-02-01', '2020-02-29']`. */
export function monthOf(day: string): [string, string] {
  const [y, m] = toDay(day).split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const mm = String(m).padStart(2, '0')
  return [`${y}-${mm}-01`, `${y}-${mm}-${String(last).padStart(2, '0')}`]
}

/** The weekday of a day, in Chinese: `weekday('2020-03-12')` → `星期四`. */
export function weekday(day: string): string {
  const d = new Date(`${toDay(day)}T00:00:00Z`)
  return `星期${'日一二三四五六'[d.getUTCDay()] ?? ''}`
}
