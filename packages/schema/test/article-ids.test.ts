// Specification of article ids in the API: the Relay id is the public id, node() and article() find it, a folded
// printing's id finds its article, and the row-number ids of before find nothing.
import type { TestDatabase } from '@broadsheet/db'
import { hasShared } from '@broadsheet/shared-data'
import { graphql } from 'graphql'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createContext, schema } from '../src/index.ts'
import { createSeededArchive } from './support/archive.ts'

let db: TestDatabase
beforeAll(async () => {
  if (hasShared) db = await createSeededArchive()
})
afterAll(() => db?.stop())

function run(source: string, variableValues: Record<string, unknown> = {}) {
  return graphql({ schema, source, variableValues, contextValue: createContext({ prisma: db.prisma }) })
}

describe.skipIf(!hasShared)('article ids', () => {
  test('an article’s id is its public id, and node() finds the article by it', async () => {
    const result = await run(`{ node(id: "rmrb-20200101-01-01") { id ... on Article { title } } }`)
    expect(result.errors).toBeUndefined()
    expect(result.data?.node).toEqual({ id: 'rmrb-20200101-01-01', title: '新年戏曲晚会在京举行' })
  })

  test('the id of a reprint folded into its first printing finds the article, under the first one’s id', async () => {
    // 国家主席习近平发表二〇二〇年新年贺词 was printed on page 1 (item 2) and again on page 3 (item 4).
    const result = await run(
      `{ article(id: "rmrb-20200101-03-04") { id title placements { id role page { number } } } }`,
    )
    expect(result.errors).toBeUndefined()
    expect(result.data?.article).toEqual({
      id: 'rmrb-20200101-01-02',
      title: '国家主席习近平发表二〇二〇年新年贺词',
      placements: [
        { id: 'rmrb-20200101-01-02', role: 'FIRST', page: { number: 1 } },
        { id: 'rmrb-20200101-03-04', role: 'REPRINT', page: { number: 3 } },
      ],
    })
  })

  test('a row-number id of before finds nothing: node() is null and article() is BAD_USER_INPUT', async () => {
    const [row] = await db.prisma.article.findMany({ take: 1, select: { id: true } })
    const old = Buffer.from(`Article:${row!.id}`).toString('base64')
    const node = await run('query ($id: ID!) { node(id: $id) { id } }', { id: old })
    expect(node.errors).toBeUndefined()
    expect(node.data?.node).toBeNull()
    const article = await run('query ($id: ID!) { article(id: $id) { id } }', { id: old })
    expect(article.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  test('every article of a list carries its public id, never a row number', async () => {
    const result = await run('{ articles(first: 100) { edges { node { id } } } }')
    const ids = (result.data?.articles as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)
    expect(ids.length).toBeGreaterThan(50)
    expect(ids.every((id) => /^(rmrb|unknown)-\d{8}-\d{2}-\d{2}(-\d+)?$/.test(id))).toBe(true)
  })
})
