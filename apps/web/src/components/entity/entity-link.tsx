// A link to an entity's page, coloured by type (人物, 地点, 机构). A plain <a>: an article holds hundreds of
// mentions, and next/link would hydrate and prefetch each one.
import type { ReactNode } from 'react'
import { entityLinkAttributes, type LinkedEntity } from '@/lib/entity-link-attributes'

export function EntityLink({
  entity,
  children,
  className = '',
}: {
  entity: LinkedEntity
  children?: ReactNode
  className?: string
}) {
  return <a {...entityLinkAttributes(entity, className)}>{children ?? entity.name}</a>
}
