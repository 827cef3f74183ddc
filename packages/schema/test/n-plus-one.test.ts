import { createPrismaClient, type PrismaClient, type TestDatabase } from '@broadsheet/db'
import { hasShared } from '@broadsheet/shared-data'
import { graphql } from 'graphql'
import { afterAll, beforeAll, expect, test as anyTest } from 'vitest'
import { createContext, schema } from '../src/index.ts'
import { createSeededArchive } from './support/archive.ts'

// Every test here runs on an archive seeded from ../shared: without it they are all skipped.
const test = anyTest.skipIf(!hasShared)

let db: TestDatabase
let prisma: PrismaClient
// Every statement sent to PostgreSQL, Prisma's and the db layer's own alike.
let statements: string[] = []

beforeAll(async () => {
  db = await createSeededArchive()
  prisma = createPrismaClient(db.url, { onStatement: (sql) => statements.push(sql) })
})

afterAll(async () => {
  await prisma?.$disconnect()
  await db?.stop()
})

// The nested query: articles with bylines, sections, paragraphs, mentions and their entities.
const nested = /* GraphQL */ `
  query Nested($first: Int!) {
    articles(first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          title
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
                  id
                  name
                  type
                }
              }
            }
          }
        }
      }
    }
  }
`

// What an article page of the web app asks for on top: page, issue, publication and the entity connection.
const full = /* GraphQL */ `
  query Full($first: Int!) {
    articles(first: $first) {
      edges {
        node {
          title
          page {
            number
            name
            issue {
              date
              publication {
                name
              }
            }
          }
          sections {
            paragraphs {
              text
              mentions {
                start
                end
                entity {
                  id
                  name
                  type
                }
              }
            }
          }
          entities(first: 10) {
            totalCount
            edges {
              node {
                id
                name
                type
                mentionCount
              }
            }
          }
        }
      }
    }
  }
`

async function run(first: number, source = nested) {
  statements = []
  const result = await graphql({
    schema,
    source,
    variableValues: { first },
    contextValue: createContext({ prisma: prisma }),
  })
  expect(result.errors).toBeUndefined()
  return { result, statements: [...statements] }
}

/** Runs `source` for 5 and for 50 parents: both must cost the same SQL statements, at most `most`. Gives the 50. */
async function expectBatched(source: string, most: number) {
  const five = await run(5, source)
  const fifty = await run(50, source)
  expect(fifty.statements.length).toBe(five.statements.length)
  expect(fifty.statements.length).toBeLessThanOrEqual(most)
  return fifty
}

/** One query on its own, as a page asking for a single article or entity would. */
async function ask<T>(source: string, variableValues: Record<string, unknown>): Promise<T> {
  const result = await graphql({
    schema,
    source,
    variableValues,
    contextValue: createContext({ prisma: prisma }),
  })
  expect(result.errors).toBeUndefined()
  return result.data as T
}

test('a nested page of articles costs two SQL statements, for 5 articles as for 50: the page with its rows, the count', async () => {
  const five = await run(5)
  const fifty = await run(50)
  if (process.env.SHOW_SQL) console.log(fifty.statements.join('\n\n'))
  const edges = (fifty.result.data as { articles: { edges: { node: { sections: unknown[] } }[] } }).articles
    .edges
  expect(edges).toHaveLength(50)
  expect(edges.some((edge) => edge.node.sections.length > 0)).toBe(true)
  expect(fifty.statements.length).toBe(five.statements.length)
  expect(fifty.statements.length).toBeLessThanOrEqual(2)
})

test('page, issue, publication and the entity connection are read in the statement that pages the articles', async () => {
  const five = await run(5, full)
  const fifty = await run(50, full)
  expect(fifty.statements.length).toBe(five.statements.length)
  expect(fifty.statements.length).toBe(1)
})

test('an article list reads no paragraph text or raw source unless asked for it', async () => {
  statements = []
  const result = await graphql({
    schema,
    source: '{ articles(first: 20) { edges { node { title sections { heading paragraphs { lines } } } } } }',
    contextValue: createContext({ prisma: prisma }),
  })
  expect(result.errors).toBeUndefined()
  const sql = statements.join('\n')
  expect(sql).toContain('"Paragraph"')
  // Neither the paragraphs' text nor any other text column: the selection asks for none.
  expect(sql).not.toMatch(/"text"/)
  expect(sql).not.toMatch(/"sourceText"/)
})

// Per-parent questions: each is batched across the parents of one request (see src/batch.ts).
const relatedOfMany = /* GraphQL */ `
  query Related($first: Int!) {
    articles(first: $first) {
      edges {
        node {
          id
          related(first: 3) {
            id
            title
          }
        }
      }
    }
  }
`

const entitiesWithTimelines = /* GraphQL */ `
  query Entities($first: Int!) {
    entities(first: $first) {
      edges {
        node {
          id
          timeline(granularity: DAY) {
            period
            count
          }
          coOccurring(first: 3) {
            entity {
              name
            }
            count
          }
          people: coOccurring(first: 2, type: PERSON) {
            entity {
              type
            }
          }
        }
      }
    }
  }
`

test("related articles of a whole list cost the same statements for 5 articles as for 50, and equal each one's own", async () => {
  const fifty = await expectBatched(relatedOfMany, 3)
  type Related = { articles: { edges: { node: { id: string; related: { id: string }[] } }[] } }
  const edges = (fifty.result.data as Related).articles.edges
  expect(edges.filter((edge) => edge.node.related.length > 0).length).toBeGreaterThan(25)
  for (const edge of edges.slice(0, 5)) {
    const alone = await ask<{ article: { related: { id: string }[] } }>(
      'query ($id: ID!) { article(id: $id) { related(first: 3) { id } } }',
      { id: edge.node.id },
    )
    expect(alone.article.related).toEqual(edge.node.related.map(({ id }) => ({ id })))
  }
})

test('timelines and co-occurring entities of a whole list cost the same statements for 5 entities as for 50', async () => {
  const fifty = await expectBatched(entitiesWithTimelines, 6)
  type Entities = {
    entities: {
      edges: {
        node: {
          id: string
          timeline: { count: number }[]
          coOccurring: { count: number }[]
          people: { entity: { type: string } }[]
        }
      }[]
    }
  }
  const nodes = (fifty.result.data as Entities).entities.edges.map((edge) => edge.node)
  expect(nodes.every((node) => node.timeline.length > 0)).toBe(true)
  expect(nodes.every((node) => node.coOccurring.length <= 3)).toBe(true)
  expect(nodes.flatMap((node) => node.people).every((row) => row.entity.type === 'PERSON')).toBe(true)
  const first = nodes[0]!
  const own = (
    await ask<{ entity: { timeline: unknown; coOccurring: unknown } }>(
      `query ($id: ID!) { entity(id: $id) { timeline(granularity: DAY) { period count }
        coOccurring(first: 3) { entity { name } count } } }`,
      { id: first.id },
    )
  ).entity
  expect(own.timeline).toEqual(first.timeline)
  expect(own.coOccurring).toEqual(first.coOccurring)
})

// What an entity page shows of its articles: one page, the total and the cursor to the next.
const articlePage = /* GraphQL */ `
  fragment ArticlePage on EntityArticleConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        title
        date
      }
    }
  }
`

const entitiesWithArticles = /* GraphQL */ `
  ${articlePage}
  query EntityArticles($first: Int!) {
    entities(first: $first, orderBy: MENTIONS) {
      edges {
        node {
          id
          articles(first: 3) {
            ...ArticlePage
          }
        }
      }
    }
  }
`

test("the articles of a whole list of entities cost the same statements for 5 entities as for 50, and equal each one's own", async () => {
  // The entities, then one statement for every entity's page, its articles and its count.
  const fifty = await expectBatched(entitiesWithArticles, 2)
  type Page = {
    totalCount: number
    pageInfo: { endCursor: string; hasNextPage: boolean }
    edges: { node: { id: string; date: string } }[]
  }
  type Entities = { entities: { edges: { node: { id: string; articles: Page } }[] } }
  const nodes = (fifty.result.data as Entities).entities.edges.map((edge) => edge.node)
  expect(nodes.every((node) => node.articles.edges.length === Math.min(3, node.articles.totalCount))).toBe(
    true,
  )
  // Each entity alone, and its next page through the cursor, read one by one as Prisma would.
  const single = /* GraphQL */ `
    ${articlePage}
    query ($id: ID!, $after: String) {
      entity(id: $id) {
        articles(first: 3, after: $after) {
          ...ArticlePage
        }
      }
    }
  `
  for (const node of [nodes[0]!, nodes[25]!, nodes[49]!]) {
    const page = async (after: string | null) =>
      (await ask<{ entity: { articles: Page } }>(single, { id: node.id, after })).entity.articles
    expect(await page(null)).toEqual(node.articles)
    const next = await page(node.articles.pageInfo.endCursor)
    const reference = await prisma.article.findMany({
      where: {
        entityCounts: { some: { entityId: Number(Buffer.from(node.id, 'base64').toString().split(':')[1]) } },
      },
      orderBy: [{ date: 'desc' }, { id: 'desc' }],
      skip: 3,
      take: 3,
      select: { publicId: true },
    })
    expect(next.edges.map((edge) => edge.node.id)).toEqual(reference.map((row) => row.publicId))
    expect(next.totalCount).toBe(node.articles.totalCount)
  }
})
