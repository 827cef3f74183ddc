// The results of one search: summary, active filters, the filter form, facets and hits.
import { Pager } from '@/components/ui/pager'
import { formatDay, formatMonth } from '@/lib/dates'
import { kindLabel } from '@/lib/labels'
import { exportFormats, exportHref } from '@/lib/export-links'
import { searchArticles, searchFilter } from '@/lib/search'
import { searchHref, type SearchState } from '@/lib/search-params'
import { Facets } from './facets'
import { FilterForm } from './filter-form'
import { Hit } from './hit'

export async function SearchResults({ state }: { state: SearchState }) {
  const results = await searchArticles(state)
  if (results.problem) {
    return (
      <div className="query-problem" role="alert">
        <p>
          <strong>{results.problem.message}</strong>
        </p>
        <p className="muted" lang="en">
          {results.problem.detail}
        </p>
      </div>
    )
  }
  const filter = searchFilter(state)
  const exportParams = {
    q: state.q,
    kind: filter.kind ?? null,
    entityIds: filter.entityIds ?? null,
    dateFrom: filter.dateFrom ?? null,
    dateTo: filter.dateTo ?? null,
    sort: state.sort === 'date' ? 'date' : 'relevance',
  }
  const toolQuery = new URLSearchParams({ q: state.q }).toString()
  const active: { label: string; href: string }[] = []
  if (state.kind)
    active.push({ label: `类型：${kindLabel(state.kind).zh}`, href: searchHref(state, { kind: null }) })
  if (state.month)
    active.push({ label: `月份：${formatMonth(state.month)}`, href: searchHref(state, { month: null }) })
  if (state.entity)
    active.push({
      label: `实体：${results.entityName ?? '（未知实体）'}`,
      href: searchHref(state, { entity: null }),
    })
  if (state.from)
    active.push({ label: `自 ${formatDay(state.from)}`, href: searchHref(state, { from: null }) })
  if (state.to) active.push({ label: `至 ${formatDay(state.to)}`, href: searchHref(state, { to: null }) })

  return (
    <>
      <p className="search-summary" role="status">
        “{state.q}”共 <strong data-testid="total-count">{results.totalCount}</strong> 篇结果
        <span lang="en"> ({results.totalCount} results)</span>
        {state.page > 1 ? `，第 ${state.page} 页` : ''}
        {state.sort === 'relevance' ? '，按相关度排序' : '，按日期从新到旧'}
        {results.understood && results.understood !== state.q ? (
          <>
            {' '}
            （检索式理解为 <q data-testid="understood">{results.understood}</q>）
          </>
        ) : null}
      </p>
      <ul className="tool-links" aria-label="研究工具 Tools">
        <li>
          <a href={`/trends?${toolQuery}`}>词频趋势 Trend</a>
        </li>
        <li>
          <a href={`/kwic?${toolQuery}`}>语境索引 KWIC</a>
        </li>
        {results.totalCount > 0
          ? exportFormats.map(({ format, label }) => (
              <li key={format}>
                <a href={exportHref({ ...exportParams, content: 'snippet' }, format)} download>
                  导出 {label}
                </a>
              </li>
            ))
          : null}
      </ul>
      {active.length > 0 ? (
        <ul className="active-filters" aria-label="已选筛选条件（点击移除）">
          {active.map((filter) => (
            <li key={filter.href}>
              <a href={filter.href} aria-label={`移除筛选 ${filter.label}`}>
                {filter.label} ×
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <FilterForm state={state} />
      <div className="with-sidebar">
        <section aria-label="检索结果">
          {results.hits.length === 0 ? (
            <p className="muted">没有找到匹配的稿件。No articles match.</p>
          ) : (
            <ol className="article-list search-hits">
              {results.hits.map((hit) => (
                <Hit key={hit.article.id} hit={hit} />
              ))}
            </ol>
          )}
          <Pager
            page={state.page}
            label="检索结果分页"
            firstHref={searchHref(state, { after: null, before: null, page: 1 })}
            previousHref={
              results.hasPreviousPage && results.startCursor && state.page > 1
                ? searchHref(state, { after: null, before: results.startCursor, page: state.page - 1 })
                : null
            }
            nextHref={
              results.hasNextPage && results.endCursor
                ? searchHref(state, { after: results.endCursor, before: null, page: state.page + 1 })
                : null
            }
          />
        </section>
        <Facets state={state} facets={results.facets} />
      </div>
    </>
  )
}

export function SearchResultsSkeleton() {
  return (
    <div role="status" aria-live="polite" className="loading">
      <p>
        正在检索… <span lang="en">Searching…</span>
      </p>
      <div className="skeleton" />
      <div className="skeleton" style={{ width: '80%' }} />
      <div className="skeleton" />
    </div>
  )
}
