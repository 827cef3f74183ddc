// Hostile and mistaken requests are refused with clear GraphQL errors, before any resolver runs.
import { createPrismaClient, createTestDatabase, type PrismaClient, type TestDatabase } from '@broadsheet/db'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTestApi, type TestApi } from './support/api.ts'

let db: TestDatabase
let prisma: PrismaClient<'query'>
let statements = 0
let api: TestApi
let production: TestApi

beforeAll(async () => {
  db = await createTestDatabase()
  prisma = createPrismaClient(db.url, { log: [{ emit: 'event', level: 'query' }] })
  prisma.$on('query', () => statements++)
  api = await createTestApi(prisma as PrismaClient)
  production = await createTestApi(prisma as PrismaClient, { production: true })
})

afterAll(async () => {
  await api?.stop()
  await production?.stop()
  await prisma?.$disconnect()
  await db?.stop()
})

/** Runs `query` and returns its single error, checking that no SQL ran and no data came back. */
async function rejected(query: string, variables?: Record<string, unknown>, on: TestApi = api) {
  statements = 0
  const result = await on.run(query, variables)
  expect(result.data ?? null).toBeNull()
  expect(result.errors).toHaveLength(1)
  expect(statements).toBe(0)
  return result.errors![0]!
}

describe('hostile queries are rejected before execution', () => {
  test('deep nesting', async () => {
    let selection = 'id'
    for (let i = 0; i < 8; i++) selection = `parent { ${selection} }`
    const error = await rejected(
      `{ articles { edges { node { sections { paragraphs { mentions { entity { ${selection} } } } } } } } }`,
    )
    expect(error.message).toMatch(/depth of \d+ exceeds max depth of 12/)
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX')
  })

  test('1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join('\n')
    const error = await rejected(`{ ${aliases} }`)
    expect(error.message).toMatch(/Too many aliases: the limit is 30/)
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  test.each([
    ['{ articles(first: 1000000) { edges { node { title } } } }', undefined],
    ['query ($n: Int) { entities(first: $n) { totalCount } }', { n: 1_000_000 }],
    ['{ search(query: "疫情", first: 10000) { totalCount } }', undefined],
    ['{ topEntities(first: 10000) { count } }', undefined],
    ['{ articles(first: 1) { edges { node { related(first: 10000) { id } } } } }', undefined],
  ])('first past 100 is refused alike on every list: %s', async (query, variables) => {
    const error = await rejected(query, variables)
    expect(error.message).toMatch(/^first: must be a whole number from 0 to 100, got (1000000|10000)$/)
    expect(error.extensions?.code).toBe('BAD_USER_INPUT')
  })

  test('first with last is refused, on connections and search alike', async () => {
    for (const query of [
      '{ articles(first: 2, last: 2) { totalCount } }',
      '{ search(query: "疫情", first: 2, last: 2) { totalCount } }',
    ]) {
      const error = await rejected(query)
      expect(error.message).toMatch(/^first: first and last cannot be given together/)
      expect(error.extensions?.code).toBe('BAD_USER_INPUT')
    }
  })

  test('a request priced over the budget is refused before any SQL, saying what costs what', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: articles(first: 100) { edges { node { related(first: 20) { id } } } }`,
    )
    const error = await rejected(`{ ${aliases.join(' ')} }`)
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX')
    expect(error.message).toMatch(/would cost about \d+ units of database work; the budget is 1000/)
  })

  test('more entities in a filter than the cap is refused before any SQL', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => Buffer.from(`Entity:${i + 1}`).toString('base64'))
    const error = await rejected(
      'query ($ids: [ID!]) { articles(first: 1, filter: { entityIds: $ids }) { totalCount } }',
      { ids },
    )
    expect(error.extensions?.code).toBe('BAD_USER_INPUT')
    expect(error.message).toBe('filter.entityIds: at most 10 values, got 200')
  })

  test('a subscription is refused as a bad request', async () => {
    const error = await rejected('subscription { corpus { articleCount } }')
    expect(error.extensions?.code).toMatch(/BAD_REQUEST|GRAPHQL_VALIDATION_FAILED/)
  })

  test('a 1 MB document', async () => {
    const padding = Array.from({ length: 100_000 }, () => 'title').join(' ')
    const query = `{ articles { edges { node { ${padding} } } } }`
    expect(query.length).toBeGreaterThan(500_000)
    const error = await rejected(`${query}${' '.repeat(1_000_000 - query.length)}`)
    expect(error.message).toMatch(/more tha[nt] \d+ tokens/)
    expect(error.extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
  })

  test('fragment cycles', async () => {
    const error = await rejected(`
      { articles { edges { node { ...A } } } }
      fragment A on Article { related { ...B } }
      fragment B on Article { related { ...A } }`)
    expect(error.message).toMatch(/Cannot spread fragment "A" within itself/)
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  test('a wide query of many fields', async () => {
    const fields = Array.from({ length: 1500 }, () => '__typename').join(' ')
    const error = await rejected(`{ corpus { ${fields} } }`)
    // graphql-js itself gives up on validating 1,500 overlapping selections; the breadth limit backs it up.
    expect(['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX']).toContain(error.extensions?.code)
  })
})

describe('bad arguments are BAD_USER_INPUT, not 500s', () => {
  const unknownArticle = Buffer.from('Article:999999').toString('base64')
  const cases: [string, string, Record<string, unknown>][] = [
    ['an unknown article id', 'query ($id: ID!) { article(id: $id) { title } }', { id: unknownArticle }],
    [
      'an unknown entity id',
      'query ($id: ID!) { entity(id: $id) { name } }',
      { id: Buffer.from('Entity:424242').toString('base64') },
    ],
    ['a malformed id', 'query ($id: ID!) { article(id: $id) { title } }', { id: 'not-an-id' }],
    [
      'an id of the wrong type',
      'query ($id: ID!) { article(id: $id) { title } }',
      { id: Buffer.from('Entity:1').toString('base64') },
    ],
    [
      'a malformed cursor',
      'query ($after: String) { articles(after: $after) { totalCount edges { cursor } } }',
      { after: 'garbage' },
    ],
    [
      'a malformed search cursor',
      'query ($after: String) { search(query: "中国", after: $after) { totalCount } }',
      { after: 'garbage!' },
    ],
    [
      'an inverted date range',
      '{ articles(filter: { dateFrom: "2020-02-01", dateTo: "2020-01-01" }) { totalCount } }',
      {},
    ],
    [
      'an inverted timeline range',
      'query ($id: ID!) { entity(id: $id) { timeline(dateFrom: "2020-02-01", dateTo: "2020-01-01") { count } } }',
      { id: Buffer.from('Entity:1').toString('base64') },
    ],
    [
      'an impossible date',
      'query ($d: Date) { articles(filter: { date: $d }) { totalCount } }',
      { d: '2020-02-30' },
    ],
    [
      'a foreign id in entityIds',
      'query ($id: ID!) { articles(filter: { entityIds: [$id] }) { totalCount } }',
      { id: unknownArticle },
    ],
    ['a negative first', '{ articles(first: -1) { totalCount } }', {}],
    ['an empty search', '{ search(query: "  ") { totalCount } }', {}],
  ]
  for (const [name, query, variables] of cases) {
    test(name, async () => {
      for (const server of [api, production]) {
        const result = await server.run(query, variables)
        expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe('BAD_USER_INPUT')
      }
    })
  }
})

test('ingest is off when BROADSHEET_API_TOKEN is unset, whatever token is sent', async () => {
  const closed = await createTestApi(prisma as PrismaClient, { ingestToken: null })
  const result = await closed.run(
    'mutation { ingestPage(input: { text: "x", date: "2020-01-01" }) { warnings } }',
    {},
    { token: 'any-token-at-all-0123' },
  )
  await closed.stop()
  expect(result.errors?.[0]).toMatchObject({
    message: 'Ingest is turned off on this server.',
    extensions: { code: 'FORBIDDEN' },
  })
})

describe('production mode', () => {
  test('introspection is off', async () => {
    const error = await rejected('{ __schema { types { name } } }', undefined, production)
    expect(error.message).toMatch(/introspection/i)
    const dev = await api.run('{ __schema { queryType { name } } }')
    expect(dev.errors).toBeUndefined()
  })

  test('introspection can be turned on with BROADSHEET_INTROSPECTION=1', async () => {
    const open = await createTestApi(prisma as PrismaClient, { production: true, introspection: true })
    const result = await open.run('{ __schema { queryType { name } } }')
    await open.stop()
    expect(result.errors).toBeUndefined()
  })

  test('field suggestions are hidden', async () => {
    const error = await rejected('{ articel { totalCount } }', undefined, production)
    expect(error.message).not.toMatch(/Did you mean/)
    const dev = await api.run('{ articel { totalCount } }')
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean/)
  })

  test.each([
    ['{ corpus { articleCount } }', 'corpus'],
    // The search statement goes to node-postgres directly, as a prepared statement, not through Prisma.
    ['{ search(query: "疫情") { totalCount } }', 'search'],
  ])(
    'a database that cannot be reached is SERVICE_UNAVAILABLE, without host or port: %s',
    async (query, field) => {
      const { createContext } = await import('@broadsheet/schema')
      const { createApolloServer } = await import('../src/apollo.ts')
      const down = createPrismaClient('postgresql://postgres:postgres@127.0.0.1:1/broadsheet')
      const apollo = createApolloServer({ production: true, introspection: false })
      await apollo.start()
      const response = await apollo.executeOperation(
        { query },
        { contextValue: createContext({ prisma: down }) },
      )
      await apollo.stop()
      await down.$disconnect()
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined
      expect(errors).toEqual([
        {
          message: 'The archive database is unavailable; try again shortly.',
          path: [field],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ])
    },
  )

  test('a connection lost mid-query counts as unavailable too, by its SQLSTATE', async () => {
    const { databaseFault } = await import('@broadsheet/db')
    const lost = createPrismaClient(db.url)
    const running = lost.$queryRaw`SELECT pg_sleep(30)`.catch((e: unknown) => e)
    // Wait until the statement is running (a loaded machine may take seconds to connect), then the server ends
    // the backend mid-statement, as a crash or a failover would.
    let terminated = 0
    for (let tries = 0; terminated === 0 && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const sleeping = await prisma.$queryRaw<{ pid: number }[]>`
        SELECT pid FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'`
      for (const { pid } of sleeping) await prisma.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`
      terminated = sleeping.length
    }
    expect(terminated).toBe(1)
    expect(databaseFault(await running)).toBe('unavailable')
    await lost.$disconnect()
    expect(databaseFault({ meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } })).toBe(
      'unavailable',
    )
    expect(databaseFault(new Error('Connection terminated unexpectedly'))).toBeNull()
  })

  test('a statement past the timeout is QUERY_TIMEOUT', async () => {
    const { databaseFault } = await import('@broadsheet/db')
    const slow = createPrismaClient(db.url, { statementTimeoutMs: 50 })
    const error = await slow.$queryRaw`SELECT pg_sleep(2)`.catch((e: unknown) => e)
    await slow.$disconnect()
    expect(databaseFault(error)).toBe('timeout')
  })

  test('server errors are masked: no message, stack or SQL leaves the server', async () => {
    const broken = createPrismaClient(db.url.replace(/\/[^/]+$/, '/no_such_database'))
    const { createContext } = await import('@broadsheet/schema')
    const { createApolloServer } = await import('../src/apollo.ts')
    const apollo = createApolloServer({ production: true, introspection: false })
    await apollo.start()
    const response = await apollo.executeOperation(
      { query: '{ corpus { articleCount } }' },
      { contextValue: createContext({ prisma: broken }) },
    )
    await apollo.stop()
    await broken.$disconnect()
    expect(response.body.kind).toBe('single')
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined
    expect(errors).toEqual([
      { message: 'Internal server error', path: ['corpus'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ])
  })
})
