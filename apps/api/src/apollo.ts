// The Apollo Server for the Broadsheet schema, with its limits, error masking and no remote landing page.
import { ApolloServer } from '@apollo/server'
import { unwrapResolverError } from '@apollo/server/errors'
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled'
import { databaseFault } from '@broadsheet/db'
import { type Context, clientErrorCode, limits, schema } from '@broadsheet/schema'
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql'
import { aliasLimitRule, queryLimitsPlugin } from './limits.ts'

export interface ApolloOptions {
  production: boolean
  introspection: boolean
  /** Serve another schema under the same rules (the benchmark's naive peer). */
  schema?: GraphQLSchema
}

/**
 * An ApolloServer ready for `start()` (HTTP) or `executeOperation` (tests).
 *
 * @example const apollo = createApolloServer({ production: false, introspection: true })
 */
export function createApolloServer({
  production,
  introspection,
  schema: served = schema,
}: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: served,
    introspection,
    nodeEnv: production ? 'production' : 'development',
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: !production,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries would keep a cache any client can fill; every request sends its document.
    persistedQueries: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.tokens },
    validationRules: [aliasLimitRule],
    // Apollo's default landing page loads its UI from the internet; GET / serves a local one instead. The schema
    // sets no cache hints, so the cache-control plugin would only add a hook to every field resolved.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(),
    ],
    formatError: (formatted, error) => formatError(formatted, error, production),
  })
}

/** Client mistakes keep their message and code; anything else becomes a bare INTERNAL_SERVER_ERROR in production. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error)
  // Errors Apollo raises itself (parse, validation, bad requests) carry their code on the formatted error.
  const apolloCode = formatted.extensions?.code
  const clientCode =
    clientErrorCode(original) ??
    (typeof apolloCode === 'string' && apolloCode !== 'INTERNAL_SERVER_ERROR' ? apolloCode : null)
  if (clientCode && clientCode !== 'INTERNAL_SERVER_ERROR') {
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: production ? { code: clientCode } : { ...formatted.extensions, code: clientCode },
    }
  }
  const fault = databaseFault(original)
  if (fault) {
    return {
      message:
        fault === 'timeout'
          ? 'The query took too long and was cancelled.'
          : 'The archive database is unavailable; try again shortly.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: fault === 'timeout' ? 'QUERY_TIMEOUT' : 'SERVICE_UNAVAILABLE' },
    }
  }
  console.error(original)
  if (!production) return formatted
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  }
}
