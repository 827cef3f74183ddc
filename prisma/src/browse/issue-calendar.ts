// The issue calendar: which days have an issue, how many articles each holds, by year and by month.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { InputError } from '../input-error.ts'
import { preparedQuery } from '../prepared-query.ts'

export interface CalendarYear {
  year: number
  issueCount: number
  articleCount: number
}

export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string
  articleCount: number
  pageCount: number
}

export interface CalendarMonth {
  /** `YYYY-MM`. */
  month: string
  issueCount: number
  articleCount: number
  /** The days with an issue, in order. */
  days: CalendarDay[]
}

/**
 * Every year that has an issue (of `publication`, or of any), oldest first, with its issues and articles.
 *
 * @example await issueYears(prisma) // [{ year: 1998, issueCount: 27, articleCount: 2712 }, { year: 2020, … }]
 */
export async function issueYears(prisma: PrismaClient, publication?: string | null): Promise<CalendarYear[]> {
  return preparedQuery<CalendarYear>(
    prisma,
    Prisma.sql`
    SELECT extract(year FROM i.date)::int AS year, count(*)::int AS "issueCount",
      sum((SELECT count(*) FROM "Page" g JOIN "Article" a ON a."pageId" = g.id WHERE g."issueId" = i.id))::int
        AS "articleCount"
    FROM "Issue" i JOIN "Publication" p ON p.id = i."publicationId"
    WHERE (${publication ?? null}::text IS NULL OR p.name = ${publication ?? null}::text)
    GROUP BY 1 ORDER BY 1`,
  )
}

/**
 * The months of `year` that have an issue, each with its days, oldest first. A day with issues of two
 * publications (and no publication named) counts both.
 *
 * @example (await issueMonths(prisma, 1998))[0].days[0] // { date: '1998-01-01', articleCount: 120, pageCount: 12 }
 */
export async function issueMonths(
  prisma: PrismaClient,
  year: number,
  publication?: string | null,
): Promise<CalendarMonth[]> {
  if (!Number.isInteger(year) || year < 1 || year > 9999)
    throw new InputError('year', `must be a year from 1 to 9999, got ${year}`)
  const days = await preparedQuery<CalendarDay & { issues: number }>(
    prisma,
    Prisma.sql`
    SELECT to_char(i.date, 'YYYY-MM-DD') AS date, count(DISTINCT i.id)::int AS issues,
      count(DISTINCT g.id)::int AS "pageCount", count(a.id)::int AS "articleCount"
    FROM "Issue" i JOIN "Publication" p ON p.id = i."publicationId"
    LEFT JOIN "Page" g ON g."issueId" = i.id LEFT JOIN "Article" a ON a."pageId" = g.id
    WHERE i.date >= make_date(${year}::int, 1, 1) AND i.date < make_date(${year}::int + 1, 1, 1)
      AND (${publication ?? null}::text IS NULL OR p.name = ${publication ?? null}::text)
    GROUP BY i.date ORDER BY i.date`,
  )
  const months = new Map<string, CalendarMonth>()
  for (const { issues, ...day } of days) {
    const key = day.date.slice(0, 7)
    let month = months.get(key)
    if (!month) months.set(key, (month = { month: key, issueCount: 0, articleCount: 0, days: [] }))
    month.issueCount += issues
    month.articleCount += day.articleCount
    month.days.push(day)
  }
  return [...months.values()]
}
