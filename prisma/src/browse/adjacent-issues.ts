// The issues of the same publication printed just before and just after a day.
import { type Issue, Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { preparedQuery } from '../prepared-query.ts'

/**
 * The dates (`YYYY-MM-DD`) of the previous and next issues of `publicationId` around `date`, or null at either
 * end of the archive.
 *
 * @example await adjacentIssues(prisma, 1, '2020-02-01') // { previous: '2020-01-31', next: '2020-02-02' }
 */
export async function adjacentIssues(
  prisma: PrismaClient,
  publicationId: number,
  date: Date | string,
): Promise<{ previous: string | null; next: string | null }> {
  const day = typeof date === 'string' ? date : date.toISOString().slice(0, 10)
  const [row] = await preparedQuery<{ previous: string | null; next: string | null }>(
    prisma,
    Prisma.sql`
    SELECT
      (SELECT to_char(date, 'YYYY-MM-DD') FROM "Issue" WHERE "publicationId" = ${publicationId}
         AND date < ${day}::date ORDER BY date DESC LIMIT 1) AS previous,
      (SELECT to_char(date, 'YYYY-MM-DD') FROM "Issue" WHERE "publicationId" = ${publicationId}
         AND date > ${day}::date ORDER BY date LIMIT 1) AS next`,
  )
  return { previous: row?.previous ?? null, next: row?.next ?? null }
}

/**
 * The issue of the same publication printed just before (`previous`) or after (`next`) `issue`, with what `query`
 * selects (Pothos plans it), or null at that end of the archive.
 *
 * @example await findAdjacentIssue(prisma, { select: { date: true } }, { publicationId: 1, date }, 'next')
 */
export async function findAdjacentIssue<Row = Issue>(
  prisma: PrismaClient,
  query: Pick<Prisma.IssueFindUniqueArgs, 'select' | 'include'>,
  issue: { publicationId: number; date: Date | string },
  which: 'previous' | 'next',
): Promise<Row | null> {
  const date = (await adjacentIssues(prisma, issue.publicationId, issue.date))[which]
  if (!date) return null
  return (await prisma.issue.findUnique({
    ...query,
    where: {
      publicationId_date: { publicationId: issue.publicationId, date: new Date(`${date}T00:00:00Z`) },
    },
  })) as Row | null
}
