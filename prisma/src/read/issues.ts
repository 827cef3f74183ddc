// Read publications and their issues: newest issue first, an issue by day, and the corpus's totals.
import type { Issue, Prisma, PrismaClient, Publication } from '../../generated/prisma/client.ts'
import { dayText } from './days.ts'
import { checkedQuery } from './prisma-query.ts'

/** Which issues a list keeps: one publication's, by name or id, or every one. */
export interface IssueListFilter {
  publication?: string | null
  publicationId?: number | null
}

function issueWhere(filter: IssueListFilter): Prisma.IssueWhereInput {
  return {
    ...(filter.publication ? { publication: { name: filter.publication } } : {}),
    ...(filter.publicationId != null ? { publicationId: filter.publicationId } : {}),
  }
}

/** The issues `filter` keeps, newest first, paged by the `take`/`skip`/`cursor` of `query` (Pothos plans them). */
export function findIssues<Row = Issue>(
  prisma: PrismaClient,
  query: Prisma.IssueFindManyArgs,
  filter: IssueListFilter = {},
): Promise<Row[]> {
  return prisma.issue.findMany({
    ...checkedQuery(query),
    where: issueWhere(filter),
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
  }) as Promise<Row[]>
}

/** How many issues `filter` keeps. */
export function countIssues(prisma: PrismaClient, filter: IssueListFilter = {}): Promise<number> {
  return prisma.issue.count({ where: issueWhere(filter) })
}

/** The issue of `date` (of `publication`, or the first stored that day), with what `query` selects, or null. */
export async function findIssue<Row = Issue>(
  prisma: PrismaClient,
  query: Pick<Prisma.IssueFindFirstArgs, 'select' | 'include'>,
  options: { date: string | Date; publication?: string | null },
): Promise<Row | null> {
  const date = new Date(`${dayText(options.date, 'date')}T00:00:00Z`)
  return (await prisma.issue.findFirst({
    ...query,
    where: { date, ...(options.publication ? { publication: { name: options.publication } } : {}) },
    orderBy: { id: 'asc' },
  })) as Row | null
}

/** Every publication, by name, with what `query` selects. */
export function findPublications<Row = Publication>(
  prisma: PrismaClient,
  query: Pick<Prisma.PublicationFindManyArgs, 'select' | 'include'>,
): Promise<Row[]> {
  return prisma.publication.findMany({ ...query, orderBy: { name: 'asc' } }) as Promise<Row[]>
}

/** What the archive holds. */
export interface CorpusCounts {
  articleCount: number
  issueCount: number
  entityCount: number
  publicationCount: number
  /** The oldest and newest issue (UTC midnight), or null in an empty archive. */
  firstDate: Date | null
  lastDate: Date | null
}

/** The archive's totals and the span of its issues. */
export async function corpusCounts(prisma: PrismaClient): Promise<CorpusCounts> {
  const [articleCount, issueCount, entityCount, publicationCount, dates] = await Promise.all([
    prisma.article.count(),
    prisma.issue.count(),
    prisma.entity.count(),
    prisma.publication.count(),
    prisma.issue.aggregate({ _min: { date: true }, _max: { date: true } }),
  ])
  return {
    articleCount,
    issueCount,
    entityCount,
    publicationCount,
    firstDate: dates._min.date,
    lastDate: dates._max.date,
  }
}
