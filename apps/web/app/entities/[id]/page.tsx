// One entity: facts, a mention timeline over a chosen range, co-occurring entities, and its articles.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense, cache } from 'react'
import { ArticleList } from '@/components/article/article-list'
import { EntityLink } from '@/components/entity/entity-link'
import { TypeBadge } from '@/components/entity/type-badge'
import { Pager } from '@/components/ui/pager'
import { getEntity } from '@/lib/entities'
import { exportFormats, exportHref } from '@/lib/export-links'
import { entityQuery, readEntityState } from '@/lib/entity-params'
import { entityHref, readIdParam } from '@/lib/hrefs'
import type { Granularity } from '@/lib/timeline'
import { CoOccurrenceNetwork, CoOccurring, CoOccurringSkeleton } from './_components/co-occurring'
import { RangeForm } from './_components/range-form'
import { TimelineChart } from './_components/timeline-chart'

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const pageSize = 20

// Keyed by primitives, so generateMetadata and the page share one request.
const loadEntity = cache(
  (
    id: string,
    granularity: Granularity,
    from: string | null,
    to: string | null,
    after: string | null,
    before: string | null,
  ) => getEntity(id, { granularity, dateFrom: from, dateTo: to, after, before, pageSize }),
)

async function load({ params, searchParams }: Props) {
  const id = readIdParam((await params).id)
  const state = readEntityState(await searchParams)
  const entity = await loadEntity(id, state.granularity, state.from, state.to, state.after, state.before)
  return { state, entity }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { entity } = await load(props)
  return { title: entity ? entity.name : '找不到实体' }
}

export default async function EntityPage(props: Props) {
  const { state, entity } = await load(props)
  if (!entity) notFound()
  const { articles } = entity
  return (
    <div className="with-sidebar">
      <div>
        <p className="eyebrow">
          <TypeBadge type={entity.type} />
        </p>
        <h1>{entity.name}</h1>
        <dl className="entity-facts">
          <dt>提及 Mentions</dt>
          <dd>{entity.mentionCount} 次</dd>
          <dt>稿件 Articles</dt>
          <dd>{articles.totalCount} 篇</dd>
          {entity.aliases.length > 0 ? (
            <>
              <dt>别名 Aliases</dt>
              <dd>{entity.aliases.join('、')}</dd>
            </>
          ) : null}
          {entity.parent ? (
            <>
              <dt>上级 Parent</dt>
              <dd>
                <EntityLink entity={entity.parent} />
              </dd>
            </>
          ) : null}
        </dl>
        <ul className="tool-links" aria-label="研究工具 Tools">
          <li>
            <a href={`/trends?${new URLSearchParams({ e: entity.id }).toString()}`}>词频趋势 Trend</a>
          </li>
          {exportFormats.map(({ format, label }) => (
            <li key={format}>
              <a href={exportHref({ entityIds: [entity.id], content: 'snippet' }, format)} download>
                导出稿件 {label}
              </a>
            </li>
          ))}
        </ul>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">
            提及时间线 <span lang="en">Mention timeline</span>
          </h2>
          <RangeForm action={entityHref(entity.id)} state={state} />
          <TimelineChart bars={entity.timeline} granularity={state.granularity} name={entity.name} />
        </section>
        <section aria-labelledby="network-title">
          <h2 id="network-title">
            共现网络 <span lang="en">Co-occurrence network</span>
          </h2>
          <Suspense fallback={<CoOccurringSkeleton />}>
            <CoOccurrenceNetwork id={entity.id} />
          </Suspense>
        </section>
        <section aria-labelledby="articles-title">
          <h2 id="articles-title">
            相关稿件 <span lang="en">Articles</span> <span className="count">({articles.totalCount})</span>
          </h2>
          <ArticleList articles={articles.items} />
          <Pager
            page={state.page}
            label="稿件分页"
            firstHref={entityHref(entity.id, entityQuery(state, { after: null, before: null, page: 1 }))}
            previousHref={
              articles.hasPreviousPage && articles.startCursor && state.page > 1
                ? entityHref(
                    entity.id,
                    entityQuery(state, { after: null, before: articles.startCursor, page: state.page - 1 }),
                  )
                : null
            }
            nextHref={
              articles.hasNextPage && articles.endCursor
                ? entityHref(
                    entity.id,
                    entityQuery(state, { after: articles.endCursor, before: null, page: state.page + 1 }),
                  )
                : null
            }
          />
        </section>
      </div>
      <aside aria-labelledby="co-title">
        <h2 id="co-title">
          共现实体 <span lang="en">Co-occurring</span>
        </h2>
        <Suspense fallback={<CoOccurringSkeleton />}>
          <CoOccurring id={entity.id} />
        </Suspense>
      </aside>
    </div>
  )
}
