// The live server over HTTP: GraphQL-over-HTTP conformance, body limits, bad requests, and the GET / page.
import { readFileSync } from 'node:fs'
import { createTestDatabase, type TestDatabase } from '@broadsheet/db'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { auditServer } from 'graphql-http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { maxBodyBytes } from '../src/http.ts'
import { type RunningServer, startServer } from '../src/server.ts'
import { testToken } from './support/api.ts'

let db: TestDatabase
let server: RunningServer

beforeAll(async () => {
  db = await createTestDatabase()
  server = await startServer({
    prisma: db.prisma,
    env: {
      port: 0,
      apiToken: testToken,
      introspection: true,
      production: false,
      databaseUrl: db.url,
      dbPoolSize: 4,
      dbHeavyPoolSize: 1,
      ingestThreads: 1,
    },
  })
})

afterAll(async () => {
  await server?.stop()
  await db?.stop()
})

const json = { 'content-type': 'application/json' }

/** The extensions.code of a response's first GraphQL error. */
async function errorCode(response: Response): Promise<unknown> {
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] }
  return body.errors?.[0]?.extensions?.code
}

function post(body: string, headers: Record<string, string> = json) {
  return fetch(server.url, { method: 'POST', headers, body })
}

test('every MUST audit of the graphql-http suite passes', async () => {
  const results = await auditServer({ url: server.url })
  const must = results.filter((result) => result.name.startsWith('MUST'))
  expect(must.length).toBeGreaterThan(10)
  const failures = must
    .filter((result) => result.status !== 'ok')
    .map((result) => `${result.id} ${result.name}`)
  expect(failures).toEqual([])
})

describe.skipIf(!hasShared)('ingestPage over HTTP, with ingest on', () => {
  const mutation =
    'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articles { id title } } }'
  const input = {
    text: hasShared
      ? readFileSync(sharedPath('corpus/epaper/2020-01/20200101/20200101-01-01.txt'), 'utf8')
      : '',
    date: '2020-01-01',
    page: 1,
    publication: '人民日报',
  }
  const ingest = (authorization: string | null) =>
    fetch(server.url, {
      method: 'POST',
      headers: { ...json, ...(authorization === null ? {} : { authorization }) },
      body: JSON.stringify({ query: mutation, variables: { input } }),
    })
  const articles = () => db.prisma.article.count()

  test.each([
    ['a wrong token', `Bearer ${testToken.replace(/.$/, (c) => (c === 'x' ? 'y' : 'x'))}`],
    ['an empty token', 'Bearer '],
    ['no Authorization header', null],
    ['the token without the Bearer scheme', testToken],
  ])('refuses %s as FORBIDDEN and writes nothing', async (_name, authorization) => {
    const before = await articles()
    const response = await ingest(authorization)
    const body = (await response.json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] }
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(body.data).toBeNull()
    expect(await articles()).toBe(before)
  })

  test('stores the page with the right token', async () => {
    const before = await articles()
    const response = await ingest(`Bearer ${testToken}`)
    const body = (await response.json()) as { data: { ingestPage: { articles: { title: string }[] } } }
    expect(response.status).toBe(200)
    expect(body.data.ingestPage.articles.length).toBeGreaterThan(0)
    expect(await articles()).toBe(before + body.data.ingestPage.articles.length)
  })
})

test('every answer says nosniff', async () => {
  for (const response of [
    await post('{"query":"{ corpus { articleCount } }"}'),
    await fetch(server.url.replace('/graphql', '/')),
  ]) {
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  }
})

describe('bad requests get the right 4xx', () => {
  test('malformed JSON is a 400 with a GraphQL error body', async () => {
    const response = await post('{"query": "{ corpus { articleCount } }"')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    })
  })

  test('a body over the limit is a 413', async () => {
    const query = `{ corpus { articleCount } } ${'#'.repeat(maxBodyBytes)}`
    const response = await post(JSON.stringify({ query }))
    expect(response.status).toBe(413)
    expect(await errorCode(response)).toBe('PAYLOAD_TOO_LARGE')
  })

  test('a 1 MB document is refused', async () => {
    const response = await post(JSON.stringify({ query: `{ ${'corpus { articleCount } '.repeat(45_000)} }` }))
    expect(response.status).toBe(413)
  })

  test('a wrong content type is a 415, so form and text/plain POSTs (possible CSRF) never run', async () => {
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data']) {
      const response = await post('{ corpus { articleCount } }', { 'content-type': contentType })
      expect(response.status).toBe(415)
      expect(await errorCode(response)).toBe('UNSUPPORTED_MEDIA_TYPE')
    }
  })

  test('a GET without a preflight header is blocked as a possible CSRF', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ corpus { articleCount } }')}`)
    expect(response.status).toBe(400)
    const allowed = await fetch(`${server.url}?query=${encodeURIComponent('{ corpus { articleCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    })
    expect(allowed.status).toBe(200)
  })

  test('batched requests are off', async () => {
    const one = { query: '{ corpus { articleCount } }' }
    const response = await post(JSON.stringify([one, one]))
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/batch/i)
  })

  test('hostile queries over HTTP are 400s', async () => {
    const huge = await post(JSON.stringify({ query: '{ articles(first: 1000000) { totalCount } }' }))
    expect(huge.status).toBe(400)
    expect(await errorCode(huge)).toBe('BAD_USER_INPUT')
    const dear = await post(
      JSON.stringify({
        query:
          '{ a: search(query: "a") { totalCount } b: topEntities { count } c: articles(first: 100) { edges { node { related { id } } } } }',
      }),
    )
    expect(dear.status).toBe(400)
    expect(await errorCode(dear)).toBe('QUERY_TOO_COMPLEX')
  })

  test('an unknown path is a 404', async () => {
    const response = await fetch(new URL('/nope', server.url))
    expect(response.status).toBe(404)
  })
})

describe('the server', () => {
  test('answers queries over POST', async () => {
    const response = await post(JSON.stringify({ query: '{ corpus { articleCount issueCount } }' }))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      data: {
        corpus: { articleCount: await db.prisma.article.count(), issueCount: await db.prisma.issue.count() },
      },
    })
  })

  test('lets browsers on other origins call it (CORS preflight)', async () => {
    const preflight = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/)
    const response = await post(JSON.stringify({ query: '{ corpus { articleCount } }' }))
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  test('GET / answers a page that works offline and points at /graphql', async () => {
    const response = await fetch(new URL('/', server.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const html = await response.text()
    expect(html).toContain('/graphql')
    expect(html).not.toMatch(/https?:\/\//)
  })

  test('ingestPage is FORBIDDEN without the bearer token', async () => {
    const mutation = JSON.stringify({
      query: 'mutation { ingestPage(input: { text: "x", date: "2020-01-01" }) { articles { id } } }',
    })
    const response = await post(mutation)
    expect(await errorCode(response)).toBe('FORBIDDEN')
    const wrong = await post(mutation, { ...json, authorization: 'Bearer not-the-token' })
    expect(await errorCode(wrong)).toBe('FORBIDDEN')
  })
})
