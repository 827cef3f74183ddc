// Count what a reader of the loaded archive meets first: duplicate stories, misread items, missing bylines, run-in
// datelines, split names, and the top entities of each type.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { searchArticles } from '../search/search-articles.ts'

/** A story continued on another page, with the page of each part. */
export interface ContinuedStory {
  publicId: string
  title: string | null
  pages: number[]
}

/** One of the most-mentioned entities of a type. */
export interface TopEntity {
  key: string
  name: string
  mentions: number
  articles: number
}

/** What `auditArchive` counts. Each count names the fault it measures; 0 is right for most. */
export interface ArchiveAudit {
  articles: number
  /** Articles per kind and source format (`EEDITION ARTICLE`, `PKU PHOTO`, …). */
  kinds: { format: string; kind: string; count: number }[]
  /** Articles beyond the first in a group of one issue with the same text (at least 20 characters). */
  exactDuplicates: number
  /** Pairs of articles of one issue that share a title, and how many of them share a generic one (图片报道, 广告…). */
  sameTitlePairs: number
  sameTitleGenericPairs: number
  /** Printings stored as placements of another article: reprints, and continued parts. */
  reprints: number
  continuations: number
  continuedExamples: ContinuedStory[]
  /**
   * PKU items whose title holds their whole text (a title and no body), bar photos: a chart's or a picture's
   * heading (`上海综合指数日Ｋ线图`) is its title, with the picture for a body.
   */
  pkuWholeTextTitles: number
  /** Titles that read as whole sentences: sentence punctuation inside or at the end. */
  sentenceTitles: number
  /** Articles with no paragraph at all, per kind. */
  noBody: { kind: string; count: number }[]
  /** Articles with at least one byline. */
  withBylines: number
  /** E-edition articles whose text opens with a dateline naming a reporter, and how many of them have bylines. */
  reporterDatelines: number
  reporterDatelinesWithBylines: number
  /** Byline names of one character: a two-character name padded to three and split (`付 文` → 付). */
  splitNames: number
  /** Paragraphs opening with a dateline, and how many of them carry it as their dateline (set apart on screen). */
  datelineParagraphs: number
  datelineParagraphsSetApart: number
  /** The top entities of each type. */
  top: Record<'PERSON' | 'LOCATION' | 'ORGANIZATION', TopEntity[]>
  /** Entities named by one character among the top of each type (`奥`, `伊`, a bare surname). */
  singleCharacterTop: number
  /** The first 20 hits of a search for 习近平, and how many distinct texts they hold. */
  search: { query: string; hits: number; distinctTexts: number }
}

/** Generic titles, as consolidation knows them: the same title under them is no sign of the same story. */
const GENERIC = ['图片报道', '图片新闻', '新闻图片', '摄影报道', '广告', '图表', '简讯', '短讯']

// A dateline opening a paragraph: agency, place and day, `电`, then the reporters' bracket (`（记者…）`).
const REPORTER_DATELINE = String.raw`^据?(新华社|本报|中新社|人民日报)[^，。：（(]{0,24}?电\s*[（(][^）)]*?(记者|通讯员)[^）)]*[）)]`
const LEADING_DATELINE = String.raw`^据?(新华社|本报|中新社|人民日报)[^，。：（(]{0,24}?[0-9０-９一二三四五六七八九十]+日电`

/**
 * Count the archive's faults and list its top entities (`top` of each type, default 50).
 *
 * @example const audit = await auditArchive(prisma); console.log(formatAudit(audit))
 */
export async function auditArchive(
  prisma: PrismaClient,
  options: { top?: number } = {},
): Promise<ArchiveAudit> {
  const top = options.top ?? 50
  const [counts] = await prisma.$queryRaw<Record<string, number>[]>(Prisma.sql`
    WITH body AS (
      SELECT a.id, a.date, a.title, a.kind, a."sourceFormat", g."issueId",
        coalesce((SELECT string_agg(p.text, E'\\n' ORDER BY p.position) FROM "Paragraph" p
          WHERE p."articleId" = a.id), '') AS text
      FROM "Article" a JOIN "Page" g ON g.id = a."pageId"
    ), firsts AS (
      SELECT p."articleId", p.text FROM "Paragraph" p WHERE p.position = 0
    )
    SELECT
      (SELECT count(*)::int FROM "Article") AS articles,
      (SELECT coalesce(sum(n - 1), 0)::int FROM (SELECT count(*) AS n FROM body WHERE length(text) >= 20
        GROUP BY "issueId", text) t) AS "exactDuplicates",
      (SELECT count(*)::int FROM body x JOIN body y ON x."issueId" = y."issueId" AND x.title = y.title
        AND x.id < y.id) AS "sameTitlePairs",
      (SELECT count(*)::int FROM body x JOIN body y ON x."issueId" = y."issueId" AND x.title = y.title
        AND x.id < y.id WHERE x.title = ANY(${GENERIC}::text[])) AS "sameTitleGenericPairs",
      (SELECT count(*)::int FROM "Placement" WHERE role = 'REPRINT') AS reprints,
      (SELECT count(*)::int FROM "Placement" WHERE role = 'CONTINUATION') AS continuations,
      (SELECT count(*)::int FROM body WHERE "sourceFormat" = 'PKU' AND kind <> 'PHOTO' AND title IS NOT NULL
        AND text = '')
        AS "pkuWholeTextTitles",
      (SELECT count(*)::int FROM "Article" WHERE title ~ '[。！？；]') AS "sentenceTitles",
      (SELECT count(DISTINCT "articleId")::int FROM "Byline") AS "withBylines",
      (SELECT count(*)::int FROM firsts f JOIN "Article" a ON a.id = f."articleId"
        WHERE a."sourceFormat" = 'EEDITION' AND f.text ~ ${REPORTER_DATELINE}) AS "reporterDatelines",
      (SELECT count(*)::int FROM firsts f JOIN "Article" a ON a.id = f."articleId"
        WHERE a."sourceFormat" = 'EEDITION' AND f.text ~ ${REPORTER_DATELINE}
          AND EXISTS (SELECT 1 FROM "Byline" b WHERE b."articleId" = a.id)) AS "reporterDatelinesWithBylines",
      (SELECT count(*)::int FROM "Byline" b, unnest(b.names) AS n WHERE char_length(n) = 1) AS "splitNames",
      (SELECT count(*)::int FROM "Paragraph" p WHERE p.text ~ ${LEADING_DATELINE}) AS "datelineParagraphs",
      (SELECT count(*)::int FROM "Paragraph" p
        WHERE p.text ~ ${LEADING_DATELINE} AND p."datelineText" IS NOT NULL
          AND starts_with(p.text, p."datelineText")) AS "datelineParagraphsSetApart"`)
  const kinds = await prisma.$queryRaw<{ format: string; kind: string; count: number }[]>`
    SELECT "sourceFormat"::text AS format, kind::text AS kind, count(*)::int AS count FROM "Article"
    GROUP BY 1, 2 ORDER BY 1, 3 DESC`
  const noBody = await prisma.$queryRaw<{ kind: string; count: number }[]>`
    SELECT kind::text AS kind, count(*)::int AS count FROM "Article" a
    WHERE NOT EXISTS (SELECT 1 FROM "Paragraph" p WHERE p."articleId" = a.id) GROUP BY 1 ORDER BY 2 DESC`
  const continuedExamples = await prisma.$queryRaw<ContinuedStory[]>`
    SELECT a."publicId", a.title, array_agg(g.number ORDER BY p.position) AS pages
    FROM "Article" a JOIN "Placement" p ON p."articleId" = a.id AND p.role <> 'REPRINT'
    JOIN "Page" g ON g.id = p."pageId"
    WHERE EXISTS (SELECT 1 FROM "Placement" c WHERE c."articleId" = a.id AND c.role = 'CONTINUATION')
    GROUP BY a.id ORDER BY a.date, a."publicId" LIMIT 3`
  const topRows = await prisma.$queryRaw<(TopEntity & { type: keyof ArchiveAudit['top'] })[]>`
    SELECT type::text AS type, key, name, "mentionCount" AS mentions, "articleCount" AS articles FROM (
      SELECT e.*, row_number() OVER (PARTITION BY type ORDER BY "mentionCount" DESC, key) AS rank FROM "Entity" e
    ) ranked WHERE rank <= ${top} ORDER BY type, rank`
  const byType = (type: keyof ArchiveAudit['top']) =>
    topRows.filter((row) => row.type === type).map(({ type: _, ...row }) => row)
  const topEntities = {
    PERSON: byType('PERSON'),
    LOCATION: byType('LOCATION'),
    ORGANIZATION: byType('ORGANIZATION'),
  }
  const search = await searchXi(prisma)
  return {
    ...(counts as Omit<
      ArchiveAudit,
      'kinds' | 'noBody' | 'continuedExamples' | 'top' | 'singleCharacterTop' | 'search'
    >),
    kinds,
    noBody,
    continuedExamples,
    top: topEntities,
    singleCharacterTop: Object.values(topEntities)
      .flat()
      .filter((e) => [...e.name].length === 1).length,
    search,
  }
}

// Does a search list each story once? The first 20 hits for 习近平 and the distinct texts among them.
async function searchXi(prisma: PrismaClient): Promise<ArchiveAudit['search']> {
  const query = '习近平'
  const result = await searchArticles(prisma, { query, first: 20, facets: false })
  const ids = result.hits.map((hit) => hit.articleId)
  if (ids.length === 0) return { query, hits: 0, distinctTexts: 0 }
  const [row] = await prisma.$queryRaw<{ distinct: number }[]>`
    SELECT count(DISTINCT coalesce(title, '') || E'\\n' || coalesce((SELECT string_agg(p.text, E'\\n'
      ORDER BY p.position) FROM "Paragraph" p WHERE p."articleId" = a.id), ''))::int AS distinct
    FROM "Article" a WHERE a.id = ANY(${ids}::int[])`
  return { query, hits: ids.length, distinctTexts: row?.distinct ?? 0 }
}

const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`)

/**
 * The audit as text: one line per count, the continued stories, and the top entities of each type (all of them
 * with `entities: true`, the counts alone without).
 */
export function formatAudit(audit: ArchiveAudit, options: { entities?: boolean } = {}): string {
  const lines = [
    `Archive audit: ${audit.articles} articles`,
    `  exact duplicate articles (same text in one issue): ${audit.exactDuplicates}`,
    `  same-issue pairs sharing a title: ${audit.sameTitlePairs} (${audit.sameTitleGenericPairs} under a generic title)`,
    `  placements: ${audit.reprints} reprints, ${audit.continuations} continued parts joined`,
    ...audit.continuedExamples.map(
      (c) => `    continued: ${c.publicId} ${c.title ?? '（无标题）'} — pages ${c.pages.join(' → ')}`,
    ),
    `  PKU articles whose title holds the whole text (photos aside): ${audit.pkuWholeTextTitles}`,
    `  titles that are whole sentences: ${audit.sentenceTitles}`,
    `  kinds: ${audit.kinds.map((k) => `${k.format} ${k.kind} ${k.count}`).join(', ')}`,
    `  articles with no body: ${audit.noBody.reduce((n, k) => n + k.count, 0)} (${audit.noBody.map((k) => `${k.kind} ${k.count}`).join(', ') || 'none'})`,
    `  articles with bylines: ${audit.withBylines} of ${audit.articles} (${pct(audit.withBylines, audit.articles)})`,
    `  e-edition articles opening with a dateline naming a reporter: ${audit.reporterDatelines}, with bylines ${audit.reporterDatelinesWithBylines} (${pct(audit.reporterDatelinesWithBylines, audit.reporterDatelines)})`,
    `  padded names split (one-character byline names): ${audit.splitNames}`,
    `  paragraphs opening with a dateline: ${audit.datelineParagraphs}, set apart as their dateline ${audit.datelineParagraphsSetApart}, run in ${audit.datelineParagraphs - audit.datelineParagraphsSetApart}`,
    `  single-character entities among the top ${audit.top.PERSON.length} of each type: ${audit.singleCharacterTop}`,
    `  search ${audit.search.query}: ${audit.search.distinctTexts} distinct stories in the first ${audit.search.hits} hits`,
  ]
  if (options.entities) {
    for (const type of ['PERSON', 'LOCATION', 'ORGANIZATION'] as const) {
      lines.push(`  top ${audit.top[type].length} ${type}:`)
      lines.push(
        ...chunk(
          audit.top[type].map((e, i) => `${i + 1}. ${e.name} ${e.mentions}/${e.articles}`),
          5,
        ).map((row) => `    ${row.join('  ')}`),
      )
    }
  }
  return lines.join('\n')
}

function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = []
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size))
  return rows
}
