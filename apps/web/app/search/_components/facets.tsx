// Facets by kind, month and entity; each value is a link that adds (or removes) that filter.
import type { SearchResults } from '@/lib/search'
import { searchHref, type SearchState } from '@/lib/search-params'
import type { ArticleKind } from '@/lib/labels'

type Facet = SearchResults['facets']['kind']

function FacetList({
  title,
  values,
  current,
  href,
}: {
  title: string
  values: Facet
  current: string | null
  href: (value: string | null) => string
}) {
  if (values.length === 0) return null
  return (
    <>
      <h2>{title}</h2>
      <ul className="facet-list">
        {values.map((facet) => {
          const selected = facet.value === current
          return (
            <li key={facet.value}>
              <a href={href(selected ? null : facet.value)} aria-current={selected ? 'true' : undefined}>
                <span>{facet.label}</span>{' '}
                <span className="count" aria-label={`${facet.count} 篇`}>
                  {facet.count}
                </span>
              </a>
            </li>
          )
        })}
      </ul>
    </>
  )
}

export function Facets({ state, facets }: { state: SearchState; facets: SearchResults['facets'] }) {
  return (
    <aside className="facets" aria-label="分面筛选 Facets">
      <p className="muted facets__note">数字为匹配的稿件篇数。Counts are matching articles.</p>
      <FacetList
        title="类型 Kind"
        values={facets.kind}
        current={state.kind}
        href={(value) => searchHref(state, { kind: value as ArticleKind | null })}
      />
      <FacetList
        title="月份 Month"
        values={facets.month}
        current={state.month}
        href={(value) => searchHref(state, { month: value })}
      />
      <FacetList
        title="实体 Entity"
        values={facets.entity}
        current={state.entity}
        href={(value) => searchHref(state, { entity: value })}
      />
    </aside>
  )
}
