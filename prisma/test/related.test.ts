// Related articles: the ranking the API documents, with bounded work per article, checked against a reference.
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { heavyPoolOf } from '../src/client.ts'
import {
  cheapRequestClient,
  createPrismaClient,
  createTestDatabase,
  databaseFault,
  RELATED_ENTITIES,
  RELATED_PER_ENTITY_SIDE,
  relatedArticleIds,
  seed,
  type TestDatabase,
} from '../src/index.ts'

let db: TestDatabase
type Row = { articleId: number; entityId: number; day: number; mentions: number }
let rows: Row[] = []

describe.skipIf(!hasShared)('related articles', () => {
  beforeAll(async () => {
    db = await createTestDatabase()
    const days = ['20200101', '20200102', '20200103'].map((day) => sharedPath(`corpus/epaper/2020-01/${day}`))
    // The seed page mentions more entities than related articles consider.
    const report = await seed(db.prisma, [sharedPath('pages'), ...days], { workers: 0 })
    expect(report.failures).toEqual([])
    rows = (await db.prisma.articleEntity.findMany()).map((row) => ({
      articleId: row.articleId,
      entityId: row.entityId,
      day: row.date.getTime() / 86_400_000,
      mentions: row.mentions,
    }))
  })
  afterAll(() => db?.stop())

  /** The documented ranking, computed here from every article-entity row. */
  function reference(source: number, first: number): number[] {
    const mine = rows
      .filter((row) => row.articleId === source)
      .sort((a, b) => b.mentions - a.mentions || a.entityId - b.entityId)
      .slice(0, RELATED_ENTITIES)
    const found = new Map<number, { shared: number; nearest: number }>()
    for (const { entityId, day } of mine) {
      const others = rows.filter((row) => row.entityId === entityId)
      const before = others
        .filter((row) => row.day <= day && row.articleId !== source)
        .sort((a, b) => b.day - a.day || b.articleId - a.articleId)
        .slice(0, RELATED_PER_ENTITY_SIDE)
      const after = others
        .filter((row) => row.day > day)
        .sort((a, b) => a.day - b.day || a.articleId - b.articleId)
        .slice(0, RELATED_PER_ENTITY_SIDE)
      for (const row of [...before, ...after]) {
        const seen = found.get(row.articleId) ?? { shared: 0, nearest: Infinity }
        found.set(row.articleId, {
          shared: seen.shared + 1,
          nearest: Math.min(seen.nearest, Math.abs(row.day - day)),
        })
      }
    }
    return [...found]
      .sort(([a, x], [b, y]) => y.shared - x.shared || x.nearest - y.nearest || b - a)
      .slice(0, first)
      .map(([id]) => id)
  }

  test('ranks by entities shared, then nearness in date, counting each entity’s nearest articles only', async () => {
    const byCount = new Map<number, number>()
    for (const row of rows) byCount.set(row.articleId, (byCount.get(row.articleId) ?? 0) + 1)
    const entityArticles = new Map<number, number>()
    for (const row of rows) entityArticles.set(row.entityId, (entityArticles.get(row.entityId) ?? 0) + 1)
    // An article with more entities than are considered, and one mentioning an entity with more articles than one
    // side of its window takes: both bounds are exercised.
    const crowded = [...byCount].find(([, n]) => n > RELATED_ENTITIES)![0]
    const hub = [...entityArticles].find(([, n]) => n > 2 * RELATED_PER_ENTITY_SIDE)![0]
    const withHub = rows.filter((row) => row.entityId === hub).map((row) => row.articleId)
    const sources = [crowded, withHub[0]!, withHub.at(-1)!, ...[...byCount.keys()].slice(0, 20)]
    const pairs = await relatedArticleIds(db.prisma, sources, 5)
    for (const source of new Set(sources)) {
      const ids = pairs.filter((pair) => pair.parent === source).map((pair) => pair.id)
      expect(ids, `article ${source}`).toEqual(reference(source, 5))
    }
    expect(pairs.length).toBeGreaterThan(50)
  })

  test('never lists the article itself, and lists nothing for no articles or first: 0', async () => {
    const [source] = rows
    const pairs = await relatedArticleIds(db.prisma, [source!.articleId], 20)
    expect(pairs.map((pair) => pair.id)).not.toContain(source!.articleId)
    expect(await relatedArticleIds(db.prisma, [], 5)).toEqual([])
    expect(await relatedArticleIds(db.prisma, [source!.articleId], 0)).toEqual([])
  })

  test('a cheap request runs them on the cheap pool, and never waits for the expensive statements’ pool', async () => {
    const prisma = createPrismaClient(db.url, { heavyPoolSize: 1, heavyWaitMs: 2_000 })
    const source = rows[0]!.articleId
    // The expensive statements' one connection is taken (held, not raced with a sleep: a loaded machine may take
    // longer to connect than a short wait allows).
    const held = await heavyPoolOf(prisma)!.connect()
    try {
      await expect(relatedArticleIds(prisma, [source], 5)).rejects.toSatisfy(
        (error) => databaseFault(error) === 'unavailable',
      )
      const cheap = await relatedArticleIds(cheapRequestClient(prisma), [source], 5)
      expect(cheap.map((pair) => pair.id)).toEqual(reference(source, 5))
    } finally {
      held.release()
      await prisma.$disconnect()
    }
  })
})
