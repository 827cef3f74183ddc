// The Pothos schema builder and its plugins: Prisma (generated types), Relay and complexity limits.
import SchemaBuilder from '@pothos/core'
import ComplexityPlugin from '@pothos/plugin-complexity'
import PrismaPlugin from '@pothos/plugin-prisma'
import RelayPlugin from '@pothos/plugin-relay'
import { GraphQLError, getNullableType, isListType } from 'graphql'
import type PrismaTypes from '@broadsheet/db/pothos-types'
import { getDatamodel } from '@broadsheet/db/pothos-types'
import type { Context } from './context.ts'
import { decodeGlobalID, encodeGlobalID } from './global-ids.ts'
import { defaultPageSize, limits, maxPageSize } from './limits.ts'

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes
  Context: Context
  Scalars: {
    ID: { Input: string; Output: string | number }
    Date: { Input: Date; Output: Date }
  }
  DefaultFieldNullability: false
  DefaultEdgesNullability: false
  DefaultNodeNullability: false
}>({
  plugins: [ComplexityPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    encodeGlobalID,
    decodeGlobalID,
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: maxPageSize,
    defaultConnectionSize: defaultPageSize,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  complexity: {
    limit: { complexity: limits.complexity, depth: limits.depth, breadth: limits.breadth },
    // A connection costs what it may return: `first` (default 20) times its selection. Other lists count 5.
    fieldComplexity: (args, _ctx, field) => {
      if (field.args.some((arg) => arg.name === 'first')) {
        const first = typeof args.first === 'number' ? args.first : defaultPageSize
        return { field: 1, multiplier: Math.max(1, first) }
      }
      // A connection's edges list is already paid for by its `first`.
      if (field.name === 'edges') return { field: 1, multiplier: 1 }
      return isListType(getNullableType(field.type)) ? { field: 1, multiplier: 5 } : 1
    },
    complexityError: (kind, result) =>
      new GraphQLError(
        `Query exceeds the ${kind.toLowerCase()} limit (${result[kindKey[kind]]}, max ${result[maxKey[kind]]}).`,
        { extensions: { code: 'QUERY_TOO_COMPLEX' } },
      ),
  },
})

const kindKey = { Complexity: 'complexity', Depth: 'depth', Breadth: 'breadth' } as const
const maxKey = { Complexity: 'maxComplexity', Depth: 'maxDepth', Breadth: 'maxBreadth' } as const
