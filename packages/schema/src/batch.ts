// One loader per request and per kind of question, so that sibling resolvers share one SQL statement.
import DataLoader from 'dataloader'
import type { Context } from './context.ts'

/**
 * The request's loader for `key`, created on first use. Every resolver of one request that asks with the same
 * key (the field, its arguments and its selection) joins one batch: `load` receives all their keys at once and
 * answers them in order, so a list of 50 articles asking for `related` costs the statements of one.
 *
 * @example batchLoader(ctx, `related:${first}`, (ids) => relatedOf(ids, first)).load(article.id)
 */
export function batchLoader<K, V>(
  ctx: Context,
  key: string,
  load: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(key) as DataLoader<K, V> | undefined
  if (!loader) {
    loader = new DataLoader<K, V>(load)
    ctx.loaders.set(key, loader)
  }
  return loader
}

/**
 * Read the rows that `pairs` name with one call of `read`, and give each of `parents` its rows in the order of
 * `pairs`. A row `read` no longer finds is left out.
 *
 * @example
 * await rowsOfEach([1, 2], [{ parent: 1, id: 7 }, { parent: 2, id: 7 }, { parent: 1, id: 9 }], (ids) =>
 *   prisma.article.findMany({ where: { id: { in: ids } } }),
 * ) // [[article 7, article 9], [article 7]]
 */
export async function rowsOfEach<Row extends { id: number }>(
  parents: readonly number[],
  pairs: readonly { parent: number; id: number }[],
  read: (ids: number[]) => Promise<Row[]>,
): Promise<Row[][]> {
  const rows = new Map((await read([...new Set(pairs.map((pair) => pair.id))])).map((row) => [row.id, row]))
  const byParent = new Map<number, Row[]>(parents.map((parent) => [parent, []]))
  for (const { parent, id } of pairs) {
    const row = rows.get(id)
    if (row) byParent.get(parent)?.push(row)
  }
  return parents.map((parent) => byParent.get(parent)!)
}
