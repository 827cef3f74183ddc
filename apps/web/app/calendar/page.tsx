// The issue calendar: every year the archive holds, with its issues and articles; a year opens its months.
import type { Metadata } from 'next'
import { getCalendarYears } from '@/lib/calendar'

export const metadata: Metadata = { title: '报纸日历' }
export const dynamic = 'force-dynamic'

export default async function CalendarPage() {
  const years = await getCalendarYears()
  return (
    <>
      <h1>
        报纸日历 <span lang="en">Issue calendar</span>
      </h1>
      {years.length === 0 ? (
        <p className="muted">档案中还没有报纸。The archive holds no issues yet.</p>
      ) : (
        <ol className="calendar-years">
          {years.map((year) => (
            <li key={year.year}>
              <a href={`/calendar/${year.year}`} className="card">
                <span className="calendar-years__year">{year.year}年</span>
                <span className="muted">
                  {year.issueCount} 期 · {year.articleCount} 篇
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
