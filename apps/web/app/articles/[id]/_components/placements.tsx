// Where a story was printed in its issue, when more than once: a reprint elsewhere, or parts continued on other pages.
import type { ArticleView } from '@/lib/articles'
import { issueHref } from '@/lib/hrefs'
import { pageLabel } from '@/lib/labels'

const roles: Record<string, string> = {
  FIRST: '',
  REPRINT: '（重刊 reprinted）',
  CONTINUATION: '（续 continued）',
}

export function Placements({ article }: { article: ArticleView }) {
  if (article.placements.length < 2) return null
  return (
    <p className="placements muted">
      刊于 <span lang="en">Printed on</span>{' '}
      {article.placements.map((placement, i) => (
        <span key={placement.id}>
          {i > 0 ? '、' : ''}
          <a href={`${issueHref(article.issue.date)}#page-${placement.pageNumber}`}>
            {pageLabel(placement.pageNumber)}
          </a>
          {roles[placement.role] ?? ''}
        </span>
      ))}
    </p>
  )
}
