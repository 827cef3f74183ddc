// A request's price routes its statements: a cheap one never waits for the expensive statements' pool.
import { createPrismaClient, type PrismaClient, type TestDatabase } from '@broadsheet/db'
import { costs } from '@broadsheet/schema'
import { hasShared } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createSeededArchive } from '../../../packages/schema/test/support/archive.ts'
import { createTestApi, type TestApi } from './support/api.ts'

let db: TestDatabase
let prisma: PrismaClient
let api: TestApi

// It runs on an archive seeded from ../shared: without it, it is skipped.
describe.skipIf(!hasShared)('requests are routed by their price', () => {
  beforeAll(async () => {
    db = await createSeededArchive()
    // One connection for expensive statements, and a statement that cannot have it at once is refused.
    prisma = createPrismaClient(db.url, { heavyPoolSize: 1, heavyWaitMs: 1 })
    api = await createTestApi(prisma, { production: true })
  })
  afterAll(async () => {
    await api?.stop()
    await prisma?.$disconnect()
    await db?.stop()
  })

  test('article pages asking for related articles never wait for the pool that expensive requests queue for', async () => {
    const { articles } = await api.data<{ articles: { edges: { node: { id: string } }[] } }>(
      '{ articles(first: 20) { edges { node { id } } } }',
    )
    const ids = articles.edges.map((edge) => edge.node.id)
    // Related articles of 20 articles at once: 200 units, over the price of a cheap request.
    const expensive = '{ articles(first: 20) { edges { node { related(first: 10) { id } } } } }'
    // One article's: 10 units, a cheap request.
    const cheap = 'query ($id: ID!) { article(id: $id) { title related(first: 5) { id title } } }'
    expect(costs.related * 20).toBeGreaterThan(costs.cheapRequest)
    expect(costs.related).toBeLessThanOrEqual(costs.cheapRequest)
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, () => api.run(expensive)),
      ...ids.map((id) => api.run(cheap, { id })),
    ])
    const refused = answers
      .slice(0, 8)
      .filter((answer) => answer.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE')
    // The expensive requests contended for their one connection, and some were refused rather than queue…
    expect(refused.length).toBeGreaterThan(0)
    // …while every article page was answered, with its related articles.
    for (const answer of answers.slice(8)) expect(answer.errors).toBeUndefined()
    const related = answers
      .slice(8)
      .map((answer) => (answer.data as { article: { related: unknown[] } }).article)
    expect(related.filter((article) => article.related.length > 0).length).toBeGreaterThan(10)
  })
})
