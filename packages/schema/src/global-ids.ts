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
 * The type and id inside a global id. An article's id of before, `base64(Article:7403)`, decodes to its row
 * number (`7403`), which `node()` and `article()` still resolve on the install that gave it.
 *
 * @example decodeGlobalID('rmrb-20200101-01-03') // { typename: 'Article', id: 'rmrb-20200101-01-03' }
 * @example decodeGlobalID('QXJ0aWNsZTo3NDAz') // { typename: 'Article', id: '7403' }
 */
export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  if (isPublicId(globalID)) return { typename: 'Article', id: globalID }
  return decodeBase64(globalID)
}

/**
 * The global id the API gives the article with public id `publicId` (`Article.id`, what `node()`, `article()` and
 * `/articles/<id>` take): the one id to print in a citation or a link.
 *
 * @example articleGlobalId('rmrb-20200101-01-03') // 'rmrb-20200101-01-03'
 */
export function articleGlobalId(publicId: string): string {
  if (!isPublicId(publicId)) throw new TypeError(`${JSON.stringify(publicId)} is not an article's public id`)
  return encodeGlobalID('Article', publicId)
}
