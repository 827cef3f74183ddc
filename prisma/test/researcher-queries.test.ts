// The researcher's queries over real text, each checked against a plain substring scan: the query language,
// terms over time, keyword in context, the export cursor, the calendar and the co-occurrence network.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  adjacentIssues,
  articleFilterSql,
  countArticles,
  coOccurrenceNetwork,
  createTestDatabase,
  issueMonths,
  issueYears,
  keywordInContext,
  pageArticles,
  QueryError,
  searchArticles,
  seed,
  streamArticles,
  termsOverTime,
  type TestDatabase,
} from '../src/index.ts'

// Three February 2020 days (新冠肺炎 is named on 2020-02-08), two January days, the last day of February (with
// full-width letters), and the PKU corpus's first three days of 1998 (full-width digits: １９９８).
const EPAPER = [
  '2020-01/20200120',
  '2020-01/20200121',
  '2020-02/20200210',
  '2020-02/20200211',
  '2020-02/20200229',
]

let db: TestDatabase
let scratch: string
beforeAll(async () => {
  if (!hasShared) return
  db = await createTestDatabase()
  scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-researcher-'))
  const lines = readFileSync(sharedPath('corpus/pku1998/199801-01-27.txt'), 'utf8').split(/\r?\n/)
  const end = lines.findIndex((line) => line.startsWith('19980104'))
  mkdirSync(path.join(scratch, 'pku1998'))
  writeFileSync(path.join(scratch, 'pku1998/sample.txt'), lines.slice(0, end).join('\n'))
  const report = await seed(
    db.prisma,
    [...EPAPER.map((day) => sharedPath(`corpus/epaper/${day}`)), scratch],
    { workers: 0 },
  )
  expect(report.failures).toEqual([])
})
afterAll(async () => {
  await db?.stop()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

/**
 * The reference: the ids of articles whose kicker, title, subtitle or paragraphs, after NFKC, contain every
 * string of `all` and none of `none`, by a plain LIKE over every row (no index, no query language).
 */
async function scanIds(all: string[], none: string[] = []): Promise<number[]> {
  const rows = await db.prisma.$queryRaw<{ id: number }[]>`
    WITH texts AS (
      SELECT a.id, lower(normalize(concat_ws(E'\n', a.kicker, a.title, a.subtitle), NFKC)) AS text FROM "Article" a
      UNION ALL
      SELECT p."articleId", lower(normalize(p.text, NFKC)) FROM "Paragraph" p
    ),
    hits AS (
      SELECT t.id, n.s, n.wanted
      FROM texts t JOIN (SELECT s, true AS wanted FROM unnest(${all}::text[]) s
                         UNION ALL SELECT s, false FROM unnest(${none}::text[]) s) n
        ON strpos(t.text, n.s) > 0
    )
    SELECT id FROM hits GROUP BY id
    HAVING count(DISTINCT s) FILTER (WHERE wanted) = ${all.length} AND NOT bool_or(NOT wanted)
    ORDER BY id`
  return rows.map((row) => row.id)
}

async function searchIds(query: string): Promise<number[]> {
  const ids: number[] = []
  let after: string | null = null
  for (;;) {
    const page = await searchArticles(db.prisma, { query, first: 100, after, facets: false })
    ids.push(...page.hits.map((hit) => hit.articleId))
    if (!page.hasNextPage) return ids.sort((a, b) => a - b)
    after = page.endCursor
  }
}

describe.skipIf(!hasShared)('the query language finds what a substring scan finds', () => {
  test('新冠 肺炎: the articles that contain both words, wherever they are', async () => {
    const expected = await scanIds(['新冠', '肺炎'])
    expect(expected.length).toBeGreaterThan(50)
    expect(await searchIds('新冠 肺炎')).toEqual(expected)
    // More than the phrase finds: some articles hold the two words apart.
    expect(expected.length).toBeGreaterThan((await scanIds(['新冠肺炎'])).length)
  })

  test('"新冠肺炎" is a phrase, and a quoted phrase keeps its space', async () => {
    expect(await searchIds('"新冠肺炎"')).toEqual(await scanIds(['新冠肺炎']))
    expect(await searchIds('"新冠 肺炎"')).toEqual(await scanIds(['新冠 肺炎']))
  })

  test('疫情 -武汉 leaves out every article that mentions 武汉', async () => {
    const expected = await scanIds(['疫情'], ['武汉'])
    expect(expected.length).toBeGreaterThan(20)
    expect(await searchIds('疫情 -武汉')).toEqual(expected)
    expect(expected.length).toBeLessThan((await scanIds(['疫情'])).length)
  })

  test('OR finds either word', async () => {
    const either = [...new Set([...(await scanIds(['口罩'])), ...(await scanIds(['防护服']))])].sort(
      (a, b) => a - b,
    )
    expect(await searchIds('口罩 OR 防护服')).toEqual(either)
  })

  test('１９９８ and 1998 find the same articles, full-width or not', async () => {
    const expected = await scanIds(['1998'])
    expect(expected.length).toBeGreaterThan(10)
    expect(await searchIds('１９９８')).toEqual(expected)
    expect(await searchIds('1998')).toEqual(expected)
  })

  test('full-width letters find half-width text, whatever the case', async () => {
    expect(await searchIds('ＣＥＯ')).toEqual(await scanIds(['ceo']))
  })

  test('習近平 finds 习近平', async () => {
    const expected = await scanIds(['习近平'])
    expect(expected.length).toBeGreaterThan(10)
    expect(await searchIds('習近平')).toEqual(expected)
    expect(await searchIds('"習近平" 新冠肺炎')).toEqual(await scanIds(['习近平', '新冠肺炎']))
  })

  test('a malformed query says what is wrong with it', async () => {
    await expect(searchArticles(db.prisma, { query: '"新冠' })).rejects.toThrow(QueryError)
    await expect(searchArticles(db.prisma, { query: '-武汉' })).rejects.toMatchObject({
      problem: 'ONLY_EXCLUSIONS',
    })
  })

  test('a filter takes the query language too, and keeps exactly the articles search finds', async () => {
    const expected = await scanIds(['新冠', '肺炎'], ['武汉'])
    expect(await countArticles(db.prisma, { query: '新冠 肺炎 -武汉' })).toBe(expected.length)
    const page = await pageArticles(db.prisma, { first: 100 }, { query: '新冠 肺炎 -武汉', kind: 'ARTICLE' })
    for (const { id } of page.rows) expect(expected).toContain(id)
    expect(() => articleFilterSql({ query: '"新冠' })).toThrow(/filter\.query/)
  })

  test('facets count articles, the entity facet too', async () => {
    const result = await searchArticles(db.prisma, { query: '新冠肺炎' })
    const sum = (buckets: { count: number }[]) => buckets.reduce((n, b) => n + b.count, 0)
    expect(sum(result.facets.kind)).toBe(result.totalCount)
    expect(sum(result.facets.month)).toBe(result.totalCount)
    const top = result.facets.entity[0]!
    const [row] = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ArticleEntity" WHERE "entityId" = ${top.entityId}
        AND "articleId" = ANY (${await scanIds(['新冠肺炎'])}::int[])`
    expect(top.count).toBe(row!.n)
    expect(top.count).toBeLessThanOrEqual(result.totalCount)
  })
})

describe.skipIf(!hasShared)('terms over time', () => {
  test('疫情 and 复工 by month: each count is a substring count of that month', async () => {
    const result = await termsOverTime(db.prisma, {
      series: [{ query: '疫情' }, { query: '复工' }],
      granularity: 'month',
    })
    expect(result.periods.map((p) => p.period)).toEqual(['1998-01', '2020-01', '2020-02'])
    for (const [i, word] of ['疫情', '复工'].entries()) {
      const ids = await scanIds([word])
      const months = await db.prisma.$queryRaw<{ period: string; n: number }[]>`
        SELECT to_char(date, 'YYYY-MM') AS period, count(*)::int AS n FROM "Article" WHERE id = ANY (${ids}::int[])
        GROUP BY 1`
      const expected = new Map(months.map((m) => [m.period, m.n]))
      for (const point of result.series[i]!.points)
        expect(point.count, point.period).toBe(expected.get(point.period) ?? 0)
      expect(result.series[i]!.total).toBe(ids.length)
    }
  })

  test('per 1,000 articles divides by every article of the period, and days work too', async () => {
    const result = await termsOverTime(db.prisma, { series: [{ query: '新冠肺炎' }], granularity: 'day' })
    const [row] = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Article" WHERE date = '2020-02-10'`
    const day = result.series[0]!.points.find((p) => p.period === '2020-02-10')!
    expect(result.periods.find((p) => p.period === '2020-02-10')!.articles).toBe(row!.n)
    expect(day.perThousand).toBeCloseTo((day.count * 1000) / row!.n)
  })

  test('an entity series counts the articles that mention it', async () => {
    const entity = await db.prisma.entity.findFirstOrThrow({ where: { name: '习近平' } })
    const result = await termsOverTime(db.prisma, { series: [{ entityId: entity.id }], granularity: 'month' })
    expect(result.series[0]!.total).toBe(
      await db.prisma.articleEntity.count({ where: { entityId: entity.id } }),
    )
  })

  test('refuses six series', async () => {
    const series = ['一', '二', '三', '四', '五', '六'].map((query) => ({ query }))
    await expect(termsOverTime(db.prisma, { series, granularity: 'month' })).rejects.toThrow(/1 to 5/)
  })
})

describe.skipIf(!hasShared)('keyword in context', () => {
  test('lists every occurrence of 贫困, each cut from its text with 20 characters either side', async () => {
    const texts = await db.prisma.$queryRaw<{ text: string }[]>`
      SELECT t AS text FROM "Article" a, unnest(ARRAY[a.kicker, a.title, a.subtitle]) t WHERE t IS NOT NULL
      UNION ALL SELECT text FROM "Paragraph"`
    const expected = texts.reduce((n, { text }) => n + (text.normalize('NFKC').split('贫困').length - 1), 0)
    expect(expected).toBeGreaterThan(20)
    const all = await keywordInContext(db.prisma, { query: '贫困', first: null })
    expect(all.totalCount).toBe(expected)
    expect(all.lines).toHaveLength(expected)
    expect(all.articleCount).toBe((await scanIds(['贫困'])).length)
    for (const line of all.lines) {
      expect(line.match).toBe('贫困')
      expect([...line.left].length).toBeLessThanOrEqual(20)
      expect([...line.right].length).toBeLessThanOrEqual(20)
    }
    const line = all.lines.find((l) => l.field === 'PARAGRAPH')!
    const paragraph = await db.prisma.paragraph.findUniqueOrThrow({
      where: { articleId_position: { articleId: line.articleId, position: line.paragraph! } },
    })
    expect(paragraph.text.slice(line.offset - line.left.length, line.offset + 2 + line.right.length)).toBe(
      line.left + line.match + line.right,
    )
  })

  test('sorts by right context and by left context read outwards, and pages', async () => {
    const right = await keywordInContext(db.prisma, { query: '贫困', sort: 'right', first: null })
    const rights = right.lines.map((l) => l.right)
    expect(rights).toEqual([...rights].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    const left = await keywordInContext(db.prisma, { query: '贫困', sort: 'left', first: null })
    const lefts = left.lines.map((l) => [...l.left].reverse().join(''))
    expect(lefts).toEqual([...lefts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    const page = await keywordInContext(db.prisma, { query: '贫困', sort: 'right', first: 10, offset: 10 })
    expect(page.lines).toEqual(right.lines.slice(10, 20))
  })
})

describe.skipIf(!hasShared)('the export cursor', () => {
  test('streams exactly the search’s articles, in batches, with their text or a snippet', async () => {
    const search = await searchArticles(db.prisma, { query: '疫情', first: 0, facets: false })
    const ids: number[] = []
    let batches = 0
    for await (const batch of streamArticles(db.prisma, {
      filter: { query: '疫情' },
      batchSize: 50,
      content: 'snippet',
    })) {
      batches++
      for (const article of batch) {
        ids.push(article.id)
        expect(article.snippet).toContain('疫情')
        expect(article.text).toBeNull()
      }
    }
    expect(ids).toHaveLength(search.totalCount)
    expect(new Set(ids).size).toBe(ids.length)
    expect(batches).toBe(Math.ceil(search.totalCount / 50))
  })

  test('refuses a bad query or option before it opens a connection', () => {
    expect(() => streamArticles(db.prisma, { filter: { query: '"疫情' } })).toThrow(QueryError)
    expect(() => streamArticles(db.prisma, { orderBy: 'relevance' })).toThrow(/relevance needs a query/)
    expect(() => streamArticles(db.prisma, { filter: { dateFrom: '2020-02-30' } })).toThrow(/dateFrom/)
  })

  test('without a query, a filter alone: one day, in page and reading order, with the whole text', async () => {
    const rows = []
    for await (const batch of streamArticles(db.prisma, { filter: { date: '2020-02-10' } }))
      rows.push(...batch)
    expect(rows).toHaveLength(await db.prisma.article.count({ where: { date: new Date('2020-02-10') } }))
    const order = rows.map((r) => r.page * 1000 + r.position)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    const first = rows[0]!
    const paragraphs = await db.prisma.paragraph.findMany({
      where: { articleId: first.id },
      orderBy: { position: 'asc' },
    })
    for (const p of paragraphs) expect(first.text).toContain(p.text)
  })

  test('stopping early returns the connection', async () => {
    for (let i = 0; i < 15; i++) {
      for await (const batch of streamArticles(db.prisma, { filter: { query: '疫情' }, batchSize: 5 })) {
        expect(batch).toHaveLength(5)
        break
      }
    }
    expect((await searchArticles(db.prisma, { query: '疫情', first: 1 })).totalCount).toBeGreaterThan(0)
  })
})

describe.skipIf(!hasShared)('browsing', () => {
  test('the calendar counts issues and articles by year, month and day', async () => {
    const years = await issueYears(db.prisma)
    expect(years.map((y) => y.year)).toEqual([1998, 2020])
    expect(years.reduce((n, y) => n + y.articleCount, 0)).toBe(await db.prisma.article.count())
    const months = await issueMonths(db.prisma, 1998)
    expect(months.map((m) => m.month)).toEqual(['1998-01'])
    expect(months[0]!.days.map((d) => d.date)).toEqual(['1998-01-01', '1998-01-02', '1998-01-03'])
    const day = months[0]!.days[0]!
    expect(day.articleCount).toBe(await db.prisma.article.count({ where: { date: new Date('1998-01-01') } }))
  })

  test('adjacent issues skip the days with none', async () => {
    const publication = await db.prisma.publication.findFirstOrThrow({ where: { name: '人民日报' } })
    expect(await adjacentIssues(db.prisma, publication.id, '2020-02-10')).toEqual({
      previous: '2020-01-21',
      next: '2020-02-11',
    })
    expect((await adjacentIssues(db.prisma, publication.id, '1998-01-01')).previous).toBeNull()
    expect((await adjacentIssues(db.prisma, publication.id, '2020-02-29')).next).toBeNull()
  })

  test('the co-occurrence network links the entity, its neighbours and each pair by shared articles', async () => {
    const entity = await db.prisma.entity.findFirstOrThrow({ where: { name: '习近平' } })
    const { neighbours, edges } = await coOccurrenceNetwork(db.prisma, entity.id, { first: 8 })
    expect(neighbours).toHaveLength(8)
    const counts = neighbours.map((n) => n.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const [a, b] = [neighbours[0]!.entityId, neighbours[1]!.entityId].sort((x, y) => x - y)
    const [row] = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ArticleEntity" x JOIN "ArticleEntity" y USING ("articleId")
      WHERE x."entityId" = ${a} AND y."entityId" = ${b}`
    expect(edges.find((e) => e.source === a && e.target === b)?.count ?? 0).toBe(row!.n)
    for (const n of neighbours)
      expect(edges).toContainEqual({
        source: Math.min(entity.id, n.entityId),
        target: Math.max(entity.id, n.entityId),
        count: n.count,
      })
  })
})
