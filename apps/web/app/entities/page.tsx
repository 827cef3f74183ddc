// The entity directory: people, places and organizations, by type, searchable by name, with their counts.
import type { Metadata } from 'next'
import { TypeBadge } from '@/components/entity/type-badge'
import { Pager } from '@/components/ui/pager'
import { directoryHref, getDirectory, readDirectoryState } from '@/lib/entity-directory'
import { entityHref } from '@/lib/hrefs'
import { entityTypes, typeLabel } from '@/lib/labels'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: '实体目录' }

export default async function EntitiesPage({ searchParams }: Props) {
  const state = readDirectoryState(await searchParams)
  const view = await getDirectory(state)
  return (
    <>
      <h1>
        实体目录 <span lang="en">Entities</span>
      </h1>
      <form className="filters" action="/entities" method="get" aria-label="筛选实体">
        <label>
          名称 <span lang="en">Name</span>
          <input
            type="search"
            name="name"
            defaultValue={state.name}
            maxLength={50}
            placeholder="例如：习近平"
          />
        </label>
        <label>
          类型 <span lang="en">Type</span>
          <select name="type" defaultValue={state.type ?? ''}>
            <option value="">全部 all</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type).zh} {typeLabel(type).en}
              </option>
            ))}
          </select>
        </label>
        <label>
          排序 <span lang="en">Sort</span>
          <select name="sort" defaultValue={state.sort}>
            <option value="articles">稿件数 articles</option>
            <option value="name">名称 name</option>
          </select>
        </label>
        <button type="submit">查找 Find</button>
      </form>
      <p className="search-summary" role="status">
        共 <strong data-testid="entity-total">{view.totalCount}</strong> 个实体
        <span lang="en"> ({view.totalCount} entities)</span>
      </p>
      {view.entities.length === 0 ? (
        <p className="muted">没有符合条件的实体。No entities match.</p>
      ) : (
        <table className="directory">
          <thead>
            <tr>
              <th scope="col">名称 Name</th>
              <th scope="col">类型 Type</th>
              <th scope="col">稿件 Articles</th>
              <th scope="col">提及 Mentions</th>
            </tr>
          </thead>
          <tbody>
            {view.entities.map((entity) => (
              <tr key={entity.id}>
                <td>
                  <a href={entityHref(entity.id)}>{entity.name}</a>
                  {entity.aliases.length > 0 ? (
                    <span className="muted">（{entity.aliases.slice(0, 3).join('、')}）</span>
                  ) : null}
                </td>
                <td>
                  <TypeBadge type={entity.type} />
                </td>
                <td className="number">{entity.articleCount}</td>
                <td className="number">{entity.mentionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        page={state.page}
        label="实体分页"
        firstHref={directoryHref(state, { after: null, before: null, page: 1 })}
        previousHref={
          view.hasPreviousPage && view.startCursor && state.page > 1
            ? directoryHref(state, { after: null, before: view.startCursor, page: state.page - 1 })
            : null
        }
        nextHref={
          view.hasNextPage && view.endCursor
            ? directoryHref(state, { after: view.endCursor, before: null, page: state.page + 1 })
            : null
        }
      />
    </>
  )
}
