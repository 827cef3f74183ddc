// Read one day's issue, pages in order, articles in reading order.
import { IssueQuery } from '../graphql/issue-query.ts'
import { isBadInput, request } from './api.ts'
import { toDay } from './dates.ts'

export interface IssueView {
  date: string
  publication: string
  /** The dates of the same publication's previous and next issues, or null at either end. */
  previous: string | null
  next: string | null
  pages: {
    number: number
    name: string | null
    articles: {
      id: string
      kind: string
      kicker: string | null
      title: string
      subtitle: string | null
      bylines: string[]
    }[]
  }[]
}

/** The issue printed on `date` (`YYYY-MM-DD`), or null when the archive has none. */
export async function getIssue(date: string, publication: string | null): Promise<IssueView | null> {
  let data
  try {
    data = await request(IssueQuery, { date, publication })
  } catch (error) {
    if (isBadInput(error)) return null
    throw error
  }
  const issue = data.issue
  if (!issue) return null
  return {
    date: toDay(issue.date),
    publication: issue.publication.name,
    previous: issue.previous ? toDay(issue.previous.date) : null,
    next: issue.next ? toDay(issue.next.date) : null,
    pages: issue.pages
      .toSorted((a, b) => a.number - b.number)
      .map((page) => ({
        number: page.number,
        name: page.name ?? null,
        articles: page.articles.map((a) => ({
          id: a.id,
          kind: a.kind,
          kicker: a.kicker ?? null,
          title: a.title?.trim() || '（无标题）',
          subtitle: a.subtitle ?? null,
          bylines: a.bylines.map((b) => b.text),
        })),
      })),
  }
}
