// Where the article sits: its page and issue, and the previous and next articles in reading order.
import type { ArticleView } from '@/lib/articles'
import { formatDay } from '@/lib/dates'
import { articleHref, issueHref } from '@/lib/hrefs'
import { pageLabel } from '@/lib/labels'
import { loadArticleContext } from './article-context'

export async function IssueNav({ article }: { article: ArticleView }) {
  const { previous, next } = await loadArticleContext(article.id)
  return (
    <nav className="issue-nav" aria-label="本期导航">
      {previous ? (
        <a href={articleHref(previous.id)} rel="prev">
          ‹ 上一篇（{pageLabel(previous.pageNumber)}）{previous.title}
        </a>
      ) : (
        <span className="muted">本期第一篇</span>
      )}
      <IssueLink article={article} />
      {next ? (
        <a href={articleHref(next.id)} rel="next">
          下一篇（{pageLabel(next.pageNumber)}）{next.title} ›
        </a>
      ) : (
        <span className="muted">本期最后一篇</span>
      )}
    </nav>
  )
}

function IssueLink({ article }: { article: ArticleView }) {
  return (
    <a href={issueHref(article.issue.date)}>
      {formatDay(article.issue.date)} 全部 {article.issue.pageCount} 版
    </a>
  )
}

/** Shown until the neighbours arrive: the issue link, which needs nothing more. */
export function IssueNavFallback({ article }: { article: ArticleView }) {
  return (
    <nav className="issue-nav" aria-label="本期导航" aria-busy="true">
      <span />
      <IssueLink article={article} />
      <span />
    </nav>
  )
}
