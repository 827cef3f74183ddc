// What an ArticleFilter means, in SQL: the one implementation, shared by article lists, counts and search.
import { Prisma } from '../../generated/prisma/client.ts'
import type { ArticleKind } from '../../generated/prisma/enums.ts'
import { InputError } from '../input-error.ts'
import { dayText } from './days.ts'

/** Most entities one filter may require: each is a lookup in the article-entity index. */
export const MAX_FILTER_ENTITIES = 10

/** Narrows a list of articles. Every condition given must hold. */
export interface ArticleFilter {
  /** Issue date on or after this day (`YYYY-MM-DD` or a Date at UTC midnight). */
  dateFrom?: string | Date | null
  /** Issue date on or before this day. */
  dateTo?: string | Date | null
  /** Issue date exactly. */
  date?: string | Date | null
  /** Publication name, such as 人民日报. */
  publication?: string | null
  /** Page number (版次). */
  page?: number | null
  kind?: ArticleKind | null
  /** Entities the article must all mention (Entity ids), at most {@link MAX_FILTER_ENTITIES}. */
  entityIds?: readonly number[] | null
  /** News agency in a byline or the dateline, such as 新华社. */
  agency?: string | null
}

/** A filter checked and normalized: days as `YYYY-MM-DD`, entity ids distinct. */
interface CheckedFilter {
  dateFrom: string | null
  dateTo: string | null
  date: string | null
  publication: string | null
  page: number | null
  kind: ArticleKind | null
  entityIds: number[]
  agency: string | null
}

/**
 * Check `filter` and return it normalized, or throw an InputError naming the field: an impossible or inverted
 * date range, a page that is not a page number, too many entities.
 */
export function checkArticleFilter(filter: ArticleFilter | null | undefined): CheckedFilter {
  const day = (value: string | Date | null | undefined, name: string) => dayText(value, `filter.${name}`)
  const dateFrom = day(filter?.dateFrom, 'dateFrom')
  const dateTo = day(filter?.dateTo, 'dateTo')
  if (dateFrom && dateTo && dateFrom > dateTo)
    throw new InputError('filter.dateFrom', `${dateFrom} is after filter.dateTo (${dateTo})`)
  const page = filter?.page ?? null
  if (page !== null && !(Number.isInteger(page) && page >= 0 && page <= 9999))
    throw new InputError('filter.page', `must be a page number from 0 to 9999, got ${page}`)
  const entityIds = [...new Set(filter?.entityIds ?? [])]
  if (entityIds.length > MAX_FILTER_ENTITIES)
    throw new InputError(
      'filter.entityIds',
      `at most ${MAX_FILTER_ENTITIES} entities, got ${entityIds.length}`,
    )
  return {
    dateFrom,
    dateTo,
    date: day(filter?.date, 'date'),
    publication: filter?.publication ?? null,
    page,
    kind: filter?.kind ?? null,
    entityIds,
    agency: filter?.agency || null,
  }
}

/**
 * The SQL condition on the article row `a` that `filter` means (`TRUE` for no filter). Checks the filter first.
 * Required entities are read from the article-entity index, entity by entity, and intersected, so the cost
 * follows the entities' article counts, not the archive's size.
 *
 * @example Prisma.sql`SELECT count(*) FROM "Article" a WHERE ${articleFilterSql({ kind: 'PHOTO' })}`
 */
export function articleFilterSql(filter: ArticleFilter | null | undefined): Prisma.Sql {
  const f = checkArticleFilter(filter)
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`]
  if (f.dateFrom) and.push(Prisma.sql`a.date >= ${f.dateFrom}::date`)
  if (f.dateTo) and.push(Prisma.sql`a.date <= ${f.dateTo}::date`)
  if (f.date) and.push(Prisma.sql`a.date = ${f.date}::date`)
  if (f.kind) and.push(Prisma.sql`a.kind = ${f.kind}::"ArticleKind"`)
  if (f.publication != null || f.page != null) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Page" fg JOIN "Issue" fi ON fi.id = fg."issueId"
      JOIN "Publication" fp ON fp.id = fi."publicationId" WHERE fg.id = a."pageId"
      ${f.publication != null ? Prisma.sql`AND fp.name = ${f.publication}` : Prisma.empty}
      ${f.page != null ? Prisma.sql`AND fg.number = ${f.page}` : Prisma.empty})`)
  }
  if (f.entityIds.length > 0) {
    and.push(Prisma.sql`a.id IN (SELECT fx."articleId" FROM "ArticleEntity" fx
      WHERE fx."entityId" = ANY(${f.entityIds}::int[])
      GROUP BY fx."articleId" HAVING count(*) = ${f.entityIds.length})`)
  }
  if (f.agency) {
    and.push(Prisma.sql`(a."datelineAgency" = ${f.agency}
      OR EXISTS (SELECT 1 FROM "Byline" fb WHERE fb."articleId" = a.id AND fb.agency = ${f.agency}))`)
  }
  return Prisma.join(and, ' AND ')
}

/** Whether `filter` needs more than the date index to answer: such lists run on the pool for expensive statements. */
export function isCostlyFilter(filter: ArticleFilter | null | undefined): boolean {
  return (
    !!filter &&
    (!!filter.entityIds?.length || !!filter.agency || filter.publication != null || filter.page != null)
  )
}
