// The errors clients are meant to see: GraphQLErrors with a machine-readable extensions.code.
import { PothosValidationError } from '@pothos/core'
import { GraphQLError } from 'graphql'

/** A bad argument: an unknown id, a malformed cursor, an inverted date range. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })
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
