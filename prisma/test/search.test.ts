import { hasShared, sharedPath } from '@broadsheet/shared-data'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { heavyPoolOf } from '../src/client.ts'
import {
  createPrismaClient,
  createTestDatabase,
  searchArticles,
  SearchError,
  seed,
  type TestDatabase,
} from '../src/index.ts'
import { bigramVector } from '../src/search/bigram-vector.ts'
import { highlight } from '../src/search/highlight.ts'

const DAYS = ['20200101', '20200102', '20200103'].map((day) => sharedPath(`corpus/epaper/2020-01/${day}`))

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
  if (!hasShared) return
  const report = await seed(db.prisma, DAYS, { workers: 0 })
  expect(report.failures).toEqual([])
})
afterAll(() => db?.stop())

// The reference: articles whose kicker, title, subtitle or a paragraph contains the query literally (LIKE '%q%'
// with q's wildcards escaped), ASCII letters folded as search folds them.
async function likeIds(query: string): Promise<number[]> {
  const rows = await db.prisma.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "Article" a
    WHERE EXISTS (SELECT 1 FROM unnest(ARRAY[a.kicker, a.title, a.subtitle]) t
                  WHERE broadsheet_normalize(t) LIKE '%' || broadsheet_normalize(${escapeLike(query)}) || '%')
       OR EXISTS (SELECT 1 FROM "Paragraph" p WHERE p."articleId" = a.id
                  AND broadsheet_normalize(p.text) LIKE '%' || broadsheet_normalize(${escapeLike(query)}) || '%')
    ORDER BY a.id`
  return rows.map((row) => row.id)
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

// Every hit, page by page through the cursor.
async function searchIds(query: string, orderBy: 'relevance' | 'date' = 'relevance'): Promise<number[]> {
  const ids: number[] = []
  let after: string | null = null
  for (;;) {
    const page = await searchArticles(db.prisma, { query, first: 100, after, orderBy, facets: false })
    ids.push(...page.hits.map((hit) => hit.articleId))
    if (!page.hasNextPage) return ids.sort((a, b) => a - b)
    after = page.endCursor
  }
}

// Substrings of the stored texts, chosen by a fixed seed, so queries of every length are sure to hit.
async function sampleQueries(length: number, count: number): Promise<string[]> {
  const texts = await db.prisma.$queryRaw<{ text: string }[]>`
    SELECT text FROM "Paragraph" WHERE length(text) > 20 ORDER BY "articleId", position`
  const random = fc.sample(fc.tuple(fc.nat(), fc.nat()), { numRuns: count, seed: 4 })
  return random.map(([i, j]) => {
    const chars = [...texts[i % texts.length]!.text]
    const start = j % (chars.length - length)
    return chars.slice(start, start + length).join('')
  })
}

describe.skipIf(!hasShared)('finds exactly what LIKE finds', () => {
  test.each([1, 2, 3, 4])('for %i-character substrings of the stored text', async (length) => {
    const queries = await sampleQueries(length, 12)
    for (const query of queries) {
      const expected = await likeIds(query)
      expect(expected.length, query).toBeGreaterThan(0)
      expect(await searchIds(query), query).toEqual(expected)
    }
  })

  test.each([
    '疫情',
    '习近平',
    '复工复产',
    '新华社',
    '中',
    '的',
    '。',
    '2020年',
    'a',
    'APP',
    'app',
    '%',
    '“',
  ])('for %s', async (query) => {
    expect(await searchIds(query)).toEqual(await likeIds(query))
  })

  test('for queries that occur nowhere', async () => {
    for (const query of ['谭德塞', '魑魅魍魉', 'zzzz']) {
      expect(await likeIds(query)).toEqual([])
      expect((await searchArticles(db.prisma, { query })).totalCount).toBe(0)
    }
  })

  test('never across the end of a title into its subtitle', async () => {
    const [row] = await db.prisma.$queryRaw<{ title: string; subtitle: string }[]>`
      SELECT title, subtitle FROM "Article" WHERE length(title) > 2 AND length(subtitle) > 2 LIMIT 1`
    const query = row!.title.slice(-1) + row!.subtitle.slice(0, 1)
    expect(await searchIds(query)).toEqual(await likeIds(query))
  })

  test('whatever the order', async () => {
    expect(await searchIds('人民', 'date')).toEqual(await likeIds('人民'))
  })
})

test('ranks, counts and highlights the hits', async (context) => {
  context.skip(!hasShared)
  const result = await searchArticles(db.prisma, { query: '习近平', first: 5 })
  expect(result.totalCount).toBe((await likeIds('习近平')).length)
  expect(result.hits).toHaveLength(5)
  const scores = result.hits.map((hit) => hit.score)
  expect(scores).toEqual([...scores].sort((a, b) => b - a))
  for (const hit of result.hits) {
    expect(hit.highlights.length).toBeGreaterThan(0)
    for (const snippet of hit.highlights) expect(snippet).toContainEqual({ text: '习近平', hit: true })
  }
})

test('scores a hit by the paragraphs that contain the query, a kicker, title or subtitle hit counting two', async (context) => {
  context.skip(!hasShared)
  const result = await searchArticles(db.prisma, { query: '发展', first: 30 })
  const expected = await db.prisma.$queryRaw<{ id: number; score: number }[]>`
    SELECT a.id, (CASE WHEN concat_ws(E'\n', a.kicker, a.title, a.subtitle) LIKE '%发展%' THEN 2 ELSE 0 END
      + (SELECT count(*) FROM "Paragraph" p WHERE p."articleId" = a.id AND p.text LIKE '%发展%'))::float8 AS score
    FROM "Article" a WHERE a.id = ANY (${result.hits.map((hit) => hit.articleId)})`
  const scores = new Map(expected.map((row) => [row.id, row.score]))
  expect(result.hits.map((hit) => hit.score)).toEqual(result.hits.map((hit) => scores.get(hit.articleId)))
  // Best first, and among equals the newest first.
  const dates = await db.prisma.article.findMany({
    where: { id: { in: result.hits.map((hit) => hit.articleId) } },
    select: { id: true, date: true },
  })
  const dateOf = new Map(dates.map((row) => [row.id, row.date.getTime()]))
  for (const [a, b] of result.hits.slice(0, -1).map((hit, i) => [hit, result.hits[i + 1]!] as const)) {
    expect(
      a.score > b.score || (a.score === b.score && dateOf.get(a.articleId)! >= dateOf.get(b.articleId)!),
    ).toBe(true)
  }
  expect(new Set(result.hits.map((hit) => hit.score)).size).toBeGreaterThan(2)
})

test('gives each hit up to three snippets, its title first, then its paragraphs in reading order', async (context) => {
  context.skip(!hasShared)
  const result = await searchArticles(db.prisma, { query: '人民', first: 20 })
  for (const hit of result.hits) {
    const article = await db.prisma.article.findUniqueOrThrow({
      where: { id: hit.articleId },
      select: {
        kicker: true,
        title: true,
        subtitle: true,
        paragraphs: { select: { text: true }, orderBy: { position: 'asc' } },
      },
    })
    const texts = [
      article.kicker,
      article.title,
      article.subtitle,
      ...article.paragraphs.map((p) => p.text),
    ].filter((t) => t?.includes('人民'))
    expect(hit.highlights).toHaveLength(Math.min(3, texts.length))
    hit.highlights.forEach((snippet, i) => {
      const plain = snippet
        .map((part) => part.text)
        .join('')
        .replace(/^…|…$/g, '')
      expect(texts[i]).toContain(plain)
    })
  }
})

test('facets the hits by kind, month and entity', async (context) => {
  context.skip(!hasShared)
  const result = await searchArticles(db.prisma, { query: '发展' })
  const sum = (buckets: { count: number }[]) => buckets.reduce((n, b) => n + b.count, 0)
  expect(sum(result.facets.kind)).toBe(result.totalCount)
  expect(result.facets.month).toEqual([{ value: '2020-01', count: result.totalCount }])
  expect(result.facets.entity.length).toBeGreaterThan(0)
  expect(result.facets.entity.length).toBeLessThanOrEqual(10)
})

test('narrows the hits with a filter', async (context) => {
  context.skip(!hasShared)
  const all = await searchArticles(db.prisma, { query: '人民', facets: false })
  const day = await searchArticles(db.prisma, {
    query: '人民',
    filter: { date: '2020-01-02' },
    facets: false,
  })
  const [expected] = await db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Article" a WHERE a.date = '2020-01-02' AND a.id = ANY(${await likeIds('人民')}::int[])`
  expect(day.totalCount).toBe(expected!.n)
  expect(day.totalCount).toBeLessThan(all.totalCount)
})

test('finds hits in texts too long or repetitive for a tsvector to hold every position', async (context) => {
  context.skip(!hasShared)
  const [article] = await db.prisma.$queryRaw<{ id: number }[]>`SELECT id FROM "Article" ORDER BY id LIMIT 1`
  // '哈哈' 299 times: a tsvector keeps 256 of its positions, so the phrase '哈哈' <-> '哈疫' alone would miss.
  const repetitive = `${'哈'.repeat(300)}疫情`
  const long = `${'长文'.repeat(8100)}尾声`
  await db.prisma.$executeRaw`INSERT INTO "Section" ("articleId", position) VALUES (${article!.id}, 1000)`
  await db.prisma.$executeRaw`
    INSERT INTO "Paragraph" ("articleId", position, "sectionPosition", text, "firstLine", "lastLine", search)
    VALUES (${article!.id}, 1000, 1000, ${repetitive}, 1, 1, ${bigramVector(repetitive)}::tsvector),
           (${article!.id}, 1001, 1000, ${long}, 1, 1, NULL)`
  try {
    for (const query of ['哈哈疫', '哈疫情', '文尾声', '尾声']) {
      expect(await searchIds(query), query).toEqual(await likeIds(query))
      expect(await searchIds(query), query).toContain(article!.id)
    }
  } finally {
    await db.prisma.$executeRaw`DELETE FROM "Section" WHERE "articleId" = ${article!.id} AND position = 1000`
  }
})

test('refuses an empty query and control characters with a clear error', async () => {
  await expect(searchArticles(db.prisma, { query: '' })).rejects.toThrow(SearchError)
  await expect(searchArticles(db.prisma, { query: '疫\n情' })).rejects.toThrow(/control characters/)
  await expect(searchArticles(db.prisma, { query: '疫情', first: 1000 })).rejects.toThrow(
    /first: must be a whole number from 0 to 100/,
  )
})

test('builds the same search vector in JavaScript as broadsheet_bigrams does in SQL, for any text', async () => {
  const texts = fc.sample(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('哈', 'a', "'"), minLength: 250, maxLength: 600 }),
      fc.string({ maxLength: 40 }),
      fc.constantFrom("a'b\\c", 'ABCdef', '复工复产', ''),
    ),
    { numRuns: 300, seed: 7 },
  )
  const rows = await db.prisma.$queryRaw<{ i: number }[]>`
    SELECT i::int FROM unnest(${texts}::text[], ${texts.map(bigramVector)}::text[]) WITH ORDINALITY AS t(text, vector, i)
    WHERE t.vector::tsvector IS DISTINCT FROM broadsheet_bigrams(t.text)`
  expect(rows.map((row) => texts[row.i - 1])).toEqual([])
})

test('marks every hit in a snippet as its own part and leaves the text as it is, markup included', () => {
  expect(highlight('a<b>疫情,疫情', '疫情')).toEqual([
    { text: 'a<b>', hit: false },
    { text: '疫情', hit: true },
    { text: ',', hit: false },
    { text: '疫情', hit: true },
  ])
  expect(highlight('Download the APP', 'app')).toEqual([
    { text: 'Download the ', hit: false },
    { text: 'APP', hit: true },
  ])
  expect(highlight('无关', '疫情')).toBeNull()
})

test('runs as a prepared statement: each connection parses it once, whatever the query and page', async (context) => {
  context.skip(!hasShared)
  const prisma = createPrismaClient(db.url, { poolSize: 1, heavyPoolSize: 1 })
  try {
    for (const query of ['人民', '疫情', '习近平']) {
      const first = await searchArticles(prisma, { query, first: 5 })
      const next = await searchArticles(prisma, { query, first: 5, after: first.endCursor })
      expect(next.hits.map((hit) => hit.articleId)).not.toContain(first.hits[0]?.articleId)
    }
    await searchArticles(prisma, { query: '人民', first: 5, filter: { kind: 'ARTICLE' } })
    // Search runs on the pool for expensive statements. One connection, so this sees the statements the searches
    // prepared on it: one per filter shape.
    const { rows } = await heavyPoolOf(prisma)!.query<{ name: string }>(
      `SELECT name FROM pg_prepared_statements WHERE name LIKE 'bs\\_%'`,
    )
    expect(rows).toHaveLength(2)
  } finally {
    await prisma.$disconnect()
  }
})
