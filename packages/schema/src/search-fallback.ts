// Full-text search over titles and paragraphs with LIKE '%q%' semantics.
// TODO(#4): replace with @broadsheet/db's searchArticles (the Chinese bigram index) once it lands.
import type { Prisma, PrismaClient } from '../../../prisma/generated/prisma/client.ts'

export interface SearchHit {
  articleId: number
  score: number
  highlights: string[]
}

export interface FacetBucket {
  value: string
  count: number
}

export interface SearchResult {
  totalCount: number
  hits: SearchHit[]
  facets: { kind: FacetBucket[]; month: FacetBucket[]; entity: FacetBucket[] }
}

/** Articles whose kicker, title, subtitle or a paragraph contains `query`, newest first. */
export async function searchArticles(
  prisma: PrismaClient,
  options: { query: string; where: Prisma.ArticleWhereInput; offset: number; limit: number },
): Promise<SearchResult> {
  const { query } = options
  const where: Prisma.ArticleWhereInput = {
    AND: [
      options.where,
      {
        OR: [
          { kicker: { contains: query } },
          { title: { contains: query } },
          { subtitle: { contains: query } },
          { paragraphs: { some: { text: { contains: query } } } },
        ],
      },
    ],
  }
  const [totalCount, rows, kinds, days, entities] = await Promise.all([
    prisma.article.count({ where }),
    prisma.article.findMany({
      where,
      orderBy: [{ date: 'desc' }, { id: 'desc' }],
      skip: options.offset,
      take: options.limit,
      select: {
        id: true,
        kicker: true,
        title: true,
        subtitle: true,
        paragraphs: {
          where: { text: { contains: query } },
          select: { text: true },
          orderBy: { position: 'asc' },
        },
      },
    }),
    prisma.article.groupBy({ by: ['kind'], where, _count: { _all: true } }),
    prisma.article.groupBy({ by: ['date'], where, _count: { _all: true } }),
    prisma.mention.groupBy({
      by: ['entityId'],
      where: { article: where },
      _count: { _all: true },
      orderBy: [{ _count: { entityId: 'desc' } }, { entityId: 'asc' }],
      take: 10,
    }),
  ])
  const months = new Map<string, number>()
  for (const day of days) {
    const month = day.date.toISOString().slice(0, 7)
    months.set(month, (months.get(month) ?? 0) + day._count._all)
  }
  const names = await prisma.entity.findMany({
    where: { id: { in: entities.map((e) => e.entityId) } },
    select: { id: true, name: true },
  })
  const nameOf = new Map(names.map((e) => [e.id, e.name]))
  const hits = rows.map((row) => {
    const texts = [row.kicker, row.title, row.subtitle, ...row.paragraphs.map((p) => p.text)]
    const fields = texts.filter((t): t is string => t != null && t.includes(query))
    return {
      articleId: row.id,
      score: fields.reduce((sum, text) => sum + text.split(query).length - 1, 0),
      highlights: fields.slice(0, 3).map((text) => highlight(text, query)),
    }
  })
  return {
    totalCount,
    hits,
    facets: {
      kind: kinds.map((k) => ({ value: k.kind, count: k._count._all })).sort(byCount),
      month: [...months]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.value.localeCompare(a.value)),
      entity: entities.map((e) => ({
        value: nameOf.get(e.entityId) ?? String(e.entityId),
        count: e._count._all,
      })),
    },
  }
}

const byCount = (a: FacetBucket, b: FacetBucket) => b.count - a.count || a.value.localeCompare(b.value)

/**
 * A snippet of about 60 characters around the first hit, with each hit wrapped in `<mark>` and the rest
 * HTML-escaped: `…疫情<mark>防控</mark>关乎生命…`.
 */
export function highlight(text: string, query: string, radius = 30): string {
  const at = text.indexOf(query)
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + query.length + radius)
  const body = text
    .slice(start, end)
    .split(query)
    .map(escapeHtml)
    .join(`<mark>${escapeHtml(query)}</mark>`)
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
