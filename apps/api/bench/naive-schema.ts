// The naive peer for the benchmark: the same SDL (schema.graphql) with plain per-field Prisma resolvers,
// as a first cut without Pothos would write them. Only what the benchmark queries touch is implemented.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type PrismaClient, searchArticles } from '@broadsheet/db'
import { buildSchema, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql'

type Row = Record<string, unknown> & { id: number }
type Ctx = { prisma: PrismaClient }
type Resolver = GraphQLFieldResolver<Row, Ctx, Record<string, unknown>>

const sdl = readFileSync(
  fileURLToPath(new URL('../../../packages/schema/schema.graphql', import.meta.url)),
  'utf8',
)
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64')
const localId = (id: unknown) => Number(Buffer.from(String(id), 'base64').toString().split(':')[1])
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)

function connection(rows: Row[], totalCount: () => Promise<number>) {
  return {
    edges: rows.map((node, i) => ({ cursor: String(i), node })),
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount,
  }
}

const resolvers: Record<string, Record<string, Resolver>> = {
  Query: {
    articles: (_, args, { prisma }) =>
      prisma.article
        .findMany({ take: (args.first as number) ?? 20, orderBy: [{ date: 'desc' }, { id: 'desc' }] })
        .then((rows) => connection(rows, () => prisma.article.count())),
    entity: (_, args, { prisma }) => prisma.entity.findUnique({ where: { id: localId(args.id) } }),
    search: async (_, args, { prisma }) => {
      const result = await searchArticles(prisma, {
        query: String(args.query),
        first: (args.first as number) ?? 20,
      })
      const edges = await Promise.all(
        result.hits.map(async (hit) => ({
          cursor: hit.cursor,
          score: hit.score,
          highlights: hit.highlights,
          node: await prisma.article.findUnique({ where: { id: hit.articleId } }),
        })),
      )
      return { edges, pageInfo: { hasNextPage: result.hasNextPage, hasPreviousPage: false }, ...result }
    },
  },
  Article: {
    id: (a) => globalId('Article', a.id),
    date: (a) => day(a.date),
    page: (a, _, { prisma }) => prisma.page.findUnique({ where: { id: a.pageId as number } }),
    bylines: (a, _, { prisma }) =>
      prisma.byline.findMany({ where: { articleId: a.id }, orderBy: { position: 'asc' } }),
    dateline: (a) =>
      a.datelineText == null
        ? null
        : {
            text: a.datelineText,
            agency: a.datelineAgency,
            place: a.datelinePlace,
            date: day(a.datelineDate),
          },
    sections: (a, _, { prisma }) =>
      prisma.section.findMany({ where: { articleId: a.id }, orderBy: { position: 'asc' } }),
  },
  Page: {
    id: (p) => globalId('Page', p.id),
    issue: (p, _, { prisma }) => prisma.issue.findUnique({ where: { id: p.issueId as number } }),
  },
  Issue: {
    id: (i) => globalId('Issue', i.id),
    date: (i) => day(i.date),
    publication: (i, _, { prisma }) =>
      prisma.publication.findUnique({ where: { id: i.publicationId as number } }),
  },
  Section: {
    paragraphs: (s, _, { prisma }) =>
      prisma.paragraph.findMany({
        where: { articleId: s.articleId as number, sectionPosition: s.position as number },
        orderBy: { position: 'asc' },
      }),
  },
  Paragraph: {
    mentions: (p, _, { prisma }) =>
      prisma.mention.findMany({
        where: { articleId: p.articleId as number, paragraphPosition: p.position as number },
        orderBy: { start: 'asc' },
      }),
  },
  Mention: {
    entity: (m, _, { prisma }) => prisma.entity.findUnique({ where: { id: m.entityId as number } }),
  },
  Entity: {
    id: (e) => globalId('Entity', e.id),
    articles: (e, args, { prisma }) =>
      prisma.article
        .findMany({
          where: { mentions: { some: { entityId: e.id } } },
          take: (args.first as number) ?? 20,
          orderBy: [{ date: 'desc' }, { id: 'desc' }],
        })
        .then((rows) =>
          connection(rows, () => prisma.article.count({ where: { mentions: { some: { entityId: e.id } } } })),
        ),
    timeline: (e, args, { prisma }) =>
      prisma.$queryRaw`
        SELECT to_char("date", ${args.granularity === 'DAY' ? 'YYYY-MM-DD' : 'YYYY-MM'}) AS period,
               count(DISTINCT "articleId")::int AS count
        FROM "Mention" WHERE "entityId" = ${e.id} GROUP BY 1 ORDER BY 1`,
    coOccurring: async (e, args, { prisma }) => {
      const rows = await prisma.$queryRaw<{ id: number; count: number }[]>`
        WITH shared AS (SELECT DISTINCT "articleId" FROM "Mention" WHERE "entityId" = ${e.id})
        SELECT m."entityId" AS id, count(DISTINCT m."articleId")::int AS count
        FROM "Mention" m JOIN shared USING ("articleId")
        WHERE m."entityId" <> ${e.id} GROUP BY m."entityId" ORDER BY count DESC, m."entityId" LIMIT ${(args.first as number) ?? 10}`
      return rows.map(async (row) => ({
        count: row.count,
        entity: await prisma.entity.findUnique({ where: { id: row.id } }),
      }))
    },
  },
}

/** The committed SDL with the resolvers above attached. */
export function createNaiveSchema() {
  const schema = buildSchema(sdl)
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = type.getFields()[fieldName]
      if (!field) throw new Error(`${typeName}.${fieldName} is not in the SDL`)
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>
    }
  }
  return schema
}
