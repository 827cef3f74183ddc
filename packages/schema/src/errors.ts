// The errors clients are meant to see: GraphQLErrors with a machine-readable extensions.code.
import { IngestError, InputError } from '@broadsheet/db'
import { PothosValidationError } from '@pothos/core'
import { GraphQLError } from 'graphql'

/** A bad argument that no db function checks: an empty query, a text too long to ingest. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } })
}

/**
 * The extensions.code a client should see for `error`, or null when it is a server fault. Classified by class and
 * code, never by message: the db layer's InputError and IngestError (an argument it cannot use), Pothos's
 * PothosValidationError (a malformed global id or cursor), and GraphQLErrors that carry a code.
 */
export function clientErrorCode(error: unknown): string | null {
  if (error instanceof InputError || error instanceof IngestError || error instanceof PothosValidationError)
    return 'BAD_USER_INPUT'
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return error.extensions.code
  return null
}

/** Whether `error` is the client's mistake (see {@link clientErrorCode}). */
export function isClientError(error: unknown): boolean {
  return clientErrorCode(error) !== null
}
