// Check the paging part of a query that Pothos's Prisma plugin planned (take, skip, cursor) before Prisma sees it.
import { InputError } from '../input-error.ts'

/**
 * `query` as given, once its cursor holds only whole-number ids. Pothos decodes a client's cursor into the query
 * without checking its values (`GPC:N:abc` gives `{ id: NaN }`), and Prisma would answer that with its own error.
 *
 * @example checkedQuery({ take: 11, skip: 1, cursor: { id: 42 } }) // the same object
 */
export function checkedQuery<Q extends object>(query: Q): Q {
  const cursor = (query as { cursor?: Record<string, unknown> }).cursor
  if (cursor) {
    for (const value of Object.values(cursor)) {
      if (!(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2_147_483_647)) {
        const backward = ((query as { take?: number }).take ?? 0) < 0
        throw new InputError(backward ? 'before' : 'after', 'is not a cursor of this list')
      }
    }
  }
  return query
}
