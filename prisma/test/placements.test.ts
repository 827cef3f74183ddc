// Specification of article identity: one story printed twice in an issue is one article with two placements, the
// parts of a continued story one article, and every article's public id comes from where it was printed.
import { readFileSync } from 'node:fs'
import { parsePage, type Item } from '@broadsheet/parser'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createTestDatabase, ingestParsedPage, ingestParsedPages, type TestDatabase } from '../src/index.ts'
import { countMismatches } from './support/count-mismatches.ts'
import { eeditionUnit } from './support/shared-units.ts'

async function placements() {
  return db.prisma.placement.findMany({
    orderBy: [{ articleId: 'asc' }, { position: 'asc' }],
    select: {
      publicId: true,
      articleId: true,
      role: true,
      position: true,
      page: { select: { number: true } },
    },
  })
}

let db: TestDatabase
beforeAll(async () => {
  if (hasShared) db = await createTestDatabase()
})
afterAll(() => db?.stop())
beforeEach(async () => {
  if (db) await truncate()
})

function truncate() {
  return db.prisma
    .$executeRaw`TRUNCATE "Publication", "Issue", "Page", "Article", "Entity" RESTART IDENTITY CASCADE`
}

describe.skipIf(!hasShared)('public ids', () => {
  test('an e-edition file’s article takes the file’s name as its id, after the publication’s code', async () => {
    const { parsed, source } = eeditionUnit('20200101-01-03')
    await ingestParsedPage(db.prisma, parsed, source)
    const article = await db.prisma.article.findFirstOrThrow({ include: { placements: true } })
    expect(article.publicId).toBe('rmrb-20200101-01-03')
    expect(article.placements.map((p) => [p.publicId, p.role])).toEqual([['rmrb-20200101-01-03', 'FIRST']])
  })

  test('a page of layout text numbers its items in reading order, under the unknown publication', async () => {
    const text = readFileSync(sharedPath('pages/000_c2a65b4d6f57a7a3.txt'), 'utf8')
    const parsed = parsePage(text, { date: '2020-03-13' })
    await ingestParsedPage(db.prisma, parsed, { file: 'pages/000_c2a65b4d6f57a7a3.txt', text })
    const ids = await db.prisma.article.findMany({ orderBy: { position: 'asc' }, select: { publicId: true } })
    expect(ids.map((a) => a.publicId)).toEqual([
      'unknown-20200313-00-01',
      'unknown-20200313-00-02',
      'unknown-20200313-00-03',
      'unknown-20200313-00-04',
    ])
  })

  test('the ids are the same whatever order the pages are loaded in, and on a fresh database', async () => {
    const pages = ['20200101-01-02', '20200101-03-04', '20200101-01-01', '20200101-03-06'].map(eeditionUnit)
    await ingestParsedPages(db.prisma, pages)
    const first = (await placements()).map((p) => [p.publicId, p.role])
    await truncate()
    for (const page of [...pages].reverse()) await ingestParsedPages(db.prisma, [page])
    const second = (await placements()).map((p) => [p.publicId, p.role])
    expect(second.sort()).toEqual(first.sort())
  })
})

describe.skipIf(!hasShared)('one story once', () => {
  test('a story printed on page 1 and again on page 3 is one article with two placements', async () => {
    // 国家主席习近平发表二〇二〇年新年贺词, printed whole on pages 1 and 3 of 2020-01-01.
    const result = await ingestParsedPages(db.prisma, [
      eeditionUnit('20200101-01-02'),
      eeditionUnit('20200101-03-04'),
    ])
    expect(result).toMatchObject({ inserted: 2, reprints: 1 })
    expect(result.articleIds[0]).toBe(result.articleIds[1])
    expect(await db.prisma.article.count()).toBe(1)
    expect((await placements()).map((p) => [p.publicId, p.role, p.page.number])).toEqual([
      ['rmrb-20200101-01-02', 'FIRST', 1],
      ['rmrb-20200101-03-04', 'REPRINT', 3],
    ])
  })

  test('the first printing stays the article when the reprint is loaded first', async () => {
    await ingestParsedPage(
      db.prisma,
      eeditionUnit('20200101-03-04').parsed,
      eeditionUnit('20200101-03-04').source,
    )
    await ingestParsedPage(
      db.prisma,
      eeditionUnit('20200101-01-02').parsed,
      eeditionUnit('20200101-01-02').source,
    )
    const article = await db.prisma.article.findFirstOrThrow({ include: { page: true } })
    expect([article.publicId, article.page.number]).toEqual(['rmrb-20200101-01-02', 1])
    expect((await placements()).map((p) => [p.publicId, p.role, p.position])).toEqual([
      ['rmrb-20200101-01-02', 'FIRST', 0],
      ['rmrb-20200101-03-04', 'REPRINT', 1],
    ])
    expect(await countMismatches(db.prisma)).toEqual([])
  })

  test('the same title with most of the text in common is one story; a second ingest adds nothing', async () => {
    // 完善错峰返程措施…: page 2's printing has one paragraph longer than page 1's.
    const pages = [eeditionUnit('20200215-01-06'), eeditionUnit('20200215-02-06')]
    const first = await ingestParsedPages(db.prisma, pages)
    expect(first).toMatchObject({ inserted: 2, reprints: 1 })
    const again = await ingestParsedPages(db.prisma, pages)
    expect(again).toMatchObject({ inserted: 0, unchanged: 2, replaced: 0, reprints: 0 })
    expect(await db.prisma.article.count()).toBe(1)
    expect(await db.prisma.placement.count()).toBe(2)
  })

  test('two different speeches under one title stay two articles', async () => {
    // 在全国政协新年茶话会上的讲话: the chairman's speech and another's, both on page 2 of 2020-01-01.
    await ingestParsedPages(db.prisma, [eeditionUnit('20200101-02-01'), eeditionUnit('20200101-02-03')])
    expect(await db.prisma.article.count()).toBe(2)
  })

  test.each([
    ['图片报道', 2],
    ['颐和园文创', 1],
  ])(
    'two items under the title %s, one a shorter printing of the other, make %i article(s)',
    async (title, n) => {
      // A generic title such as 图片报道 heads many pictures: it never joins two items by title and likeness alone.
      const whole = eeditionUnit('20200116-05-04')
      const item = { ...whole.parsed.items[0]!, title }
      const paragraphs = item.sections.flatMap((s) => s.paragraphs)
      const shorter = { ...item, sections: [{ heading: null, paragraphs: paragraphs.slice(0, -2) }] }
      await ingestParsedPages(db.prisma, [
        { ...whole, parsed: { ...whole.parsed, items: [item] } },
        {
          parsed: { ...whole.parsed, page: 9, items: [shorter] },
          source: { ...whole.source, file: 'corpus/epaper/2020-01/20200116/20200116-09-04.txt', position: 3 },
        },
      ])
      expect(await db.prisma.article.count()).toBe(n)
    },
  )

  test('an old id of a printing that was folded into another article still names it', async () => {
    await ingestParsedPages(db.prisma, [eeditionUnit('20200101-03-04'), eeditionUnit('20200101-01-02')])
    const byReprint = await db.prisma.placement.findUniqueOrThrow({
      where: { publicId: 'rmrb-20200101-03-04' },
      select: { article: { select: { publicId: true } } },
    })
    expect(byReprint.article.publicId).toBe('rmrb-20200101-01-02')
  })
})

describe.skipIf(!hasShared)('continued stories', () => {
  // A story of page 1 cut in two as a page with jump lines prints it: its first paragraphs end `（下转第四版）` on
  // page 1, the rest open `（上接第一版）` on page 4. Items built to the parser's contract for jump lines.
  function split(): [typeof first, typeof rest] {
    const whole = eeditionUnit('20200101-01-04')
    const item = whole.parsed.items[0]!
    const paragraphs = item.sections.flatMap((s) => s.paragraphs)
    const cut = Math.ceil(paragraphs.length / 2)
    const part = (from: number, to: number, extra: Partial<Item>): Item => ({
      ...item,
      sections: [{ heading: null, paragraphs: paragraphs.slice(from, to) }],
      lines: [paragraphs[from]!.lines[0], paragraphs[to - 1]!.lines[1]],
      ...extra,
    })
    const first = {
      parsed: { ...whole.parsed, items: [part(0, cut, { continuesOnPage: 4, continuedFromPage: null })] },
      source: whole.source,
    }
    const rest = {
      parsed: {
        ...whole.parsed,
        page: 4,
        items: [
          part(cut, paragraphs.length, {
            title: null,
            kicker: null,
            subtitle: null,
            titleEntities: [],
            bylines: [],
            continuesOnPage: null,
            continuedFromPage: 1,
          }),
        ],
      },
      source: { ...whole.source, file: 'corpus/epaper/2020-01/20200101/20200101-04-09.txt', position: 8 },
    }
    return [first, rest]
  }

  test.each([
    ['in one ingest', true],
    ['the continuation first, in two ingests', false],
  ])('joins the parts into one article with two page spans, in order (%s)', async (_name, together) => {
    const [first, rest] = split()
    const whole = eeditionUnit('20200101-01-04').parsed.items[0]!
    if (together) await ingestParsedPages(db.prisma, [first, rest])
    else {
      await ingestParsedPages(db.prisma, [rest])
      await ingestParsedPages(db.prisma, [first])
    }
    const articles = await db.prisma.article.findMany({
      include: { paragraphs: { orderBy: { position: 'asc' } } },
    })
    expect(articles).toHaveLength(1)
    expect(articles[0]!.title).toBe(whole.title)
    expect(articles[0]!.publicId).toBe('rmrb-20200101-01-04')
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual(
      whole.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
    )
    expect((await placements()).map((p) => [p.publicId, p.role, p.page.number])).toEqual([
      ['rmrb-20200101-01-04', 'FIRST', 1],
      ['rmrb-20200101-04-09', 'CONTINUATION', 4],
    ])
    expect(await countMismatches(db.prisma)).toEqual([])
    const again = await ingestParsedPages(db.prisma, [first, rest])
    expect(again).toMatchObject({ inserted: 0, unchanged: 2 })
  })
})
