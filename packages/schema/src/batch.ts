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
