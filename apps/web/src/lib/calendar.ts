// The issue calendar: years with counts, and a year's months laid out as weeks.
import { CalendarYearQuery, CalendarYearsQuery } from '../graphql/calendar-query.ts'
import { request } from './api.ts'
import { toDay } from './dates.ts'

export interface YearCount {
  year: number
  issueCount: number
  articleCount: number
}

export interface MonthGrid {
  month: string
  issueCount: number
  articleCount: number
  /** Weeks from Monday; a day is null outside the month, and has a count (null: no issue). */
  weeks: ({ date: string; articleCount: number | null } | null)[][]
}

export async function getCalendarYears(): Promise<YearCount[]> {
  const data = await request(CalendarYearsQuery, {})
  return data.issueCalendar.years.map((y) => ({ ...y }))
}

export async function getCalendarYear(year: number): Promise<{ years: YearCount[]; months: MonthGrid[] }> {
  const data = await request(CalendarYearQuery, { year })
  return {
    years: data.issueCalendar.years.map((y) => ({ ...y })),
    months: data.issueCalendar.months.map((month) => ({
      month: month.month,
      issueCount: month.issueCount,
      articleCount: month.articleCount,
      weeks: monthWeeks(month.month, new Map(month.days.map((day) => [toDay(day.date), day.articleCount]))),
    })),
  }
}

/**
 * The weeks of `month` (`YYYY-MM`), Monday first, each day with its article count or null when it has no issue.
 *
 * @example monthWeeks('1998-01', new Map([['1998-01-01', 120]]))[0] // [null, null, null, {date:'1998-01-01', articleCount:120}, …]
 */
export function monthWeeks(
  month: string,
  counts: ReadonlyMap<string, number>,
): ({ date: string; articleCount: number | null } | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const offset = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7
  const cells: ({ date: string; articleCount: number | null } | null)[] = Array(offset).fill(null)
  for (let d = 1; d <= days; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`
    cells.push({ date, articleCount: counts.get(date) ?? null })
  }
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}
