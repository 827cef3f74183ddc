// The researcher's tools through the API: the query language, terms over time, keyword in context, the calendar,
// adjacent issues, the entity directory, the co-occurrence network, citations, and GET /export over HTTP, whose
// files open in standard readers.
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-ris'
import type { TestDatabase } from '@broadsheet/db'
import { parse as parseCsv } from 'csv-parse/sync'
import { hasShared } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test as anyTest } from 'vitest'
import { createSeededArchive } from '../../../packages/schema/test/support/archive.ts'
import { type RunningServer, startServer } from '../src/server.ts'
import { createTestApi, type TestApi } from './support/api.ts'

// Every test here runs on an archive seeded from ../shared: without it they are all skipped.
const test = anyTest.skipIf(!hasShared)

let db: TestDatabase
let api: TestApi
let server: RunningServer
let origin = ''

beforeAll(async () => {
  db = await createSeededArchive()
  api = await createTestApi(db.prisma)
  server = await startServer({
    prisma: db.prisma,
    env: {
      port: 0,
      apiToken: null,
      introspection: true,
      production: false,
      databaseUrl: db.url,
      dbPoolSize: 4,
      dbHeavyPoolSize: 1,
      ingestThreads: 1,
      webUrl: 'https://archive.example.org',
      exportConcurrency: 1,
    },
  })
  origin = new URL(server.url).origin
})

afterAll(async () => {
  await server?.stop()
  await api?.stop()
  await db?.stop()
})

const b64 = (text: string) => Buffer.from(text).toString('base64')

const total = async (query: string) =>
  (
    await api.data<{ search: { totalCount: number } }>(
      `query($q: String!) { search(query: $q) { totalCount } }`,
      { q: query },
    )
  ).search.totalCount

describe('search', () => {
  test('understands AND, phrases, OR, exclusion, full-width and traditional characters', async () => {
    const [both, phrase, either, xi, xiTraditional, excluded] = (await Promise.all(
      ['武汉 疫情', '"武汉疫情"', '武汉 OR 疫情', '习近平', '習近平', '疫情 -武汉'].map(total),
    )) as [number, number, number, number, number, number]
    expect(both).toBeGreaterThanOrEqual(phrase)
    expect(either).toBeGreaterThan(both)
    expect(xiTraditional).toBe(xi)
    expect(excluded + both).toBe(await total('疫情'))
    expect(await total('２０２０')).toBe(await total('2020'))
  })

  test('says how it understood the query', async () => {
    const data = await api.data<{ search: { query: string } }>(
      `{ search(query: "習近平  疫情 OR 肺炎 -武汉") { query } }`,
    )
    expect(data.search.query).toBe('习近平 疫情 OR 肺炎 -武汉')
  })

  test('a malformed query is BAD_USER_INPUT with the problem named, in production too', async () => {
    const result = await api.run(`{ search(query: "\\"新冠") { totalCount } }`)
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problem: 'UNCLOSED_QUOTE',
    })
    expect(result.errors?.[0]?.message).toMatch(/never closed/)
    const production = await createTestApi(db.prisma, { production: true })
    try {
      const masked = await production.run(`{ search(query: "疫情 OR") { totalCount } }`)
      expect(masked.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', problem: 'DANGLING_OR' })
    } finally {
      await production.stop()
    }
  })
})

test('terms over time counts articles per month beside every article of the month', async () => {
  const data = await api.data<{
    termsOverTime: {
      periods: { period: string; articleCount: number }[]
      series: {
        query: string | null
        total: number
        points: { period: string; count: number; perThousand: number }[]
      }[]
    }
  }>(`{
    termsOverTime(series: [{ query: "疫情" }, { query: "习近平" }], granularity: MONTH) {
      periods { period articleCount }
      series { query total points { period count perThousand } }
    }
  }`)
  const { periods, series } = data.termsOverTime
  expect(periods.map((p) => p.period)).toEqual(['2020-01', '2020-03'])
  expect(series.map((s) => s.query)).toEqual(['疫情', '习近平'])
  expect(series[0]!.total).toBe(await total('疫情'))
  const january = series[0]!.points[0]!
  expect(january.perThousand).toBeCloseTo((january.count * 1000) / periods[0]!.articleCount)
  const bad = await api.run(
    `{ termsOverTime(series: [{ query: "a", entity: "RW50aXR5OjE=" }]) { periods { period } } }`,
  )
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
})

test('keyword in context lists occurrences with their article, sorted by right context', async () => {
  const data = await api.data<{
    keywordInContext: {
      totalCount: number
      lines: { left: string; match: string; right: string; article: { id: string; title: string } }[]
    }
  }>(`{ keywordInContext(query: "人民", sort: RIGHT, first: 50) {
    totalCount lines { left match right article { id title } } } }`)
  const { totalCount, lines } = data.keywordInContext
  expect(totalCount).toBeGreaterThan(50)
  expect(lines).toHaveLength(50)
  const rights = lines.map((l) => l.right)
  expect(rights).toEqual([...rights].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  expect(lines.every((l) => l.match === '人民' && l.article.id)).toBe(true)
})

test('the calendar, and each issue’s previous and next', async () => {
  const data = await api.data<{
    issueCalendar: {
      years: { year: number; issueCount: number }[]
      months: { month: string; days: { date: string }[] }[]
    }
    issue: { previous: { date: string } | null; next: { date: string } | null }
  }>(`{
    issueCalendar { years { year issueCount } months(year: 2020) { month days { date } } }
    issue(date: "2020-01-02") { previous { date } next { date } }
  }`)
  expect(data.issueCalendar.years).toEqual([{ year: 2020, issueCount: 4 }])
  expect(data.issueCalendar.months.map((m) => m.month)).toEqual(['2020-01', '2020-03'])
  expect(data.issueCalendar.months[0]!.days.map((d) => d.date)).toEqual([
    '2020-01-01',
    '2020-01-02',
    '2020-01-03',
  ])
  expect(data.issue).toEqual({ previous: { date: '2020-01-01' }, next: { date: '2020-01-03' } })
})

test('the entity directory filters by type and finds a name typed in traditional characters', async () => {
  const data = await api.data<{
    entities: { totalCount: number; edges: { node: { name: string; articleCount: number } }[] }
  }>(
    `{ entities(type: PERSON, query: "習近平", orderBy: ARTICLES, first: 5) { totalCount edges { node { name articleCount } } } }`,
  )
  expect(data.entities.edges[0]!.node.name).toBe('习近平')
  expect(data.entities.edges[0]!.node.articleCount).toBeGreaterThan(0)
})

test('the co-occurrence network lists the entity, its neighbours and the links among them', async () => {
  const { entities } = await api.data<{ entities: { edges: { node: { id: string } }[] } }>(
    `{ entities(query: "习近平", type: PERSON, first: 1) { edges { node { id } } } }`,
  )
  const id = entities.edges[0]!.node.id
  const data = await api.data<{
    entity: {
      coOccurrenceNetwork: {
        nodes: { entity: { id: string } }[]
        edges: { source: string; target: string; count: number }[]
      }
    }
  }>(
    `query($id: ID!) { entity(id: $id) { coOccurrenceNetwork(first: 6) { nodes { entity { id } count } edges { source target count } } } }`,
    { id },
  )
  const { nodes, edges } = data.entity.coOccurrenceNetwork
  expect(nodes[0]!.entity.id).toBe(id)
  expect(nodes).toHaveLength(7)
  const ids = new Set(nodes.map((n) => n.entity.id))
  expect(edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.count > 0)).toBe(true)
  expect(edges.filter((e) => e.source === id || e.target === id)).toHaveLength(6)
})

test('an article cites itself in GB/T 7714 and Chicago, with its permalink', async () => {
  const { search } = await api.data<{ search: { edges: { node: { id: string } }[] } }>(
    `{ search(query: "抗疫情抓生产", first: 1) { edges { node { id } } } }`,
  )
  const id = search.edges[0]!.node.id
  // Over HTTP, from the server that knows where the web app is (BROADSHEET_WEB_URL).
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($id: ID!) { node(id: $id) { ... on Article { permalink
        gbt: citation(style: GBT7714, accessed: "2026-12-07") chicago: citation(style: CHICAGO) } } }`,
      variables: { id },
    }),
  })
  const { data } = (await response.json()) as {
    data: { node: { permalink: string; gbt: string; chicago: string } }
  }
  expect(data.node.permalink).toBe(`https://archive.example.org/articles/${encodeURIComponent(id)}`)
  // The seed page names two reporters (□新华社记者 王鹏 江琳) and, loaded without its meta, no publication.
  expect(data.node.gbt).toBe(
    `王鹏, 江琳. 抗疫情抓生产 筑堡垒当先锋[N/OL]. 未知, 2020-03-13[2026-12-07]. ${data.node.permalink}.`,
  )
  expect(data.node.chicago).toBe(
    `王鹏 and 江琳. “抗疫情抓生产 筑堡垒当先锋.” 未知, March 13, 2020. ${data.node.permalink}.`,
  )
})

describe('GET /export', () => {
  const get = (query: string) => fetch(`${origin}/export?${query}`)

  test('CSV: a row per article of the search, in a standard CSV parser', async () => {
    const response = await get(`q=${encodeURIComponent('疫情')}&format=csv&content=snippet`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=.*\.csv/)
    const rows = parseCsv(await response.text(), { bom: true, columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(await total('疫情'))
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'date',
      'publication',
      'page',
      'kind',
      'kicker',
      'title',
      'subtitle',
      'bylines',
      'authors',
      'url',
      'snippet',
    ])
    for (const row of rows) {
      expect(row.snippet).toContain('疫情')
      expect(row.url).toBe(`https://archive.example.org/articles/${encodeURIComponent(row.id!)}`)
    }
  })

  test('JSON Lines: one JSON object per line, with the whole text', async () => {
    const response = await get(`q=${encodeURIComponent('习近平')}&format=jsonl&kind=ARTICLE`)
    const lines = (await response.text()).trimEnd().split('\n')
    const articles = lines.map((line) => JSON.parse(line) as { id: string; kind: string; text: string })
    const { search } = await api.data<{ search: { totalCount: number } }>(
      `{ search(query: "习近平", filter: { kind: ARTICLE }) { totalCount } }`,
    )
    expect(articles).toHaveLength(search.totalCount)
    expect(articles.every((a) => a.kind === 'ARTICLE' && a.text.includes('习近平'))).toBe(true)
  })

  test('RIS: newspaper articles a reference manager reads, one per article of an issue', async () => {
    const response = await get('date=2020-01-02&format=ris&content=snippet')
    const text = await response.text()
    const cite = new Cite(text)
    const day = await api.data<{ articles: { totalCount: number } }>(
      `{ articles(filter: { date: "2020-01-02" }) { totalCount } }`,
    )
    expect(cite.data).toHaveLength(day.articles.totalCount)
    const item = cite.data.find((i: { title?: string }) => i.title) as {
      type: string
      'container-title': string
      URL: string
      issued: { 'date-parts': number[][] }
    }
    expect(item.type).toBe('article-newspaper')
    expect(item['container-title']).toBe('人民日报')
    // citation-js reads the year (PY); the full date is in DA, as the RIS specification puts it.
    expect(item.issued['date-parts'][0]![0]).toBe(2020)
    expect(text).toContain('DA  - 2020/01/02\r\n')
    expect(item.URL).toMatch(/^https:\/\/archive\.example\.org\/articles\//)
  })

  test('a concordance exports as CSV, every occurrence', async () => {
    const response = await get(`view=kwic&q=${encodeURIComponent('人民')}&sort=right`)
    const rows = parseCsv(await response.text(), { bom: true, columns: true }) as { match: string }[]
    const { keywordInContext } = await api.data<{ keywordInContext: { totalCount: number } }>(
      `{ keywordInContext(query: "人民", first: 0) { totalCount } }`,
    )
    expect(rows).toHaveLength(keywordInContext.totalCount)
  })

  const tooManyEntities = Array.from({ length: 11 }, (_, i) => `entityIds=${b64(`Entity:${i + 1}`)}`)
  test.each([
    ['an unknown format', 'format=xls', /"format" must be csv, jsonl, ris/],
    ['an unclosed quote', 'q=%22%E7%96%AB', /never closed/],
    ['an unknown kind', 'kind=NOVEL', /"kind" must be/],
    [
      'an inverted date range',
      'dateFrom=2020-02-01&dateTo=2020-01-01',
      /dateFrom: 2020-02-01 is after filter\.dateTo/,
    ],
    ['an impossible day', 'date=2020-02-30', /date/],
    ['an id that is not an Entity id', 'entityIds=nonsense', /Entity ids/],
    ['eleven entities', tooManyEntities.join('&'), /at most 10 entities/],
    ['a query of 201 characters', `q=${'中'.repeat(201)}`, /201 characters long; at most 200/],
    ['a parameter given twice', 'q=%E7%96%AB&q=%E6%83%85', /"q" is given 2 times/],
    ['a limit of 0', 'limit=0', /"limit" must be a whole number of at least 1/],
    ['relevance without a query', 'sort=relevance', /needs a query/],
    ['an unknown parameter', 'color=red', /Unknown parameter "color"/],
    ['a concordance without a query', 'view=kwic', /needs a query/],
    ['a concordance as RIS', 'view=kwic&q=%E8%B4%AB%E5%9B%B0&format=ris', /RIS lists articles/],
  ])('answers 400 for %s, naming the problem', async (_name, query, message) => {
    const response = await get(query)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] }
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT')
    expect(body.errors[0]!.message).toMatch(message)
  })

  test('a malformed query answers 400 with its problem named, as the API does', async () => {
    const response = await get(`q=${encodeURIComponent('疫情 OR')}`)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', problem: 'DANGLING_OR' } }],
    })
  })

  test('a query in the filter exports exactly what the filter keeps in the API', async () => {
    const query = '人民 -北京'
    const { articles } = await api.data<{ articles: { totalCount: number } }>(
      `query ($q: String) { articles(filter: { query: $q, kind: ARTICLE }) { totalCount } }`,
      { q: query },
    )
    const lines = (await (await get(`q=${encodeURIComponent(query)}&kind=ARTICLE&format=jsonl`)).text())
      .trimEnd()
      .split('\n')
    expect(articles.totalCount).toBeGreaterThan(0)
    expect(lines).toHaveLength(articles.totalCount)
  })

  test('runs no more exports at once than its limit, and says when to retry', async () => {
    const responses = await Promise.all(Array.from({ length: 4 }, () => get('format=jsonl')))
    const statuses = responses.map((r) => r.status)
    expect(statuses).toContain(200)
    expect(statuses).toContain(429)
    for (const response of responses) {
      if (response.status === 429) {
        expect(response.headers.get('retry-after')).toBe('5')
        expect(
          ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
            .code,
        ).toBe('TOO_MANY_EXPORTS')
      } else {
        const lines = (await response.text()).trimEnd().split('\n')
        expect(lines).toHaveLength(
          (await api.data<{ corpus: { articleCount: number } }>(`{ corpus { articleCount } }`)).corpus
            .articleCount,
        )
      }
    }
    expect((await get('format=csv&limit=3')).status).toBe(200)
  })
})
