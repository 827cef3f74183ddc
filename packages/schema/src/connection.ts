// Shape a db page of ids into a Relay connection, reading the nodes with the selection the request planned.
import { type IdPage, pageWindow } from '@broadsheet/db'
import { queryFromInfo } from '@pothos/plugin-prisma'
import type { GraphQLResolveInfo } from 'graphql'
import type { Context } from './context.ts'

/** The Prisma selection for the nodes of a connection being resolved (`edges.node`), planned from `info`. */
export function nodeQuery(ctx: Context, info: GraphQLResolveInfo, path: string[] = ['edges', 'node']) {
  return queryFromInfo({ context: ctx, info, path, select: { id: true } }) as {
    select?: object
    include?: object
  }
}

/**
 * A Relay connection of `page`'s ids, each node taken from `nodes` (rows read for those ids); ids no longer stored
 * are left out.
 */
export function connectionOf<Node extends { id: number }>(page: IdPage, nodes: readonly Node[]) {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const edges = page.rows.flatMap(({ id, cursor }) => {
    const node = byId.get(id)
    return node ? [{ cursor, node }] : []
  })
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
