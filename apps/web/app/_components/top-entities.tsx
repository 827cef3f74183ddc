// The most-mentioned people, places and organizations, one column each.
import { EntityLink } from '@/components/entity/entity-link'
import { formatMonth } from '@/lib/dates'
import { getTopEntities } from '@/lib/home'
import { entityTypes, typeLabel } from '@/lib/labels'

export async function TopEntities({ lastDate }: { lastDate: string | null }) {
  const top = await getTopEntities(lastDate)
  return (
    <>
      <h2 id="top-title">
        {top.month ? `${formatMonth(top.month)}最常提及` : '最常提及'} <span lang="en">Most mentioned</span>
      </h2>
      <p className="muted">按档案中最新一期所在月份统计提及次数。Counted in the month of the newest issue.</p>
      <div className="top-entities">
        {entityTypes.map((type) => (
          <div key={type} className="card">
            <h3>
              {typeLabel(type).zh} <span lang="en">{typeLabel(type).en}</span>
            </h3>
            <ol className="ranked">
              {top.lists[type].length === 0 ? <li className="muted">暂无</li> : null}
              {top.lists[type].map((entity) => (
                <li key={entity.id}>
                  <EntityLink entity={entity} />
                  <span className="count">{entity.count}</span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </>
  )
}

export function TopEntitiesSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite">
      <h2 id="top-title">
        最常提及 <span lang="en">Most mentioned</span>
      </h2>
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  )
}
