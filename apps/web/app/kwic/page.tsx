// Keyword in context: every occurrence of a query with 20 characters either side, aligned, sortable, exportable.
import type { Metadata } from 'next'
import { Pager } from '@/components/ui/pager'
import { formatDay } from '@/lib/dates'
import { exportFormats, exportHref } from '@/lib/export-links'
import { articleHref } from '@/lib/hrefs'
import { getKwic, kwicHref, kwicPageSize, readKwicState } from '@/lib/kwic'
import { queryHelp } from '@/lib/query-problems'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = readKwicState(await searchParams)
  return { title: state.q ? `语境索引：${state.q}` : '语境索引' }
}

const sorts = [
  { sort: 'date', label: '按日期 date' },
  { sort: 'left', label: '按左侧语境 left context' },
  { sort: 'right', label: '按右侧语境 right context' },
] as const

export default async function KwicPage({ searchParams }: Props) {
  const state = readKwicState(await searchParams)
  const view = state.q ? await getKwic(state) : null
  return (
    <>
      <h1>
        语境索引 <span lang="en">Keyword in context</span>
      </h1>
      <form className="search-form" action="/kwic" method="get" role="search">
        <label htmlFor="kwic-q" className="search-form__label">
          检索式 <span lang="en">Query</span>
        </label>
        <div className="search-form__row">
          <input id="kwic-q" name="q" type="search" defaultValue={state.q} required maxLength={200} />
          {state.sort !== 'date' ? <input type="hidden" name="sort" value={state.sort} /> : null}
          <button type="submit">检索</button>
        </div>
      </form>
      <p className="muted query-help">{queryHelp}</p>
      {view?.problem ? (
        <div className="query-problem" role="alert">
          <p>
            <strong>{view.problem.message}</strong>
          </p>
          <p className="muted" lang="en">
            {view.problem.detail}
          </p>
        </div>
      ) : view ? (
        <>
          <p className="search-summary" role="status">
            “{state.q}”在 {view.articleCount} 篇稿件中出现{' '}
            <strong data-testid="kwic-total">{view.totalCount}</strong> 次
            <span lang="en"> ({view.totalCount} occurrences)</span>
          </p>
          <ul className="tool-links" aria-label="排序与导出 Sort and export">
            {sorts.map(({ sort, label }) => (
              <li key={sort}>
                <a
                  href={kwicHref(state, { sort, page: 1 })}
                  aria-current={state.sort === sort ? 'true' : undefined}
                >
                  {label}
                </a>
              </li>
            ))}
            {view.totalCount > 0
              ? exportFormats
                  .filter(({ format }) => format !== 'ris')
                  .map(({ format, label }) => (
                    <li key={format}>
                      <a href={exportHref({ view: 'kwic', q: state.q, sort: state.sort }, format)} download>
                        导出 {label}
                      </a>
                    </li>
                  ))
              : null}
          </ul>
          <div className="kwic-scroll">
            <table className="kwic">
              <thead>
                <tr>
                  <th scope="col" className="kwic__left">
                    左侧 Left
                  </th>
                  <th scope="col" className="kwic__match">
                    词语
                  </th>
                  <th scope="col" className="kwic__right">
                    右侧 Right
                  </th>
                  <th scope="col">稿件 Article</th>
                </tr>
              </thead>
              <tbody>
                {view.lines.map((line, i) => (
                  <tr key={i}>
                    <td className="kwic__left">{line.left}</td>
                    <td className="kwic__match">
                      <mark>{line.match}</mark>
                    </td>
                    <td className="kwic__right">{line.right}</td>
                    <td className="kwic__source">
                      <a href={articleHref(line.articleId)}>
                        {formatDay(line.date)} {line.title}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={state.page}
            label="语境索引分页"
            firstHref={kwicHref(state, { page: 1 })}
            previousHref={state.page > 1 ? kwicHref(state, { page: state.page - 1 }) : null}
            nextHref={
              state.page * kwicPageSize < view.totalCount ? kwicHref(state, { page: state.page + 1 }) : null
            }
          />
        </>
      ) : null}
    </>
  )
}
