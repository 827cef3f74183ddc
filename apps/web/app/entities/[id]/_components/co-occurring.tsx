// The entities that share the most articles with this one.
import { EntityLink } from '@/components/entity/entity-link'
import { getCoOccurring } from '@/lib/entities'

export async function CoOccurring({ id }: { id: string }) {
  const items = await getCoOccurring(id)
  if (items.length === 0) return <p className="muted">暂无共现实体。</p>
  return (
    <ol className="ranked co-occurring">
      {items.map((item) => (
        <li key={item.entity.id}>
          <EntityLink entity={item.entity} />
          <span className="count" title={`${item.count} 篇共同稿件 shared articles`}>
            {item.count}
          </span>
        </li>
      ))}
    </ol>
  )
}

export function CoOccurringSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">正在载入共现实体</span>
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  )
}
