// The UI shape of an article in a list, made from the API's ArticleSummary fragment.
import type { ResultOf } from '../graphql/graphql.ts'
import type { ArticleSummaryFragment } from '../graphql/article-summary.ts'
import { toDay } from './dates.ts'

export interface ArticleSummary {
  id: string
  kind: string
  kicker: string | null
  /** The title, or a placeholder for untitled items such as some photos. */
  title: string
  subtitle: string | null
  date: string
  pageNumber: number
  pageName: string | null
  issueDate: string
  publication: string
}

export function toArticleSummary(node: ResultOf<typeof ArticleSummaryFragment>): ArticleSummary {
  return {
    id: node.id,
    kind: node.kind,
    kicker: node.kicker ?? null,
    title: node.title?.trim() || '（无标题）',
    subtitle: node.subtitle ?? null,
    date: toDay(node.date),
    pageNumber: node.page.number,
    pageName: node.page.name ?? null,
    issueDate: toDay(node.page.issue.date),
    publication: node.page.issue.publication.name,
  }
}
