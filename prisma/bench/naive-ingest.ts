// The naive way to store a parsed page, for comparison: one Prisma `create` with nested writes per article.
import type { PrismaClient } from '../generated/prisma/client.ts'
import { describeEntity } from '../src/ingest/describe-entity.ts'
import type { IngestUnit } from '../src/ingest/ingest-parsed-page.ts'
import { planArticles } from '../src/ingest/plan-articles.ts'

/** Store units the way an ORM tutorial would: upserts for page and entities, then a nested create per article. */
export async function naiveIngest(prisma: PrismaClient, units: IngestUnit[]): Promise<number> {
  let articles = 0
  for (const { parsed, source } of units) {
    const plan = planArticles(parsed, source)
    await prisma.$transaction(
      async (tx) => {
        const publication = await tx.publication.upsert({
          where: { name: plan.publication },
          create: { name: plan.publication },
          update: {},
        })
        const date = new Date(`${plan.date}T00:00:00Z`)
        const issue = await tx.issue.upsert({
          where: { publicationId_date: { publicationId: publication.id, date } },
          create: { publicationId: publication.id, date },
          update: {},
        })
        const page = await tx.page.upsert({
          where: { issueId_number: { issueId: issue.id, number: plan.number } },
          create: { issueId: issue.id, number: plan.number },
          update: {},
        })
        for (const draft of plan.articles) {
          const entityIds = new Map<string, number>()
          const counts = new Map<string, number>()
          for (const key of new Set(draft.mentions.map((m) => m.key))) {
            const e = describeEntity(key)
            const mentions = draft.mentions.filter((m) => m.key === key).length
            counts.set(key, mentions)
            const entity = await tx.entity.upsert({
              where: { key },
              create: {
                key,
                type: e.type,
                name: e.name,
                aliases: e.aliases,
                mentionCount: mentions,
                articleCount: 1,
              },
              update: { mentionCount: { increment: mentions }, articleCount: { increment: 1 } },
            })
            entityIds.set(key, entity.id)
          }
          const article = await tx.article.create({
            data: {
              publicId: draft.publicId,
              pageId: page.id,
              position: draft.position,
              date,
              kind: draft.kind,
              kicker: draft.kicker,
              title: draft.title,
              subtitle: draft.subtitle,
              credit: draft.credit,
              datelineText: draft.datelineText,
              datelineAgency: draft.datelineAgency,
              datelinePlace: draft.datelinePlace,
              datelineDate: draft.datelineDate ? new Date(`${draft.datelineDate}T00:00:00Z`) : null,
              sourceFormat: draft.sourceFormat,
              sourceFile: draft.sourceFile,
              sourceFirstLine: draft.sourceFirstLine,
              sourceLastLine: draft.sourceLastLine,
              sourceText: draft.sourceText,
              contentHash: draft.contentHash,
              bylines: { create: draft.bylines },
              sections: { create: draft.sections },
              paragraphs: { create: draft.paragraphs },
              placements: {
                create: draft.placements.map((p, position) => ({
                  publicId: p.publicId,
                  position,
                  role: p.role,
                  pageId: page.id,
                  date,
                  pagePosition: p.pagePosition,
                  sourceFile: p.sourceFile,
                  sourceFirstLine: p.sourceFirstLine,
                  sourceLastLine: p.sourceLastLine,
                  contentHash: p.contentHash,
                  continuesOnPage: p.continuesOnPage,
                  continuedFromPage: p.continuedFromPage,
                })),
              },
              mentions: {
                create: draft.mentions.map((m) => ({
                  position: m.position,
                  entityId: entityIds.get(m.key)!,
                  field: m.field,
                  paragraphPosition: m.paragraphPosition,
                  bylinePosition: m.bylinePosition,
                  date,
                  start: m.start,
                  end: m.end,
                  text: m.text,
                  source: m.source,
                })),
              },
              entityCounts: {
                create: [...counts].map(([key, mentions]) => ({
                  entityId: entityIds.get(key)!,
                  date,
                  mentions,
                })),
              },
            },
          })
          await tx.articleHash.create({ data: { contentHash: draft.contentHash, articleId: article.id } })
          articles++
        }
      },
      { timeout: 300_000, maxWait: 60_000 },
    )
  }
  return articles
}
