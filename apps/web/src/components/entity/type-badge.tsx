// The type of an entity in Chinese with its English name.
import { typeLabel } from '@/lib/labels'

export function TypeBadge({ type }: { type: string }) {
  const label = typeLabel(type)
  return (
    <span className={`type-badge type-badge--${type.toLowerCase()}`}>
      {label.zh} <span lang="en">{label.en}</span>
    </span>
  )
}
