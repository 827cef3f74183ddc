import { readFileSync } from 'node:fs'
import { parsePage, type ParsedPage } from '@broadsheet/parser'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { PrismaPg } from '@prisma/adapter-pg'
import { afterAll, beforeAll, beforeEach, expect, test as anyTest } from 'vitest'
import { PrismaClient } from '../generated/prisma/client.ts'
import { createTestDatabase, IngestError, ingestParsedPage, type TestDatabase } from '../src/index.ts'
import { countMismatches } from './support/count-mismatches.ts'

// Every test here stores the seed page from ../shared: without it they are all skipped.
const test = anyTest.skipIf(!hasShared)
const SEED_PAGE = sharedPath('pages/000_c2a65b4d6f57a7a3.txt')
const text = hasShared ? readFileSync(SEED_PAGE, 'utf8') : ''
const source = { file: 'pages/000_c2a65b4d6f57a7a3.txt', text }
const parsed = parsePage(text, { date: '2020-03-13', publication: '人民日报', page: 4 })
// The same page parsed again without entity recognition: other content hashes, so it replaces the first parse.
const withoutEntities = parsePage(text, {
  date: '2020-03-13',
  publication: '人民日报',
  page: 4,
  entities: false,
})

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(() => db?.stop())
beforeEach(async () => {
  await db.prisma
    .$executeRaw`TRUNCATE "Publication", "Issue", "Page", "Article", "Entity" RESTART IDENTITY CASCADE`
})

async function counts() {
  const [articles, bylines, sections, paragraphs, mentions, entities] = await Promise.all([
    db.prisma.article.count(),
    db.prisma.byline.count(),
    db.prisma.section.count(),
    db.prisma.paragraph.count(),
    db.prisma.mention.count(),
    db.prisma.entity.count(),
  ])
  return { articles, bylines, sections, paragraphs, mentions, entities }
}

test('stores every item of a page with its sections, paragraphs, bylines and mentions', async () => {
  const result = await ingestParsedPage(db.prisma, parsed, source)
  expect(result.inserted).toBe(parsed.items.length)
  const articles = await db.prisma.article.findMany({
    orderBy: { position: 'asc' },
    include: {
      bylines: { orderBy: { position: 'asc' } },
      sections: { orderBy: { position: 'asc' } },
      paragraphs: { orderBy: { position: 'asc' } },
      mentions: { orderBy: { position: 'asc' } },
      page: { include: { issue: true } },
    },
  })
  expect(articles.map((a) => a.title)).toEqual(parsed.items.map((item) => item.title))
  articles.forEach((article, i) => {
    const item = parsed.items[i]!
    expect(article.sections).toHaveLength(item.sections.length)
    expect(article.paragraphs.map((p) => p.text)).toEqual(
      item.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
    )
    expect(article.bylines.map((b) => b.text)).toEqual(item.bylines.map((b) => b.text))
    expect(article.sourceFile).toBe(source.file)
    expect([article.sourceFirstLine, article.sourceLastLine]).toEqual(item.lines)
    expect(article.page.number).toBe(4)
    expect(article.page.issue.date.toISOString().slice(0, 10)).toBe('2020-03-13')
    for (const mention of article.mentions) {
      const field =
        mention.field === 'TITLE'
          ? article.title
          : mention.field === 'BYLINE'
            ? article.bylines[mention.bylinePosition!]!.text
            : article.paragraphs[mention.paragraphPosition!]!.text
      expect(field!.slice(mention.start, mention.end)).toBe(mention.text)
    }
  })
  expect(result.mentions).toBeGreaterThan(0)
  expect(await countMismatches(db.prisma)).toEqual([])
})

test('records byline names as PERSON mentions in the BYLINE field', async () => {
  await ingestParsedPage(db.prisma, parsed, source)
  const names = parsed.items.flatMap((item) => item.bylines.flatMap((b) => b.names))
  expect(names.length).toBeGreaterThan(0)
  const mentions = await db.prisma.mention.findMany({ where: { field: 'BYLINE' }, include: { entity: true } })
  expect(mentions.map((m) => m.text).sort()).toEqual([...names].sort())
  expect(mentions.every((m) => m.entity.type === 'PERSON')).toBe(true)
})

test('writes nothing the second time the same parse is ingested', async () => {
  const first = await ingestParsedPage(db.prisma, parsed, source)
  const before = await counts()
  const second = await ingestParsedPage(db.prisma, parsed, source)
  expect(second).toMatchObject({ inserted: 0, replaced: 0, unchanged: parsed.items.length })
  expect(second.articleIds).toEqual(first.articleIds)
  expect(await counts()).toEqual(before)
  expect(await countMismatches(db.prisma)).toEqual([])
})

test('replaces the articles of an earlier parse of the same source and moves the entity counts with them', async () => {
  await ingestParsedPage(db.prisma, parsed, source)
  const result = await ingestParsedPage(db.prisma, withoutEntities, source)
  expect(result).toMatchObject({ inserted: parsed.items.length, replaced: parsed.items.length })
  expect(await db.prisma.article.count()).toBe(parsed.items.length)
  expect(await db.prisma.mention.count({ where: { field: { not: 'BYLINE' } } })).toBe(0)
  expect(await countMismatches(db.prisma)).toEqual([])
  await ingestParsedPage(db.prisma, parsed, source)
  expect(await db.prisma.article.count()).toBe(parsed.items.length)
  expect(await countMismatches(db.prisma)).toEqual([])
})

test('keeps content hashes unique and in step with their articles without the foreign key, as on Citus', async () => {
  await db.prisma.$executeRaw`ALTER TABLE "ArticleHash" DROP CONSTRAINT "ArticleHash_articleId_fkey"`
  try {
    await ingestParsedPage(db.prisma, parsed, source)
    await ingestParsedPage(db.prisma, withoutEntities, source)
    expect(await db.prisma.articleHash.count()).toBe(parsed.items.length)
    expect(await countMismatches(db.prisma)).toEqual([])
    // The same article stored a second time, under another id, is refused by the hash.
    await expect(db.prisma.$executeRaw`
      INSERT INTO "ArticleHash" ("contentHash", "articleId")
      SELECT "contentHash", id + 1000 FROM "Article" LIMIT 1`).rejects.toThrow(/ArticleHash_pkey/)
  } finally {
    await db.prisma.$executeRaw`TRUNCATE "ArticleHash"`
    await db.prisma.$executeRaw`ALTER TABLE "ArticleHash" ADD CONSTRAINT "ArticleHash_articleId_fkey"
      FOREIGN KEY ("articleId") REFERENCES "Article"(id) ON DELETE CASCADE ON UPDATE CASCADE`
  }
})

test('leaves no part of a page behind when the transaction fails midway', async () => {
  const crash = () => {
    throw new Error('injected crash after the articles were inserted')
  }
  await expect(ingestParsedPage(db.prisma, parsed, source, { afterArticles: crash })).rejects.toThrow(
    /injected crash/,
  )
  expect(await counts()).toEqual({
    articles: 0,
    bylines: 0,
    sections: 0,
    paragraphs: 0,
    mentions: 0,
    entities: 0,
  })
  expect(await db.prisma.page.count()).toBe(0)
})

// ingestParsedPage writes through the node-postgres pool of a client made by createPrismaClient. Any other client
// gets Prisma's own interactive transaction, which must store the same rows and roll back the same way.
test('stores the same rows, and rolls back the same way, through a client it did not create', async () => {
  const viaPool = await ingestParsedPage(db.prisma, parsed, source)
  const stored = await counts()
  await db.prisma
    .$executeRaw`TRUNCATE "Publication", "Issue", "Page", "Article", "Entity" RESTART IDENTITY CASCADE`
  const plain = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) })
  try {
    const crash = () => {
      throw new Error('injected crash after the articles were inserted')
    }
    await expect(ingestParsedPage(plain, parsed, source, { afterArticles: crash })).rejects.toThrow(
      /injected crash/,
    )
    expect((await counts()).articles).toBe(0)
    const viaPrisma = await ingestParsedPage(plain, parsed, source)
    // The same result but the ids: the rolled-back attempt used up the first ones.
    expect({ ...viaPrisma, articleIds: viaPrisma.articleIds.length }).toEqual({
      ...viaPool,
      articleIds: viaPool.articleIds.length,
    })
    expect(await counts()).toEqual(stored)
    expect(await countMismatches(db.prisma)).toEqual([])
  } finally {
    await plain.$disconnect()
  }
})

test('rejects a page that breaks the contract, naming the source and each problem, and writes nothing', async () => {
  const broken: ParsedPage = structuredClone(parsed)
  broken.date = '2020-02-30'
  const paragraph = broken.items[0]!.sections[0]!.paragraphs[0]!
  paragraph.entities = [{ text: '谭德塞', type: 'PERSON', start: 0, end: 3, canonical: 'PERSON:谭德塞' }]
  broken.items[1]!.lines = [500, 9999]
  const error = await ingestParsedPage(db.prisma, broken, source).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(IngestError)
  const message = (error as IngestError).message
  expect(message).toContain('pages/000_c2a65b4d6f57a7a3.txt')
  expect(message).toContain('date: "2020-02-30" is not a calendar date')
  expect(message).toContain('items[0].sections[0].paragraphs[0].entities[0]: text "谭德塞" does not match')
  expect(message).toContain('items[1].lines: [500, 9999] is not inside the source')
  expect(await counts()).toEqual({
    articles: 0,
    bylines: 0,
    sections: 0,
    paragraphs: 0,
    mentions: 0,
    entities: 0,
  })
})

test('rejects a page without a date', async () => {
  await expect(ingestParsedPage(db.prisma, { ...parsed, date: null }, source)).rejects.toThrow(
    /date: null is not a calendar date/,
  )
})
