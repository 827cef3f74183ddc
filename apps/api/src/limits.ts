// Admission before execution: aliases, depth, breadth and size (Pothos's complexity rule), then every argument and
// the request's price in database work (@broadsheet/schema's admitOperation). A refused request runs no SQL.
import type { ApolloServerPlugin } from '@apollo/server'
import { admitOperation, type Context, limits, queryLimitErrors } from '@broadsheet/schema'
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql'

/**
 * Rejects documents with more than `limits.aliases` aliased fields. Counts each aliased field once, without
 * following fragment spreads, so it is safe in the same pass as the fragment-cycle check.
 */
export function aliasLimitRule(context: ValidationContext): ASTVisitor {
  let aliases = 0
  return {
    Field(node) {
      if (node.alias && ++aliases === limits.aliases + 1) {
        context.reportError(
          new GraphQLError(`Too many aliases: the limit is ${limits.aliases} per document.`, {
            nodes: node,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        )
      }
    },
  }
}

/** The codes Pothos's complexity rule gives the limits it measures. */
const limitCodes = new Set(['QUERY_COMPLEXITY', 'QUERY_DEPTH', 'QUERY_BREADTH'])

/**
 * Once the operation is known (after validation, so fragment cycles are already rejected), measures its depth,
 * breadth and size, checks its arguments and prices its database work, and refuses it before execution with a 400:
 * QUERY_TOO_COMPLEX over a limit, BAD_USER_INPUT for an argument, BAD_REQUEST for a subscription.
 */
export function queryLimitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, contextValue, request, operationName }) {
          const options = { schema, document, variables: request.variables, operationName }
          const admission = admitOperation(options)
          const [refused] = admission.errors
          if (refused) throw refused
          const [error] = queryLimitErrors({ ...options, context: contextValue })
          if (error) {
            const tooComplex = limitCodes.has(String(error.extensions.code))
            throw new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: {
                code: tooComplex ? 'QUERY_TOO_COMPLEX' : 'BAD_USER_INPUT',
                http: { status: 400 },
              },
            })
          }
        },
      }
    },
  }
}
