// One day's issue: its pages (版次) and each page's articles in reading order.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { KindBadge } from '@/components/article/kind-badge'
import { formatDay, isDay, weekday } from '@/lib/dates'
import { exportFormats, exportHref } from '@/lib/export-links'
import { articleHref, issueHref } from '@/lib/hrefs'
import { getIssue } from '@/lib/issues'
import { pageLabel } from '@/lib/labels'

type Props = { params: Promise<{ date: string }>; searchParams: Promise<{ publication?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params
  return { title: isDay(date) ? `${formatDay(date)} 各版` : '未知日期' }
}

export default async function IssuePage({ params, searchParams }: Props) {
  const { date } = await params
  const { publication } = await searchParams
  if (!isDay(date)) notFound()
  const issue = await getIssue(date, publication ?? null)
  if (!issue) notFound()
  return (
    <>
      <p className="eyebrow">
        {issue.publication} · {weekday(issue.date)}
      </p>
      <h1>{formatDay(issue.date)}</h1>
      <nav className="issue-days" aria-label="前后各期 Adjacent issues">
        {issue.previous ? (
          <a href={issueHref(issue.previous)} rel="prev">
            ‹ 上一期 {formatDay(issue.previous)}
          </a>
        ) : (
          <span className="muted">没有更早的一期</span>
        )}
        <a href={`/calendar/${issue.date.slice(0, 4)}#month-${issue.date.slice(0, 7)}`}>日历 Calendar</a>
        {issue.next ? (
          <a href={issueHref(issue.next)} rel="next">
            下一期 {formatDay(issue.next)} ›
          </a>
        ) : (
          <span className="muted">没有更晚的一期</span>
        )}
      </nav>
      <ul className="tool-links" aria-label="导出本期 Export this issue">
        {exportFormats.map(({ format, label }) => (
          <li key={format}>
            <a href={exportHref({ date: issue.date }, format)} download>
              导出本期 {label}
            </a>
          </li>
        ))}
      </ul>
      <nav aria-label="版次">
        <ol className="page-index">
          {issue.pages.map((page) => (
            <li key={page.number}>
              <a href={`#page-${page.number}`}>
                {pageLabel(page.number)}
                {page.name ? ` ${page.name}` : ''}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <ol className="issue-pages">
        {issue.pages.map((page) => (
          <li key={page.number} id={`page-${page.number}`} className="issue-page card">
            <h2>
              {pageLabel(page.number)} {page.name ? <span className="muted">{page.name}</span> : null}
            </h2>
            <ol className="article-list">
              {page.articles.map((article) => (
                <li key={article.id} className="article-list__item">
                  {article.kicker ? <p className="article-list__kicker">{article.kicker}</p> : null}
                  <p className="article-list__title">
                    <a href={articleHref(article.id)}>{article.title}</a> <KindBadge kind={article.kind} />
                  </p>
                  {article.subtitle ? <p className="article-list__meta">{article.subtitle}</p> : null}
                  {article.bylines.length > 0 ? (
                    <p className="article-list__meta">{article.bylines.join(' ')}</p>
                  ) : null}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  )
}
