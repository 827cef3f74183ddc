// A list of articles with where and when each was printed.
import type { ArticleSummary } from '@/lib/article-summary'
import { formatDay } from '@/lib/dates'
import { articleHref, issueHref } from '@/lib/hrefs'
import { pageLabel } from '@/lib/labels'
import { KindBadge } from './kind-badge'

export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.id} className="article-list__item">
          <ArticleListItem article={article} />
        </li>
      ))}
    </ol>
  )
}

export function ArticleListItem({ article }: { article: ArticleSummary }) {
  return (
    <>
      {article.kicker ? <p className="article-list__kicker">{article.kicker}</p> : null}
      <p className="article-list__title">
        <a href={articleHref(article.id)}>{article.title}</a> <KindBadge kind={article.kind} />
      </p>
      <p className="article-list__meta">
        <a href={issueHref(article.issueDate)}>{formatDay(article.issueDate)}</a>
        {' · '}
        {article.publication} {pageLabel(article.pageNumber)}
        {article.pageName ? ` ${article.pageName}` : ''}
      </p>
    </>
  )
}
