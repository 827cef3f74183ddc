// One year of the issue calendar: a month grid each, every day with an issue a link with its article count.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getCalendarYear } from '@/lib/calendar'
import { formatDay, formatMonth } from '@/lib/dates'
import { issueHref } from '@/lib/hrefs'

type Props = { params: Promise<{ year: string }> }

const weekdays = ['一', '二', '三', '四', '五', '六', '日']

function readYear(param: string): number | null {
  return /^\d{4}$/.test(param) ? Number(param) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = readYear((await params).year)
  return { title: year ? `${year}年报纸日历` : '报纸日历' }
}

export default async function CalendarYearPage({ params }: Props) {
  const year = readYear((await params).year)
  if (!year) notFound()
  const { years, months } = await getCalendarYear(year)
  if (months.length === 0) notFound()
  return (
    <>
      <p className="eyebrow">
        <Link href="/calendar">报纸日历 Calendar</Link>
      </p>
      <h1>{year}年</h1>
      <nav aria-label="年份 Years">
        <ol className="page-index">
          {years.map((y) => (
            <li key={y.year}>
              <a href={`/calendar/${y.year}`} aria-current={y.year === year ? 'page' : undefined}>
                {y.year}年（{y.issueCount} 期）
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="calendar-months">
        {months.map((month) => (
          <section
            key={month.month}
            id={`month-${month.month}`}
            className="card calendar-month"
            aria-labelledby={`title-${month.month}`}
          >
            <h2 id={`title-${month.month}`}>
              {formatMonth(month.month)}{' '}
              <span className="muted">
                {month.issueCount} 期 · {month.articleCount} 篇
              </span>
            </h2>
            <table className="calendar-grid">
              <thead>
                <tr>
                  {weekdays.map((day) => (
                    <th key={day} scope="col" abbr={`星期${day}`}>
                      {day}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {month.weeks.map((week, i) => (
                  <tr key={i}>
                    {week.map((day, j) =>
                      day === null ? (
                        <td key={j} />
                      ) : day.articleCount === null ? (
                        <td key={j} className="calendar-grid__none">
                          {Number(day.date.slice(8))}
                        </td>
                      ) : (
                        <td key={j}>
                          <a
                            href={issueHref(day.date)}
                            aria-label={`${formatDay(day.date)}，${day.articleCount} 篇`}
                          >
                            <span className="calendar-grid__day">{Number(day.date.slice(8))}</span>
                            <span className="calendar-grid__count">{day.articleCount}</span>
                          </a>
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </>
  )
}
