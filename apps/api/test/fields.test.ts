// Every field of the schema, through Apollo's executeOperation, on a seeded embedded PostgreSQL.
import { relatedArticleIds, type TestDatabase } from '@broadsheet/db'
import { readFileSync } from 'node:fs'
import { type Item, parsePage } from '@broadsheet/parser'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test as anyTest } from 'vitest'
import {
  createSeededArchive,
  parseSeedPage,
  seedPageDate,
} from '../../../packages/schema/test/support/archive.ts'
import { createTestApi, type TestApi, testToken } from './support/api.ts'

// Every test here runs on an archive seeded from ../shared: without it they are all skipped.
const test = anyTest.skipIf(!hasShared)

let db: TestDatabase
let api: TestApi

beforeAll(async () => {
  db = await createSeededArchive()
  api = await createTestApi(db.prisma)
})

afterAll(async () => {
  await api?.stop()
  await db?.stop()
})

const articleFields = /* GraphQL */ `
  fragment ArticleFields on Article {
    id
    kind
    kicker
    title
    subtitle
    credit
    date
    bylines {
      agency
      role
      names
      text
    }
    dateline {
      agency
      place
      date
      text
    }
    sections {
      heading
      paragraphs {
        text
        mentions {
          start
          end
          entity {
            name
            type
          }
        }
      }
    }
  }
`

/** What the API should give back for a parsed item. */
function expectedArticle(item: Item) {
  return {
    kind: item.kind.toUpperCase(),
    kicker: item.kicker,
    title: item.title,
    subtitle: item.subtitle,
    credit: item.credit,
    date: seedPageDate,
    bylines: item.bylines.map(({ agency, role, names, text }) => ({ agency, role, names, text })),
    dateline: item.dateline,
    sections: item.sections.map((section) => ({
      heading: section.heading,
      paragraphs: section.paragraphs.map((p) => ({
        text: p.text,
        mentions: [...p.entities]
          .sort((a, b) => a.start - b.start)
          .map((e) => ({
            start: e.start,
            end: e.end,
            entity: { name: e.canonical.slice(e.canonical.indexOf(':') + 1), type: e.type },
          })),
      })),
    })),
  }
}

interface ArticleData {
  id: string
  title: string | null
  [key: string]: unknown
}

describe('the seed page', () => {
  test('comes back as the parser gave it: articles, bylines, datelines, sections and entity mentions', async () => {
    const parsed = parseSeedPage()
    const data = await api.data<{
      issue: { date: string; pages: { number: number; articles: ArticleData[] }[] }
    }>(
      `query ($date: Date!) { issue(date: $date) { date pages { number name articles { ...ArticleFields } } } }
       ${articleFields}`,
      { date: seedPageDate },
    )
    expect(data.issue.date).toBe(seedPageDate)
    const articles = data.issue.pages.flatMap((page) => page.articles)
    expect(articles.map(({ id: _id, ...rest }) => rest)).toEqual(parsed.items.map(expectedArticle))
    expect(articles.length).toBeGreaterThanOrEqual(4)
  })

  test('an article by id has its page, issue, publication, source and title mentions', async () => {
    const { articles } = await api.data<{ articles: { edges: { node: ArticleData }[] } }>(
      `{ articles(first: 1, filter: { date: "${seedPageDate}" }) { edges { node { id title } } } }`,
    )
    const id = articles.edges[0]!.node.id
    const { article } = await api.data<{ article: Record<string, unknown> }>(
      `query ($id: ID!) { article(id: $id) {
          id title position mentionCount
          page { number name issue { date publication { name } } }
          source { format file lines }
          sourceText
          titleMentions { start end text field entity { name } }
       } }`,
      { id },
    )
    expect(article).toMatchObject({
      id,
      page: { number: 0, issue: { date: seedPageDate, publication: { name: expect.any(String) } } },
      source: { format: 'PAGE', file: 'pages/000_c2a65b4d6f57a7a3.txt' },
    })
    const [first, last] = (article.source as { lines: number[] }).lines
    expect(first).toBeLessThanOrEqual(last!)
    expect((article.sourceText as string).split('\n')).toHaveLength(last! - first! + 1)
    expect(article.mentionCount).toBeGreaterThan(0)
  })
})

describe('Query.articles', () => {
  test('lists articles newest first, with totalCount and cursors that page forward without overlap', async () => {
    type Page = {
      articles: {
        totalCount: number
        pageInfo: { hasNextPage: boolean; endCursor: string }
        edges: { cursor: string; node: { id: string; date: string } }[]
      }
    }
    const query = `query ($after: String) { articles(first: 30, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date } } } }`
    const one = await api.data<Page>(query)
    const two = await api.data<Page>(query, { after: one.articles.pageInfo.endCursor })
    const dates = [...one.articles.edges, ...two.articles.edges].map((e) => e.node.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(one.articles.totalCount).toBeGreaterThan(50)
    expect(one.articles.pageInfo.hasNextPage).toBe(true)
    const ids = new Set(one.articles.edges.map((e) => e.node.id))
    expect(two.articles.edges.some((e) => ids.has(e.node.id))).toBe(false)
  })

  test('lists an issue in reading order: by page number, then position on the page, forward and backward', async () => {
    type Page = {
      articles: {
        pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean }
        edges: { cursor: string; node: { id: string; position: number; page: { number: number } } }[]
      }
    }
    const list = (args: string) =>
      api.data<Page>(`{ articles(${args}, filter: { date: "2020-01-02" }) {
        pageInfo { hasPreviousPage hasNextPage } edges { cursor node { id position page { number } } } } }`)
    const all = await list('first: 100')
    const order = all.articles.edges.map((e) => [e.node.page.number, e.node.position])
    expect(order.length).toBeGreaterThan(20)
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!))
    // The ten before the eleventh are the first ten, in the same order.
    const before = await list(`last: 10, before: "${all.articles.edges[10]!.cursor}"`)
    expect(before.articles.edges.map((e) => e.node.id)).toEqual(
      all.articles.edges.slice(0, 10).map((e) => e.node.id),
    )
    expect(before.articles.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: true })
  })

  test('defaults to 20 and never returns more than 100', async () => {
    const twenty = await api.data<{ articles: { edges: unknown[] } }>('{ articles { edges { cursor } } }')
    expect(twenty.articles.edges).toHaveLength(20)
    const capped = await api.data<{ articles: { edges: unknown[] } }>(
      '{ articles(first: 100) { edges { cursor } } }',
    )
    expect(capped.articles.edges.length).toBeLessThanOrEqual(100)
  })

  test('filters by date range, date, publication, page, kind, agency and entities', async () => {
    const count = async (filter: string) =>
      (await api.data<{ articles: { totalCount: number } }>(`{ articles(filter: ${filter}) { totalCount } }`))
        .articles.totalCount
    const all = await count('{}')
    expect(await count('{ date: "2020-01-01" }')).toBeGreaterThan(0)
    expect(await count('{ dateFrom: "2020-01-02", dateTo: "2020-01-03" }')).toBe(
      (await count('{ date: "2020-01-02" }')) + (await count('{ date: "2020-01-03" }')),
    )
    expect(await count('{ publication: "人民日报" }')).toBe(
      all - (await count(`{ date: "${seedPageDate}" }`)),
    )
    expect(await count('{ page: 1, publication: "人民日报" }')).toBeGreaterThan(0)
    expect(await count('{ kind: COMMENTARY }')).toBeGreaterThanOrEqual(1)
    expect(await count('{ agency: "新华社" }')).toBeGreaterThanOrEqual(3)
    const { entities } = await api.data<{
      entities: { edges: { node: { id: string; articleCount: number } }[] }
    }>('{ entities(first: 1, orderBy: MENTIONS) { edges { node { id articleCount } } } }')
    const top = entities.edges[0]!.node
    expect(await count(`{ entityIds: ["${top.id}"] }`)).toBe(top.articleCount)
  })
})

describe('Article', () => {
  test('entities(first, after, type) is a connection of distinct entities with totalCount', async () => {
    type Entities = {
      totalCount: number
      pageInfo: { endCursor: string; hasNextPage: boolean }
      edges: { node: { id: string; type: string } }[]
    }
    const { articles } = await api.data<{
      articles: { edges: { node: { id: string; entities: Entities } }[] }
    }>(
      `{ articles(first: 1, filter: { date: "${seedPageDate}" }) { edges { node { id entities(first: 3) {
        totalCount pageInfo { endCursor hasNextPage } edges { node { id type } } } } } } }`,
    )
    const article = articles.edges[0]!.node
    expect(article.entities.edges).toHaveLength(3)
    expect(article.entities.totalCount).toBeGreaterThan(3)
    const { node } = await api.data<{ node: { entities: Entities; people: Entities } }>(
      `query ($id: ID!, $after: String) { node(id: $id) { ... on Article {
        entities(first: 100, after: $after) { totalCount edges { node { id type } } }
        people: entities(first: 100, type: PERSON) { totalCount edges { node { id type } } } } } }`,
      { id: article.id, after: article.entities.pageInfo.endCursor },
    )
    expect(node.entities.edges).toHaveLength(Math.min(100, article.entities.totalCount - 3))
    const ids = node.entities.edges.map((e) => e.node.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(node.people.edges.every((e) => e.node.type === 'PERSON')).toBe(true)
    expect(node.people.totalCount).toBeGreaterThan(0)
  })

  test('related(first) lists other articles sharing entities', async () => {
    const { articles } = await api.data<{
      articles: { edges: { node: { id: string; related: { id: string }[] } }[] }
    }>(
      `{ articles(first: 2, filter: { date: "${seedPageDate}" }) { edges { node { id related(first: 3) { id title } } } } }`,
    )
    const [first] = articles.edges
    expect(first!.node.related.length).toBeGreaterThan(0)
    expect(first!.node.related.length).toBeLessThanOrEqual(3)
    expect(first!.node.related.map((r) => r.id)).not.toContain(first!.node.id)
    // In the ranking @broadsheet/db documents and checks against a reference (most entities shared, then nearest in
    // date), each as the article it names.
    const { id: articleId } = await db.prisma.article.findUniqueOrThrow({
      where: { publicId: first!.node.id },
    })
    const ranked = await relatedArticleIds(db.prisma, [articleId], 3)
    const publicIds = await db.prisma.article.findMany({
      where: { id: { in: ranked.map((row) => row.id) } },
      select: { id: true, publicId: true },
    })
    const publicIdOf = new Map(publicIds.map((row) => [row.id, row.publicId]))
    expect(first!.node.related.map((r) => r.id)).toEqual(ranked.map((row) => publicIdOf.get(row.id)))
  })
})

describe('issues', () => {
  test('issues(first, after) lists issues newest first with pages and their articles', async () => {
    const { issues } = await api.data<{
      issues: {
        totalCount: number
        edges: { node: { date: string; pages: { number: number; articles: { title: string }[] }[] } }[]
      }
    }>(
      '{ issues(first: 10) { totalCount edges { node { date pageCount publication { name } pages { number name articleCount articles { title } } } } } }',
    )
    expect(issues.totalCount).toBe(4)
    const dates = issues.edges.map((e) => e.node.date)
    expect(dates).toEqual(['2020-03-13', '2020-01-03', '2020-01-02', '2020-01-01'])
    expect(issues.edges[1]!.node.pages.length).toBeGreaterThan(1)
    expect(issues.edges[1]!.node.pages[0]!.articles.length).toBeGreaterThan(0)
  })

  test('issue(date, publication) finds one issue, and null for a day without one', async () => {
    const found = await api.data<{ issue: { date: string; publication: { name: string } } }>(
      '{ issue(date: "2020-01-02", publication: "人民日报") { date publication { name } } }',
    )
    expect(found.issue).toEqual({ date: '2020-01-02', publication: { name: '人民日报' } })
    const missing = await api.data<{ issue: null }>('{ issue(date: "1999-01-01") { date } }')
    expect(missing.issue).toBeNull()
    const { publications } = await api.data<{
      publications: { name: string; issues: { totalCount: number } }[]
    }>('{ publications { name issues(first: 1) { totalCount } } }')
    expect(publications.find((p) => p.name === '人民日报')?.issues.totalCount).toBe(3)
  })
})

describe('entities', () => {
  test('entities(type, query, orderBy) pages through people by mentions or by name', async () => {
    const { byMentions, byName } = await api.data<{
      byMentions: {
        totalCount: number
        edges: { node: { type: string; name: string; mentionCount: number } }[]
      }
      byName: { edges: { node: { name: string } }[] }
    }>(`{
      byMentions: entities(first: 20, type: PERSON) { totalCount edges { node { type name mentionCount } } }
      byName: entities(first: 20, orderBy: NAME) { edges { node { name } } }
    }`)
    const name = byMentions.edges[0]!.node.name
    const { search } = await api.data<{ search: { edges: { node: { name: string } }[] } }>(
      'query ($q: String) { search: entities(first: 50, query: $q) { edges { node { name } } } }',
      { q: name.slice(1) },
    )
    expect(byMentions.totalCount).toBeGreaterThan(0)
    expect(byMentions.edges.every((e) => e.node.type === 'PERSON')).toBe(true)
    const counts = byMentions.edges.map((e) => e.node.mentionCount)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const names = byName.edges.map((e) => e.node.name)
    expect(names).toEqual([...names].sort())
    expect(search.edges.map((e) => e.node.name)).toContain(name)
    expect(search.edges.every((e) => e.node.name.includes(name.slice(1)))).toBe(true)
  })

  test('entity(id) has its articles, timeline and co-occurring entities', async () => {
    const { entities } = await api.data<{ entities: { edges: { node: { id: string } }[] } }>(
      '{ entities(first: 1, type: LOCATION) { edges { node { id } } } }',
    )
    const id = entities.edges[0]!.node.id
    type Entity = {
      name: string
      type: string
      aliases: string[]
      key: string
      mentionCount: number
      articleCount: number
      parent: null | { id: string }
      children: unknown[]
      articles: { totalCount: number; edges: { node: { date: string } }[] }
      january: { totalCount: number }
      days: { period: string; count: number }[]
      months: { period: string; count: number }[]
      coOccurring: { entity: { id: string; name: string; type: string }; count: number }[]
      people: { entity: { type: string } }[]
    }
    const { entity } = await api.data<{ entity: Entity }>(
      `query ($id: ID!) { entity(id: $id) {
        name type aliases key mentionCount articleCount parent { id } children { id }
        articles(first: 5) { totalCount edges { node { date title } } }
        january: articles(dateFrom: "2020-01-01", dateTo: "2020-01-31") { totalCount }
        days: timeline(granularity: DAY) { period count }
        months: timeline(granularity: MONTH, dateFrom: "2020-01-01", dateTo: "2020-12-31") { period count }
        coOccurring(first: 5) { entity { id name type } count }
        people: coOccurring(first: 5, type: PERSON) { entity { type } }
      } }`,
      { id },
    )
    expect(entity.type).toBe('LOCATION')
    expect(entity.key).toBe(`LOCATION:${entity.name}`)
    expect(entity.articles.totalCount).toBe(entity.articleCount)
    expect(entity.days.reduce((sum, d) => sum + d.count, 0)).toBe(entity.articleCount)
    expect(entity.days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.period))).toBe(true)
    expect(entity.months.every((m) => /^2020-\d{2}$/.test(m.period))).toBe(true)
    expect(entity.january.totalCount).toBeLessThanOrEqual(entity.articleCount)
    expect(entity.coOccurring.length).toBeGreaterThan(0)
    expect(entity.coOccurring.map((c) => c.entity.id)).not.toContain(id)
    const counts = entity.coOccurring.map((c) => c.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(entity.people.every((c) => c.entity.type === 'PERSON')).toBe(true)
    // The counts equal an aggregate over the mentions themselves.
    const entityId = Number(Buffer.from(id, 'base64').toString().split(':')[1])
    const shared = await db.prisma.$queryRaw<{ name: string; count: number }[]>`
      SELECT e.name, count(DISTINCT m."articleId")::int AS count FROM "Mention" m JOIN "Entity" e ON e.id = m."entityId"
      WHERE m."articleId" IN (SELECT "articleId" FROM "Mention" WHERE "entityId" = ${entityId})
        AND m."entityId" <> ${entityId}
      GROUP BY e.id, e.name ORDER BY count DESC, e.id LIMIT 5`
    expect(entity.coOccurring.map((c) => ({ name: c.entity.name, count: c.count }))).toEqual(shared)
    const perDay = await db.prisma.$queryRaw<{ period: string; count: number }[]>`
      SELECT to_char(date, 'YYYY-MM-DD') AS period, count(DISTINCT "articleId")::int AS count FROM "Mention"
      WHERE "entityId" = ${entityId} GROUP BY 1 ORDER BY 1`
    expect(entity.days).toEqual(perDay)
  })

  test('topEntities gives the most-mentioned people, places and organizations in a month', async () => {
    const data = await api.data<Record<string, { entity: { type: string }; count: number }[]>>(`{
      people: topEntities(type: PERSON, dateFrom: "2020-01-01", dateTo: "2020-01-31", first: 5) { entity { name type } count }
      places: topEntities(type: LOCATION, dateFrom: "2020-01-01", dateTo: "2020-01-31", first: 5) { entity { name type } count }
      orgs: topEntities(type: ORGANIZATION, first: 5) { entity { name type } count }
    }`)
    expect(data.people!.every((e) => e.entity.type === 'PERSON')).toBe(true)
    expect(data.places!.length).toBe(5)
    expect(data.orgs!.every((e) => e.entity.type === 'ORGANIZATION')).toBe(true)
    const counts = data.places!.map((e) => e.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const mentions = await db.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Mention" m JOIN "Entity" e ON e.id = m."entityId"
      WHERE e.type = 'LOCATION' AND m.date BETWEEN '2020-01-01' AND '2020-01-31'
      GROUP BY m."entityId" ORDER BY count DESC LIMIT 5`
    expect(counts).toEqual(mentions.map((row) => row.count))
  })
})

describe('search', () => {
  test("matches exactly the articles LIKE '%q%' finds, with scores, highlights and facets", async () => {
    const q = '疫情'
    const { search } = await api.data<{
      search: {
        totalCount: number
        edges: {
          score: number
          highlights: { text: string; hit: boolean }[][]
          node: { id: string; title: string }
        }[]
        facets: Record<'kind' | 'month' | 'entity', { value: string; count: number }[]>
      }
    }>(
      `query ($q: String!) { search(query: $q, first: 100) { totalCount
        edges { score highlights { text hit } node { id title } }
        facets { kind { value count } month { value count } entity { value count } } } }`,
      { q },
    )
    const [row] = await db.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Article" a
      WHERE a.title LIKE ${`%${q}%`} OR a.kicker LIKE ${`%${q}%`} OR a.subtitle LIKE ${`%${q}%`}
         OR EXISTS (SELECT 1 FROM "Paragraph" p WHERE p."articleId" = a.id AND p.text LIKE ${`%${q}%`})`
    const count = row!.count
    expect(search.totalCount).toBe(count)
    expect(search.edges).toHaveLength(Math.min(count, 100))
    expect(
      search.edges.every(
        (e) => e.score > 0 && e.highlights.some((parts) => parts.some((p) => p.hit && p.text === q)),
      ),
    ).toBe(true)
    expect(search.facets.kind.reduce((sum, f) => sum + f.count, 0)).toBe(count)
    expect(search.facets.month.reduce((sum, f) => sum + f.count, 0)).toBe(count)
    expect(search.facets.entity.length).toBeGreaterThan(0)
  })

  test('filters and pages like articles', async () => {
    const { all, page } = await api.data<{
      all: { totalCount: number }
      page: { totalCount: number; edges: { node: { date: string } }[]; pageInfo: { hasNextPage: boolean } }
    }>(`{
      all: search(query: "中国") { totalCount }
      page: search(query: "中国", first: 2, filter: { dateFrom: "2020-01-01", dateTo: "2020-01-01" }) {
        totalCount edges { node { date } } pageInfo { hasNextPage } }
    }`)
    expect(page.totalCount).toBeLessThanOrEqual(all.totalCount)
    expect(page.edges.every((e) => e.node.date === '2020-01-01')).toBe(true)
  })
})

describe('search ordering and entity facets', () => {
  test('orderBy: DATE gives newest first, and entity facets link to their Entity', async () => {
    const { search } = await api.data<{
      search: {
        edges: { node: { date: string } }[]
        facets: { entity: { value: string; count: number; entity: { name: string; id: string } }[] }
      }
    }>(
      '{ search(query: "中国", first: 50, orderBy: DATE) { edges { node { date } } facets { entity { value count entity { id name } } } } }',
    )
    const dates = search.edges.map((e) => e.node.date)
    expect(dates.length).toBeGreaterThan(1)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(search.facets.entity.length).toBeGreaterThan(0)
    expect(search.facets.entity.every((f) => f.entity.name === f.value)).toBe(true)
  })
})

describe('node and corpus', () => {
  test('node(id) and nodes(ids) resolve any global id', async () => {
    const { articles, entities } = await api.data<{
      articles: { edges: { node: { id: string } }[] }
      entities: { edges: { node: { id: string } }[] }
    }>('{ articles(first: 1) { edges { node { id } } } entities(first: 1) { edges { node { id } } } }')
    const articleId = articles.edges[0]!.node.id
    const entityId = entities.edges[0]!.node.id
    const data = await api.data<{
      node: { __typename: string }
      nodes: { __typename: string; id: string }[]
    }>(`query ($a: ID!, $e: ID!) { node(id: $a) { __typename id } nodes(ids: [$e, $a]) { __typename id } }`, {
      a: articleId,
      e: entityId,
    })
    expect(data.node.__typename).toBe('Article')
    expect(data.nodes.map((n) => n.__typename)).toEqual(['Entity', 'Article'])
  })

  test('corpus counts articles, issues and entities', async () => {
    const { corpus } = await api.data<{ corpus: Record<string, number | string> }>(
      '{ corpus { articleCount issueCount entityCount publicationCount firstDate lastDate } }',
    )
    expect(corpus).toMatchObject({
      articleCount: await db.prisma.article.count(),
      issueCount: 4,
      entityCount: await db.prisma.entity.count(),
      publicationCount: 2,
      firstDate: '2020-01-01',
      lastDate: seedPageDate,
    })
  })
})

describe('Mutation.ingestPage', () => {
  const file = sharedPath('corpus/epaper/2020-02/20200201/20200201-01-01.txt')
  const mutation = /* GraphQL */ `
    mutation ($input: IngestPageInput!) {
      ingestPage(input: $input) {
        warnings
        articles {
          id
          title
          date
          page {
            number
            issue {
              publication {
                name
              }
            }
          }
        }
      }
    }
  `

  test('parses and stores a page with the API token, and returns its articles', async () => {
    const text = readFileSync(file, 'utf8')
    const input = { text, date: '2020-02-01', page: 1, publication: '人民日报' }
    const result = await api.run<{ ingestPage: { articles: { id: string; title: string; date: string }[] } }>(
      mutation,
      { input },
      { token: testToken },
    )
    expect(result.errors).toBeUndefined()
    const parsed = parsePage(text, { date: '2020-02-01', page: 1, publication: '人民日报' })
    const articles = result.data!.ingestPage.articles
    expect(articles.map((a) => a.title)).toEqual(parsed.items.map((item) => item.title))
    expect(articles[0]).toMatchObject({
      date: '2020-02-01',
      page: { number: 1, issue: { publication: { name: '人民日报' } } },
    })
    const { article } = await api.data<{ article: { title: string } }>(
      'query ($id: ID!) { article(id: $id) { title } }',
      {
        id: articles[0]!.id,
      },
    )
    expect(article.title).toBe(parsed.items[0]!.title)
  })

  test('is FORBIDDEN without the token or with a wrong one', async () => {
    const input = { text: readFileSync(file, 'utf8'), date: '2020-02-01' }
    for (const token of [null, 'wrong-token-0123456789']) {
      const result = await api.run(mutation, { input }, { token })
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      expect(result.data).toBeNull()
    }
  })
})
