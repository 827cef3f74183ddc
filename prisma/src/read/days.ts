// Calendar days as the archive stores them (`YYYY-MM-DD`, years 1 to 9999), checked once for every reader.
import { InputError } from '../input-error.ts'

/** Whether `text` is a calendar day `YYYY-MM-DD` from 0001-01-01 to 9999-12-31. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith('0000')) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/**
 * A day argument as `YYYY-MM-DD` (null stays null), or an InputError naming `argument`. PostgreSQL has no year 0,
 * so `0000-01-01` is refused here rather than by the database.
 *
 * @example dayText(new Date('2020-01-31'), 'dateTo') // '2020-01-31'
 */
export function dayText(value: string | Date | null | undefined, argument: string): string | null {
  if (value == null) return null
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? String(value)
        : value.toISOString().slice(0, 10)
      : value
  if (typeof text !== 'string' || !isDay(text))
    throw new InputError(
      argument,
      `${JSON.stringify(text)} is not a date from 0001-01-01 to 9999-12-31 (YYYY-MM-DD)`,
    )
  return text
}

/**
 * The first and last day of an optional range, open ends widened to any day, for SQL that compares with BETWEEN.
 * An inverted range is an InputError.
 *
 * @example dayBounds(null, '2020-01-31') // ['0001-01-01', '2020-01-31']
 */
export function dayBounds(
  from: string | Date | null | undefined,
  to: string | Date | null | undefined,
  names: [string, string] = ['dateFrom', 'dateTo'],
): [string, string] {
  const first = dayText(from, names[0])
  const last = dayText(to, names[1])
  if (first && last && first > last) throw new InputError(names[0], `${first} is after ${names[1]} (${last})`)
  return [first ?? '0001-01-01', last ?? '9999-12-31']
}
