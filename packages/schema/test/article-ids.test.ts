// Specification of article ids in the API: the Relay id is the public id, node() and article() find it, a folded
// printing's id finds its article, the row-number ids of before still find theirs, and an id that names nothing
// is null or a client error.
import type { TestDatabase } from '@broadsheet/db'
import { hasShared } from '@broadsheet/shared-data'
import { graphql } from 'graphql'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { articleGlobalId, clientErrorCode, createContext, schema } from '../src/index.ts'
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

  test('an id of before (base64 of the row number) still finds its article, which answers under its public id', async () => {
    const row = await db.prisma.article.findFirstOrThrow({
      where: { title: '新年戏曲晚会在京举行' },
      select: { id: true },
    })
    const old = Buffer.from(`Article:${row.id}`).toString('base64')
    const node = await run('query ($id: ID!) { node(id: $id) { id } }', { id: old })
    expect(node.errors).toBeUndefined()
    expect(node.data?.node).toEqual({ id: 'rmrb-20200101-01-01' })
    const article = await run('query ($id: ID!) { article(id: $id) { id title } }', { id: old })
    expect(article.errors).toBeUndefined()
    expect(article.data?.article).toEqual({ id: 'rmrb-20200101-01-01', title: '新年戏曲晚会在京举行' })
  })

  test.each([
    ['a public id of a day the archive lacks', 'rmrb-19000101-01-01'],
    ['a public id past the last item of a page', 'rmrb-20200101-01-99'],
    ['a row number no article has', Buffer.from('Article:2147483647').toString('base64')],
  ])('%s names nothing: node() is null and article() is BAD_USER_INPUT', async (_what, id) => {
    const node = await run('query ($id: ID!) { node(id: $id) { id } }', { id })
    expect(node.errors).toBeUndefined()
    expect(node.data?.node).toBeNull()
    const nodes = await run('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [id, 'rmrb-20200101-01-01'],
    })
    expect(nodes.errors).toBeUndefined()
    expect(nodes.data?.nodes).toEqual([null, { id: 'rmrb-20200101-01-01' }])
    const article = await run('query ($id: ID!) { article(id: $id) { id } }', { id })
    expect(article.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT'])
  })

  test.each([
    ['a string that is no id', 'not an id'],
    ['a key that is no row number', Buffer.from('Article:abc').toString('base64')],
    ['a row number an int4 cannot hold', Buffer.from('Article:99999999999').toString('base64')],
  ])('%s is BAD_USER_INPUT in node() and article(), never an internal error', async (_what, id) => {
    for (const source of [
      'query ($id: ID!) { node(id: $id) { id } }',
      'query ($id: ID!) { article(id: $id) { id } }',
    ]) {
      const result = await run(source, { id })
      expect(result.errors?.map((e) => clientErrorCode(e.originalError ?? e))).toEqual(['BAD_USER_INPUT'])
    }
  })

  test('articleGlobalId() gives the id the API answers with, from the public id a row stores', async () => {
    const rows = await db.prisma.article.findMany({
      take: 20,
      orderBy: { id: 'desc' },
      select: { publicId: true },
    })
    for (const { publicId } of rows) {
      const result = await run('query ($id: ID!) { node(id: $id) { id } }', { id: articleGlobalId(publicId) })
      expect(result.data?.node).toEqual({ id: articleGlobalId(publicId) })
    }
    expect(() => articleGlobalId('QXJ0aWNsZTo3NDAz')).toThrow(TypeError)
  })

  test('every article of a list carries its public id, never a row number', async () => {
    const result = await run('{ articles(first: 100) { edges { node { id } } } }')
    const ids = (result.data?.articles as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)
    expect(ids.length).toBeGreaterThan(50)
    expect(ids.every((id) => /^(rmrb|unknown)-\d{8}-\d{2}-\d{2}(-\d+)?$/.test(id))).toBe(true)
  })
})
