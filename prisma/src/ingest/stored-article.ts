// Read stored articles back as the parser's items, with their placements: what a story rebuilt from parts starts from.
import type { EntityType, Item, ItemKind } from '@broadsheet/parser'
import { Prisma } from '../../generated/prisma/client.ts'
import type { MentionSource, PlacementRole } from '../../generated/prisma/enums.ts'
import type { RawTransaction } from '../raw-transaction.ts'
import type { ArticleDraft, ArticleOriginField, PlacementDraft } from './plan-articles.ts'

/** A stored article as a draft: its item (lines counted in its file), placements and where it was printed first. */
export type StoredArticle = Pick<ArticleDraft, ArticleOriginField> & {
  id: number
  pageId: number
  page: number
  issueId: number
  date: string
}

interface ArticleRow {
  id: number
  pageId: number
  page: number
  issueId: number
  date: string
  kind: string
  kicker: string | null
  title: string | null
  subtitle: string | null
  credit: string | null
  datelineText: string | null
  datelineAgency: string | null
  datelinePlace: string | null
  datelineDate: string | null
  publicId: string
  position: number
  sourceFormat: ArticleDraft['sourceFormat']
  sourceFile: string
  sourceFirstLine: number
  sourceLastLine: number
  sourceText: string
  contentHash: string
  bylines: { text: string; agency: string | null; role: string | null; names: string[] }[]
  sections: { heading: string | null }[]
  paragraphs: {
    text: string
    dateline: string | null
    sectionPosition: number
    firstLine: number
    lastLine: number
  }[]
  mentions: {
    key: string
    field: 'TITLE' | 'PARAGRAPH' | 'BYLINE'
    paragraphPosition: number | null
    start: number
    end: number
    text: string
    source: MentionSource
  }[]
}

/** The stored articles with these ids, as items with their placements, in no particular order. */
export async function readStoredArticles(tx: RawTransaction, ids: number[]): Promise<StoredArticle[]> {
  if (ids.length === 0) return []
  const rows = await tx.query<ArticleRow>(Prisma.sql`
    SELECT a.id, a."pageId", g.number AS page, g."issueId", to_char(a.date, 'YYYY-MM-DD') AS date, a.kind::text AS kind, a.kicker, a.title,
      a.subtitle, a.credit, a."datelineText", a."datelineAgency", a."datelinePlace",
      to_char(a."datelineDate", 'YYYY-MM-DD') AS "datelineDate", a."publicId", a.position,
      a."sourceFormat"::text AS "sourceFormat", a."sourceFile", a."sourceFirstLine", a."sourceLastLine",
      a."sourceText", a."contentHash",
      coalesce((SELECT json_agg(json_build_object('text', b.text, 'agency', b.agency, 'role', b.role,
        'names', b.names) ORDER BY b.position) FROM "Byline" b WHERE b."articleId" = a.id), '[]') AS bylines,
      coalesce((SELECT json_agg(json_build_object('heading', s.heading) ORDER BY s.position)
        FROM "Section" s WHERE s."articleId" = a.id), '[]') AS sections,
      coalesce((SELECT json_agg(json_build_object('text', p.text, 'dateline', p."datelineText",
        'sectionPosition', p."sectionPosition",
        'firstLine', p."firstLine", 'lastLine', p."lastLine") ORDER BY p.position)
        FROM "Paragraph" p WHERE p."articleId" = a.id), '[]') AS paragraphs,
      coalesce((SELECT json_agg(json_build_object('key', e.key, 'field', m.field,
        'paragraphPosition', m."paragraphPosition", 'start', m.start, 'end', m."end", 'text', m.text,
        'source', m.source) ORDER BY m.position)
        FROM "Mention" m JOIN "Entity" e ON e.id = m."entityId" WHERE m."articleId" = a.id), '[]') AS mentions
    FROM "Article" a JOIN "Page" g ON g.id = a."pageId" WHERE a.id = ANY(${ids}::int[])`)
  const placements = await readPlacements(tx, ids)
  return rows.map((row) => ({
    id: row.id,
    pageId: row.pageId,
    page: row.page,
    issueId: row.issueId,
    date: row.date,
    contentHash: row.contentHash,
    publicId: row.publicId,
    placements: placements.get(row.id) ?? [],
    item: toItem(row),
    mentionSource: row.mentions[0]?.source ?? 'RECOGNIZER',
    position: row.position,
    sourceFormat: row.sourceFormat,
    sourceFile: row.sourceFile,
    sourceFirstLine: row.sourceFirstLine,
    sourceLastLine: row.sourceLastLine,
    sourceText: row.sourceText,
  }))
}

/** The placements of each of these articles, in order. */
export async function readPlacements(
  tx: RawTransaction,
  ids: number[],
): Promise<Map<number, PlacementDraft[]>> {
  const rows = await tx.query<PlacementDraft & { articleId: number }>(Prisma.sql`
    SELECT "articleId", "publicId", role::text AS role, "pageId", to_char(date, 'YYYY-MM-DD') AS date,
      "pagePosition", "sourceFile", "sourceFirstLine", "sourceLastLine", "contentHash", "continuesOnPage",
      "continuedFromPage"
    FROM "Placement" WHERE "articleId" = ANY(${ids}::int[]) ORDER BY "articleId", position`)
  const byArticle = new Map<number, PlacementDraft[]>()
  for (const { articleId, ...placement } of rows) {
    const list = byArticle.get(articleId) ?? []
    list.push({ ...placement, role: placement.role as PlacementRole })
    byArticle.set(articleId, list)
  }
  return byArticle
}

// The item the rows were planned from: mentions back into spans, the first placement's jump lines back in place.
function toItem(row: ArticleRow): Item {
  const span = (m: ArticleRow['mentions'][number]) => ({
    text: m.text,
    type: m.key.slice(0, m.key.indexOf(':')) as EntityType,
    start: m.start,
    end: m.end,
    canonical: m.key,
  })
  const paragraphs = row.paragraphs.map((p, position) => ({
    sectionPosition: p.sectionPosition,
    paragraph: {
      text: p.text,
      // The stored text is what a join and the page need; the rest of the dateline is the item's.
      dateline: p.dateline === null ? null : { text: p.dateline, agency: null, place: null, date: null },
      lines: [p.firstLine, p.lastLine] as [number, number],
      entities: row.mentions
        .filter((m) => m.field === 'PARAGRAPH' && m.paragraphPosition === position)
        .map(span),
    },
  }))
  return {
    kind: row.kind.toLowerCase() as ItemKind,
    kicker: row.kicker,
    title: row.title,
    subtitle: row.subtitle,
    titleEntities: row.mentions.filter((m) => m.field === 'TITLE').map(span),
    bylines: row.bylines,
    credit: row.credit,
    dateline:
      row.datelineText === null
        ? null
        : {
            text: row.datelineText,
            agency: row.datelineAgency,
            place: row.datelinePlace,
            date: row.datelineDate,
          },
    sections: row.sections.map((section, s) => ({
      heading: section.heading,
      paragraphs: paragraphs.filter((p) => p.sectionPosition === s).map((p) => p.paragraph),
    })),
    // Where a story jumps is kept on each of its placements, not on the article.
    continuesOnPage: null,
    continuedFromPage: null,
    lines: [row.sourceFirstLine, row.sourceLastLine],
  }
}
