// Shape a db page of ids into a Relay connection, reading the nodes with the selection the request planned.
import { pageWindow, type RowPage } from '@broadsheet/db'
import { queryFromInfo } from '@pothos/plugin-prisma'
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql'
import type { Context } from './context.ts'

/** The Prisma selection for the nodes of a connection being resolved (`edges.node`), planned from `info`. */
export function nodeQuery(ctx: Context, info: GraphQLResolveInfo, path: string[] = ['edges', 'node']) {
  return queryFromInfo({ context: ctx, info, path, select: { id: true } }) as {
    select?: object
    include?: object
  }
}

/** A Relay connection of a page of rows, each with its cursor. */
export function connectionOf<Node>(page: RowPage<Node>) {
  const edges = page.rows.map(({ cursor, node }) => ({ cursor, node }))
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}

/** The size of a plain list's `first` argument, checked as every list's is (0 to 100). */
export function listSize(first: number | null | undefined, defaultSize: number): number {
  return pageWindow({ first }, defaultSize).size
}

/**
 * Whether the field being resolved selects `name` among its own fields (directly, or through a fragment), such as a
 * connection's `totalCount`, so that it can be read in the statement that reads the page.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>()
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet)
      if (seen.has(selection.name.value)) return false
      seen.add(selection.name.value)
      return inSet(info.fragments[selection.name.value]?.selectionSet)
    })
  return info.fieldNodes.some((node) => inSet(node.selectionSet))
}
