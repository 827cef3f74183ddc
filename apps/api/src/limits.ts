// Request limits that GraphQL validation does not give for free: aliases, depth, breadth and cost.
import type { ApolloServerPlugin } from '@apollo/server'
import { type Context, limits, queryLimitErrors } from '@broadsheet/schema'
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
 * Measures depth, breadth and cost once the operation is known (after validation, so fragment cycles are
 * already rejected) and refuses it before execution with a 400 and code QUERY_TOO_COMPLEX.
 */
export function queryLimitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, contextValue, request, operationName }) {
          const [error] = queryLimitErrors({
            schema,
            document,
            context: contextValue,
            variables: request.variables,
            operationName,
          })
          if (error) {
            // The rule also coerces arguments, so a malformed id or cursor in a variable surfaces here too.
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
