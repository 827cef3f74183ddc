// Parse a page and store its articles in one transaction.
// TODO(#4): replace storeParsedPage with @broadsheet/db's ingestParsedPage (the seed's path) once it is exported.
import { createHash } from 'node:crypto'
import { type EntitySpan, type Item, type ParsedPage, parsePage } from '@broadsheet/parser'
import type { PrismaClient } from '../../../prisma/generated/prisma/client.ts'

export interface IngestPageInput {
  text: string
  /** The issue date, `YYYY-MM-DD`. */
  date: string
  page: number | null
  publication: string | null
}

/** Where parsed text came from, for provenance and for replacing a page when it is ingested again. */
export interface PageSource {
  file: string
  text: string
}

/** Stands in for the publication when the source does not name it. */
export const unknownPublication = '未知'

const kinds = { article: 'ARTICLE', commentary: 'COMMENTARY', photo: 'PHOTO', brief: 'BRIEF' } as const
const formats = { page: 'PAGE', eedition: 'EEDITION' } as const

/**
 * Parses `input.text` and stores it; returns the stored articles' ids in reading order and the parser's warnings.
 *
 * @example await ingestPage(prisma, { text, date: '2020-03-13', page: 4, publication: '人民日报' })
 */
export async function ingestPage(
  prisma: PrismaClient,
  input: IngestPageInput,
): Promise<{ articleIds: number[]; warnings: string[] }> {
  const parsed = parsePage(input.text, { date: input.date, page: input.page, publication: input.publication })
  const file = `ingest:${createHash('sha256').update(input.text).digest('hex').slice(0, 16)}`
  const articleIds = await storeParsedPage(prisma, parsed, { file, text: input.text })
  return { articleIds, warnings: parsed.warnings }
}

/** Stores a parsed page: its publication, issue and page, then each item with everything hanging off it. */
export async function storeParsedPage(
  prisma: PrismaClient,
  parsed: ParsedPage,
  source: PageSource,
): Promise<number[]> {
  if (!parsed.date) throw new Error(`${source.file}: a page needs its issue date`)
  const date = new Date(`${parsed.date}T00:00:00Z`)
  const lines = source.text.replace(/\r\n?/g, '\n').split('\n')
  return prisma.$transaction(
    async (tx) => {
      const name = parsed.publication ?? unknownPublication
      const publication = await tx.publication.upsert({ where: { name }, create: { name }, update: {} })
      const issue = await tx.issue.upsert({
        where: { publicationId_date: { publicationId: publication.id, date } },
        create: { publicationId: publication.id, date },
        update: {},
      })
      const number = parsed.page ?? 0
      const page = await tx.page.upsert({
        where: { issueId_number: { issueId: issue.id, number } },
        create: { issueId: issue.id, number },
        update: {},
      })

      const spans = parsed.items.flatMap(itemSpans)
      const keys = [...new Set(spans.map((span) => span.canonical))]
      await tx.entity.createMany({
        data: keys.map((key) => ({
          key,
          type: key.split(':')[0] as EntitySpan['type'],
          name: key.slice(key.indexOf(':') + 1),
        })),
        skipDuplicates: true,
      })
      const entities = await tx.entity.findMany({
        where: { key: { in: keys } },
        select: { id: true, key: true },
      })
      const entityId = new Map(entities.map((e) => [e.key, e.id]))

      const hashes = parsed.items.map((item) => contentHash(source, item))
      await tx.article.deleteMany({ where: { contentHash: { in: hashes } } })
      const ids: number[] = []
      for (const [position, item] of parsed.items.entries()) {
        const article = await tx.article.create({
          select: { id: true },
          data: {
            pageId: page.id,
            position,
            date,
            kind: kinds[item.kind],
            kicker: item.kicker,
            title: item.title,
            subtitle: item.subtitle,
            credit: item.credit,
            datelineText: item.dateline?.text ?? null,
            datelineAgency: item.dateline?.agency ?? null,
            datelinePlace: item.dateline?.place ?? null,
            datelineDate: item.dateline?.date ? new Date(`${item.dateline.date}T00:00:00Z`) : null,
            sourceFormat: formats[parsed.format],
            sourceFile: source.file,
            sourceFirstLine: item.lines[0],
            sourceLastLine: item.lines[1],
            sourceText: lines.slice(item.lines[0] - 1, item.lines[1]).join('\n'),
            contentHash: hashes[position]!,
          },
        })
        const articleId = article.id
        ids.push(articleId)
        await tx.byline.createMany({ data: item.bylines.map((b, i) => ({ articleId, position: i, ...b })) })
        await tx.section.createMany({
          data: item.sections.map((s, i) => ({ articleId, position: i, heading: s.heading })),
        })
        const paragraphs = item.sections.flatMap((s, sectionPosition) =>
          s.paragraphs.map((p) => ({ ...p, sectionPosition })),
        )
        await tx.paragraph.createMany({
          data: paragraphs.map((p, i) => ({
            articleId,
            position: i,
            sectionPosition: p.sectionPosition,
            text: p.text,
            firstLine: p.lines[0],
            lastLine: p.lines[1],
          })),
        })
        const mentions = [
          ...item.titleEntities.map((span) => ({ span, field: 'TITLE' as const, paragraphPosition: null })),
          ...paragraphs.flatMap((p, i) =>
            p.entities.map((span) => ({ span, field: 'PARAGRAPH' as const, paragraphPosition: i })),
          ),
        ]
        await tx.mention.createMany({
          data: mentions.map(({ span, field, paragraphPosition }, i) => ({
            articleId,
            position: i,
            entityId: entityId.get(span.canonical)!,
            field,
            paragraphPosition,
            date,
            start: span.start,
            end: span.end,
            text: span.text,
            source: 'RECOGNIZER' as const,
          })),
        })
      }
      const touched = [...entityId.values()]
      await tx.$executeRaw`
        UPDATE "Entity" e SET "mentionCount" = s.mentions, "articleCount" = s.articles
        FROM (SELECT "entityId", count(*)::int AS mentions, count(DISTINCT "articleId")::int AS articles
              FROM "Mention" WHERE "entityId" = ANY(${touched}::int[]) GROUP BY "entityId") s
        WHERE e.id = s."entityId"`
      return ids
    },
    { timeout: 60_000 },
  )
}

function itemSpans(item: Item): EntitySpan[] {
  return [...item.titleEntities, ...item.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.entities))]
}

function contentHash(source: PageSource, item: Item): string {
  return createHash('sha256')
    .update(`${source.file}\n${item.lines.join('-')}\n${source.text}`)
    .digest('hex')
}
