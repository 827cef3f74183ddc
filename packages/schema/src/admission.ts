// Admit or refuse a request before it runs: every argument checked, and what it would make the database do priced.
import { InputError, pageWindow } from '@broadsheet/db'
import {
  type DocumentNode,
  type FieldNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import { argumentCaps, defaultPageSize, limits } from './limits.ts'

type Args = Record<string, unknown>

/** What one field makes the database do, and how many rows its children are resolved for. */
interface FieldCost {
  /** Units of database work (about a millisecond each on the full corpus) for one parent row. */
  cost?: (args: Args, parentArgs: Args) => number
  /** Rows this field returns, which multiply its selection's cost. */
  rows?: (args: Args) => number
}

const pageRows = (fallback: number) => (args: Args) =>
  (args.first as number | undefined) ?? (args.last as number | undefined) ?? fallback

/** What an ArticleFilter adds to a statement: each required entity is one more index lookup to intersect. */
function filterCost(filter: unknown): number {
  const f = (filter ?? {}) as {
    entityIds?: unknown[]
    agency?: unknown
    publication?: unknown
    page?: unknown
  }
  return (
    costs.filterEntity * (f.entityIds?.length ?? 0) +
    (f.agency ? costs.filterAgency : 0) +
    (f.publication != null || f.page != null ? costs.filterPage : 0)
  )
}

/**
 * The price list, in units of database work (about one millisecond each on the full corpus, measured with EXPLAIN
 * ANALYZE). Reads by id and relations that Prisma batches cost nothing here: the complexity limit bounds them.
 */
export const costs = {
  /** One search statement: the match set, its ranking, snippets and facets. */
  search: 100,
  /** Related articles, per article asking. */
  related: 10,
  /** Co-occurring entities, per entity asking. */
  coOccurring: 30,
  /** The most-mentioned entities of a date range: an aggregate over the article-entity table. */
  topEntities: 100,
  /** A timeline, per entity. */
  timeline: 5,
  /** A page of an entity's articles or their count, per entity. */
  entityArticles: 3,
  /** A page of a list, or a count of an unfiltered list. */
  page: 2,
  /** Counting a list: it reads every row the filter keeps. */
  count: 10,
  /** A name query over the entity list: a scan of every entity's name. */
  entityQuery: 30,
  /** Each entity an ArticleFilter requires. */
  filterEntity: 10,
  filterAgency: 20,
  filterPage: 10,
  /** Storing a page. */
  ingest: 100,
  /** Budget of one request. */
  budget: 1_000,
} as const

const fieldCosts: Record<string, FieldCost> = {
  'Query.search': { cost: (a) => costs.search + filterCost(a.filter), rows: pageRows(defaultPageSize) },
  'Query.articles': { cost: (a) => costs.page + filterCost(a.filter), rows: pageRows(defaultPageSize) },
  'ArticleConnection.totalCount': { cost: (_, p) => costs.count + filterCost(p.filter) },
  'Article.related': { cost: () => costs.related, rows: pageRows(5) },
  'Entity.coOccurring': { cost: () => costs.coOccurring, rows: pageRows(10) },
  'Entity.timeline': { cost: () => costs.timeline },
  'Entity.articles': { cost: () => costs.entityArticles, rows: pageRows(defaultPageSize) },
  'EntityArticleConnection.totalCount': { cost: () => costs.entityArticles },
  'Query.topEntities': { cost: () => costs.topEntities, rows: pageRows(10) },
  'Query.entities': {
    cost: (a) => costs.page + (a.query ? costs.entityQuery : 0),
    rows: pageRows(defaultPageSize),
  },
  'EntityConnection.totalCount': { cost: (_, p) => costs.count + (p.query ? costs.entityQuery : 0) },
  'Query.issues': { cost: () => costs.page, rows: pageRows(defaultPageSize) },
  'IssueConnection.totalCount': { cost: () => costs.page },
  'Query.corpus': { cost: () => costs.count },
  'Query.nodes': { rows: (a) => (a.ids as unknown[]).length },
  'Mutation.ingestPage': { cost: () => costs.ingest },
}

/** Rows assumed for a list whose length no argument gives (sections, paragraphs, mentions…). */
const unknownListRows = 10

/** Caps on list arguments by `Type.field.argument` or `InputType.field`; any other list is capped at 100. */
const listCaps: Record<string, number> = {
  'ArticleFilter.entityIds': argumentCaps.filterEntityIds,
  'Query.nodes.ids': argumentCaps.nodeIds,
}
const defaultListCap = 100

/** The answer for one request: the errors that refuse it (none to run it), and its price. */
export interface Admission {
  errors: GraphQLError[]
  cost: number
}

/**
 * Check every argument of the operation and price what it would make the database do, before anything runs.
 * Refuses subscriptions (the API serves none), paging arguments out of range or mixed (`first` with `last`),
 * lists over their caps and anything over {@link costs}.budget. Run it after GraphQL validation.
 *
 * @example const { errors } = admitOperation({ schema, document, variables, operationName })
 */
export function admitOperation(options: {
  schema: GraphQLSchema
  document: DocumentNode
  variables?: Record<string, unknown>
  operationName?: string | null
}): Admission {
  const { schema, document } = options
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (options.operationName == null || d.name?.value === options.operationName),
  )
  if (!operation) return { errors: [], cost: 0 }
  if (operation.operation === 'subscription') {
    return {
      errors: [
        new GraphQLError('Subscriptions are not served: send queries and mutations over HTTP.', {
          nodes: operation,
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        }),
      ],
      cost: 0,
    }
  }
  const root = schema.getRootType(operation.operation)
  if (!root) return { errors: [], cost: 0 }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables ?? {})
  if (coerced.errors) {
    return { errors: coerced.errors.map((e) => badInput(e.message, e.nodes)), cost: 0 }
  }
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  )
  const errors: GraphQLError[] = []

  const selectionCost = (
    set: SelectionSetNode,
    type: GraphQLObjectType,
    parentArgs: Args,
    depth: number,
    times: (field: string) => number = () => 1,
  ): number => {
    if (depth > limits.depth + 2) return 0
    let total = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += times(selection.name.value) * fieldCost(selection, type, parentArgs, depth)
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value)
        if (!fragment) continue
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type
        // A fragment on an interface or union is priced on this object type; one on another object type never
        // applies here.
        if (condition && (condition === type || isAbstractType(condition)))
          total += selectionCost(fragment.selectionSet, type, parentArgs, depth, times)
      }
    }
    return total
  }

  const fieldCost = (node: FieldNode, type: GraphQLObjectType, parentArgs: Args, depth: number): number => {
    const field = type.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined
    if (!field) return 0
    let args: Args
    try {
      args = getArgumentValues(field, node, coerced.coerced)
    } catch (error) {
      errors.push(badInput((error as Error).message, [node]))
      return 0
    }
    const key = `${type.name}.${field.name}`
    checkArguments(key, field, args, node, errors)
    const price = fieldCosts[key]
    const own = price?.cost?.(args, parentArgs) ?? 0
    if (!node.selectionSet) return own
    const listed = isListType(getNullableType(field.type))
    // A connection's edges are its rows, already counted by the connection field.
    const rows = price?.rows?.(args) ?? (listed && field.name !== 'edges' ? unknownListRows : 1)
    const named = getNamedType(field.type)
    const childArgs = field.name === 'edges' || field.name === 'node' ? parentArgs : args
    const objects = isObjectType(named)
      ? [named]
      : isAbstractType(named)
        ? schema.getPossibleTypes(named)
        : []
    // A connection's rows multiply its edges alone: its totalCount and pageInfo are asked once.
    const connection = isObjectType(named) && 'edges' in named.getFields()
    const times = Math.max(1, rows)
    // Under an interface, each possible type is priced and the dearest counts.
    const child = Math.max(
      0,
      ...objects.map((t) =>
        connection
          ? selectionCost(node.selectionSet!, t, childArgs, depth + 1, (name) =>
              name === 'edges' ? times : 1,
            )
          : times * selectionCost(node.selectionSet!, t, childArgs, depth + 1),
      ),
    )
    return own + child
  }

  const cost = selectionCost(operation.selectionSet, root, {}, 0)
  if (errors.length === 0 && cost > costs.budget) {
    errors.push(
      new GraphQLError(
        `This request would cost about ${Math.round(cost)} units of database work; the budget is ${costs.budget}. ` +
          `Each search costs ${costs.search}, related articles ${costs.related} and co-occurring entities ` +
          `${costs.coOccurring} per row asking, each filter entity ${costs.filterEntity}: ask for fewer rows or ` +
          'split the request.',
        { nodes: operation, extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, cost } },
      ),
    )
  }
  return { errors, cost }
}

// Paging arguments checked as every list checks them, and list arguments against their caps.
function checkArguments(
  key: string,
  field: GraphQLField<unknown, unknown>,
  args: Args,
  node: FieldNode,
  errors: GraphQLError[],
) {
  if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) {
    try {
      pageWindow(args)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      errors.push(badInput(error.message, [node]))
    }
  }
  for (const arg of field.args) {
    checkLists(`${key}.${arg.name}`, arg.name, getNamedType(arg.type).name, args[arg.name], node, errors)
  }
}

function checkLists(
  key: string,
  path: string,
  inputType: string,
  value: unknown,
  node: FieldNode,
  errors: GraphQLError[],
): void {
  if (Array.isArray(value)) {
    const cap = listCaps[key] ?? defaultListCap
    if (value.length > cap)
      errors.push(badInput(`${path}: at most ${cap} values, got ${value.length}`, [node]))
    return
  }
  if (value && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) {
      checkLists(`${inputType}.${name}`, `${path}.${name}`, inputType, inner, node, errors)
    }
  }
}

function badInput(
  message: string,
  nodes: readonly FieldNode[] | readonly unknown[] | undefined,
): GraphQLError {
  return new GraphQLError(message, {
    nodes: nodes as FieldNode[] | undefined,
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  })
}
