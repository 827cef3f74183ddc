// Where the article sits: its page and issue, and the previous and next articles in reading order.
import Link from 'next/link'
import type { ArticleView } from '@/lib/articles'
import { formatDay } from '@/lib/dates'
import { articleHref, issueHref } from '@/lib/hrefs'
import { pageLabel } from '@/lib/labels'

export function IssueNav({ article }: { article: ArticleView }) {
  return (
    <nav className="issue-nav" aria-label="本期导航">
      {article.previous ? (
        <Link href={articleHref(article.previous.id)} rel="prev">
          ‹ 上一篇（{pageLabel(article.previous.pageNumber)}）{article.previous.title}
        </Link>
      ) : (
        <span className="muted">本期第一篇</span>
      )}
      <Link href={issueHref(article.issue.date)}>
        {formatDay(article.issue.date)} 全部 {article.issue.pageCount} 版
      </Link>
      {article.next ? (
        <Link href={articleHref(article.next.id)} rel="next">
          下一篇（{pageLabel(article.next.pageNumber)}）{article.next.title} ›
        </Link>
      ) : (
        <span className="muted">本期最后一篇</span>
      )}
    </nav>
  )
}
