// A link to an entity's page, coloured by type (人物, 地点, 机构). A plain <a>: an article holds hundreds of
// mentions, and next/link would hydrate and prefetch each one.
import type { ReactNode } from 'react'
import { entityHref } from '@/lib/hrefs'
import { typeLabel } from '@/lib/labels'

export function EntityLink({
  entity,
  children,
  className = '',
}: {
  entity: { id: string; name: string; type: string }
  children?: ReactNode
  className?: string
}) {
  return (
    <a
      href={entityHref(entity.id)}
      className={`entity entity--${entity.type.toLowerCase()} ${className}`.trim()}
      title={`${typeLabel(entity.type).zh} ${typeLabel(entity.type).en}: ${entity.name}`}
      data-entity-type={entity.type}
    >
      {children ?? entity.name}
    </a>
  )
}
