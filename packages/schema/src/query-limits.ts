// Measure an operation against the schema's cost model before it runs: depth, breadth and complexity.
import { createComplexityRule } from '@pothos/plugin-complexity'
import { type DocumentNode, type GraphQLError, type GraphQLSchema, validate } from 'graphql'
import { limits } from './limits.ts'

/**
 * The limit errors for one request (empty when it is within every limit). Run it after standard validation,
 * so fragment cycles are already rejected.
 *
 * @example const [error] = queryLimitErrors({ schema, document, context, variables, operationName })
 */
export function queryLimitErrors(options: {
  schema: GraphQLSchema
  document: DocumentNode
  context: object
  variables?: Record<string, unknown>
  operationName?: string | null
}): readonly GraphQLError[] {
  const rule = createComplexityRule({
    context: options.context,
    variableValues: options.variables ?? {},
    operationName: options.operationName ?? undefined,
    maxComplexity: limits.complexity,
    maxDepth: limits.depth,
    maxBreadth: limits.breadth,
  })
  return validate(options.schema, options.document, [rule])
}
