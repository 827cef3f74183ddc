// The errors clients are meant to see: GraphQLErrors with a machine-readable extensions.code.
import { QueryError, SearchError } from '@broadsheet/db'
import { PothosValidationError } from '@pothos/core'
import { GraphQLError } from 'graphql'

/** A bad argument: an unknown id, a malformed cursor, an inverted date range. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })
}

/**
 * A search query that cannot run, as BAD_USER_INPUT with `extensions.problem` naming why (`UNCLOSED_QUOTE`,
 * `TOO_LONG`, …; see QueryProblem), so a client can say it in its own words.
 */
export function badQuery(error: QueryError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', problem: error.problem } })
}

/** Run `work`, turning the search layer's QueryError and SearchError into client errors. */
export async function asClientErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof QueryError) throw badQuery(error)
    if (error instanceof SearchError) throw badUserInput(error.message)
    throw error
  }
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } })
}

/** The extensions.code a client should see for `error`, or null when it is a server fault. */
export function clientErrorCode(error: unknown): string | null {
  if (error instanceof PothosValidationError) return 'BAD_USER_INPUT'
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return error.extensions.code
  return null
}

/**
 * Pothos rejects malformed global ids and cursors with a PothosValidationError; those are the client's
 * mistake, so they become BAD_USER_INPUT. Anything else is left for the server's formatError to mask.
 */
export function isClientError(error: unknown): error is PothosValidationError | GraphQLError {
  return error instanceof PothosValidationError || (error instanceof GraphQLError && !!error.extensions.code)
}
