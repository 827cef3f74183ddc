// Relay global ids: an Article's is its public id (`rmrb-20200101-01-03`), readable and stable; others are base64.
import { decodeGlobalID as decodeBase64, encodeGlobalID as encodeBase64 } from '@pothos/plugin-relay'
import { isPublicId } from '@broadsheet/db'

/**
 * The global id of a node: an Article's public id as it is, so that `/articles/<id>` and a citation name the same
 * thing on every install; `base64(Type:id)` for every other type. A base64 id never holds `-`, so the two never
 * meet.
 *
 * @example encodeGlobalID('Article', 'rmrb-20200101-01-03') // 'rmrb-20200101-01-03'
 */
export function encodeGlobalID(typename: string, id: bigint | number | string): string {
  return typename === 'Article' ? String(id) : encodeBase64(typename, id)
}

/**
 * The type and id inside a global id. A row-number id of an article (`base64(Article:7403)`, as ids were before
 * public ids) decodes to an id that names no article, so it finds nothing.
 *
 * @example decodeGlobalID('rmrb-20200101-01-03') // { typename: 'Article', id: 'rmrb-20200101-01-03' }
 */
export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  if (isPublicId(globalID)) return { typename: 'Article', id: globalID }
  return decodeBase64(globalID)
}
