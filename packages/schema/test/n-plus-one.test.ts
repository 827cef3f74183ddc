import { createPrismaClient, type PrismaClient, type TestDatabase } from '@broadsheet/db'
import { graphql } from 'graphql'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createContext, schema } from '../src/index.ts'
import { createSeededArchive } from './support/archive.ts'

let db: TestDatabase
let prisma: PrismaClient<'query'>
let statements: string[] = []

beforeAll(async () => {
  db = await createSeededArchive()
  prisma = createPrismaClient(db.url, { log: [{ emit: 'event', level: 'query' }] })
  prisma.$on('query', (event) => statements.push(event.query))
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
    contextValue: createContext({ prisma: prisma as PrismaClient }),
  })
  expect(result.errors).toBeUndefined()
  return { result, statements: [...statements] }
}

test('a nested page of articles costs the same few SQL statements for 5 articles as for 50', async () => {
  const five = await run(5)
  const fifty = await run(50)
  if (process.env.SHOW_SQL) console.log(fifty.statements.join('\n\n'))
  const edges = (fifty.result.data as { articles: { edges: { node: { sections: unknown[] } }[] } }).articles
    .edges
  expect(edges).toHaveLength(50)
  expect(edges.some((edge) => edge.node.sections.length > 0)).toBe(true)
  expect(fifty.statements.length).toBe(five.statements.length)
  expect(fifty.statements.length).toBeLessThanOrEqual(8)
})

test('adding page, issue, publication and the entity connection adds a fixed number of statements', async () => {
  const five = await run(5, full)
  const fifty = await run(50, full)
  expect(fifty.statements.length).toBe(five.statements.length)
  expect(fifty.statements.length).toBeLessThanOrEqual(12)
})

test('an article list reads no paragraph text or raw source unless asked for it', async () => {
  statements = []
  const result = await graphql({
    schema,
    source: '{ articles(first: 20) { edges { node { title sections { heading paragraphs { lines } } } } } }',
    contextValue: createContext({ prisma: prisma as PrismaClient }),
  })
  expect(result.errors).toBeUndefined()
  const sql = statements.join('\n')
  expect(sql).toContain('"Paragraph"')
  expect(sql).not.toMatch(/"Paragraph"\."text"/)
  expect(sql).not.toMatch(/"sourceText"/)
})
