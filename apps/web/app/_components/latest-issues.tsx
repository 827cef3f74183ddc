// The newest issues in the archive, newest first.
import { formatDay, weekday } from '@/lib/dates'
import type { HomeView } from '@/lib/home'
import { issueHref } from '@/lib/hrefs'

export function LatestIssues({ issues }: { issues: HomeView['latestIssues'] }) {
  return (
    <section aria-labelledby="latest-title">
      <h2 id="latest-title">
        最新各期 <span lang="en">Latest issues</span>
      </h2>
      {issues.length === 0 ? (
        <p className="muted">档案中还没有报纸。</p>
      ) : (
        <ul className="issue-grid">
          {issues.map((issue) => (
            <li key={`${issue.publication}-${issue.date}`}>
              <a href={issueHref(issue.date)}>
                <strong>{formatDay(issue.date)}</strong>
                <br />
                <span className="muted">
                  {weekday(issue.date)} · {issue.publication} · {issue.pageCount} 版
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
