// The limits every request runs under, shared by the schema and the server that enforces them.
import { badUserInput } from './errors.ts'

/** Largest `first` a connection serves. */
export const maxPageSize = 100
/** Page size when `first` is omitted. */
export const defaultPageSize = 20

export const limits = {
  /** Deepest selection set allowed. */
  depth: 12,
  /** Cost budget: a connection multiplies its selection by `first`, any other list by 5. */
  complexity: 100_000,
  /** Total number of fields selected. */
  breadth: 1_000,
  /** Aliased fields per document. */
  aliases: 30,
  /** Tokens the parser reads before giving up. */
  tokens: 5_000,
} as const

/** A `first` argument checked against the page-size limits. */
export function pageSize(first: number | null | undefined, fallback = defaultPageSize): number {
  if (first == null) return fallback
  if (first < 0 || first > maxPageSize)
    throw badUserInput(`first must be between 0 and ${maxPageSize}, got ${first}`)
  return first
}
