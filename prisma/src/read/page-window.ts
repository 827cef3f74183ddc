// The Relay window of a list (first/after, last/before), checked one way for every list, and opaque cursors.
import { InputError } from '../input-error.ts'
import { isDay } from './days.ts'

/** Largest page any list serves. */
export const MAX_PAGE_SIZE = 100
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20

/** A list's paging arguments, as a client sends them. */
export interface PageArgs {
  first?: number | null
  after?: string | null
  last?: number | null
  before?: string | null
}

/** A checked window: how many rows, from which cursor, and in which direction. */
export interface PageWindow {
  size: number
  /** True for `last`/`before`: the rows just before `cursor`, still returned in list order. */
  backward: boolean
  cursor: string | null
}

/**
 * Check a list's paging arguments. `first` and `last` are whole numbers from 0 to {@link MAX_PAGE_SIZE}; a page
 * goes forward (`first`, `after`) or backward (`last`, `before`), never both ways at once.
 *
 * @example pageWindow({ first: 10, after: 'MjA' }) // { size: 10, backward: false, cursor: 'MjA' }
 * @example pageWindow({ first: 2, last: 2 }) // throws InputError: first and last cannot be given together
 */
export function pageWindow(args: PageArgs, defaultSize = DEFAULT_PAGE_SIZE): PageWindow {
  for (const name of ['first', 'last'] as const) {
    const value = args[name]
    if (value != null && !(Number.isInteger(value) && value >= 0 && value <= MAX_PAGE_SIZE)) {
      throw new InputError(name, `must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${value}`)
    }
  }
  if (args.first != null && args.last != null)
    throw new InputError('first', 'first and last cannot be given together: page forward or backward')
  if (args.after != null && args.before != null)
    throw new InputError('after', 'after and before cannot be given together')
  if (args.first != null && args.before != null)
    throw new InputError('before', 'pages backward with last, not first: use first with after')
  if (args.last != null && args.after != null)
    throw new InputError('after', 'pages forward with first, not last: use last with before')
  const backward = args.last != null || args.before != null
  return {
    size: (backward ? args.last : args.first) ?? defaultSize,
    backward,
    cursor: (backward ? args.before : args.after) ?? null,
  }
}

/** A cursor holding `values` (numbers and `YYYY-MM-DD` days), opaque to clients. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(values.join('|')).toString('base64url')
}

/**
 * The values of a cursor made by {@link encodeCursor}, checked against `shape` (`'int'` or `'day'` per value);
 * anything else is an InputError naming `argument`.
 *
 * @example decodeCursor(encodeCursor(['2020-01-01', 42]), ['day', 'int'], 'after') // ['2020-01-01', 42]
 */
export function decodeCursor(
  cursor: string,
  shape: readonly ('int' | 'day')[],
  argument: string,
): (string | number)[] {
  const fail = () => new InputError(argument, `${JSON.stringify(cursor)} is not a cursor of this list`)
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw fail()
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (parts.length !== shape.length) throw fail()
  return parts.map((part, i) => {
    if (shape[i] === 'int') {
      if (!/^\d{1,10}$/.test(part) || Number(part) > 2_147_483_647) throw fail()
      return Number(part)
    }
    if (!isDay(part)) throw fail()
    return part
  })
}

/**
 * A row id from a client (a global id's inside, a cursor's part): a positive 32-bit integer, or an InputError.
 *
 * @example rowId('42', 'id') // 42
 */
export function rowId(value: string | number, argument: string): number {
  const text = String(value)
  if (!/^\d{1,10}$/.test(text) || Number(text) < 1 || Number(text) > 2_147_483_647)
    throw new InputError(argument, `${JSON.stringify(text)} is not an id of this archive`)
  return Number(text)
}

/** The page a window asks for, from `rows` fetched one past its size in the window's direction. */
export function pageOf<Row>(
  rows: Row[],
  window: PageWindow,
  cursorOf: (row: Row) => string,
): { rows: { row: Row; cursor: string }[]; hasNextPage: boolean; hasPreviousPage: boolean } {
  const more = rows.length > window.size
  const kept = rows.slice(0, window.size)
  if (window.backward) kept.reverse()
  return {
    rows: kept.map((row) => ({ row, cursor: cursorOf(row) })),
    hasNextPage: window.backward ? window.cursor !== null : more,
    hasPreviousPage: window.backward ? more : window.cursor !== null,
  }
}
