// The attributes of a link to an entity's page, shared by the EntityLink component and the article body's HTML.
import { entityHref } from './hrefs.ts'
import { typeLabel } from './labels.ts'

export interface LinkedEntity {
  id: string
  name: string
  type: string
}

/**
 * `href`, `className`, `title` (type in Chinese and English, then the name) and `data-entity-type`.
 *
 * @example
 * entityLinkAttributes({ id: 'RW50aXR5OjE=', name: '习近平', type: 'PERSON' }, 'mention')
 * // → { href: '/entities/RW50aXR5OjE%3D', className: 'entity entity--person mention', title: '人物 Person: 习近平', 'data-entity-type': 'PERSON' }
 */
export function entityLinkAttributes(entity: LinkedEntity, className = '') {
  const label = typeLabel(entity.type)
  return {
    href: entityHref(entity.id),
    className: `entity entity--${entity.type.toLowerCase()} ${className}`.trim(),
    title: `${label.zh} ${label.en}: ${entity.name}`,
    'data-entity-type': entity.type,
  }
}
