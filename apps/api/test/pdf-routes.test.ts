// POST /ingest/pdf and GET /pdf/<sha256> over HTTP, with the committed page PDF fixture and bad input.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase, type TestDatabase } from '@broadsheet/db'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { tokenMatches } from '../src/pdf-routes.ts'
import { type RunningServer, startServer } from '../src/server.ts'
import { testToken } from './support/api.ts'

const fixture = new URL(
  '../../../packages/parser/test/fixtures-pdf/photo-beside-two-articles.pdf',
  import.meta.url,
).pathname
const pdf = readFileSync(fixture)
const gold = JSON.parse(readFileSync(fixture.replace(/\.pdf$/u, '.gold.json'), 'utf8')) as {
  items: { title: string }[]
}

let db: TestDatabase
let server: RunningServer
let origin: string

beforeAll(async () => {
  db = await createTestDatabase()
  server = await startServer({
    prisma: db.prisma,
    env: {
      port: 0,
      apiToken: testToken,
      introspection: false,
      production: false,
      databaseUrl: db.url,
      dbPoolSize: 4,
      dbHeavyPoolSize: 1,
      ingestThreads: 1,
    },
  })
  origin = new URL(server.url).origin
})

afterAll(async () => {
  await server?.stop()
  await db?.stop()
})

function upload(
  body: Uint8Array,
  { token = testToken, type = 'application/pdf', query = '?date=2020-01-02&page=3' } = {},
) {
  return fetch(`${origin}/ingest/pdf${query}`, {
    method: 'POST',
    headers: { 'content-type': type, authorization: `Bearer ${token}` },
    body,
  })
}

async function code(response: Response): Promise<unknown> {
  return ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
    ?.extensions?.code
}

describe('POST /ingest/pdf', () => {
  test('stores a page PDF’s articles and returns them; the same PDF again adds nothing', async () => {
    const first = await upload(pdf)
    expect(first.status).toBe(200)
    const body = (await first.json()) as { sha256: string; inserted: number; articles: { title: string }[] }
    expect(body.articles.map((a) => a.title)).toEqual(gold.items.map((i) => i.title))
    expect(body.inserted).toBe(gold.items.length)
    const again = (await (await upload(pdf)).json()) as { inserted: number; unchanged: number }
    expect(again).toMatchObject({ inserted: 0, unchanged: gold.items.length })
    expect(await db.prisma.sourcePdf.count()).toBe(1)

    const served = await fetch(`${origin}/pdf/${body.sha256}.pdf`)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true)
    const article = await db.prisma.article.findFirstOrThrow({ where: { title: gold.items[0]!.title } })
    expect(article.sourceFile).toBe(`pdf/${body.sha256}.pdf#page=1`)
    expect(article.sourceFormat).toBe('PDF')
  })

  test('refuses a wrong token, a missing date and a body that is not application/pdf', async () => {
    expect((await upload(pdf, { token: 'wrong-token-0123456789abcdef' })).status).toBe(401)
    const undated = await upload(pdf, { query: '' })
    expect([undated.status, await code(undated)]).toEqual([400, 'BAD_USER_INPUT'])
    expect((await upload(pdf, { type: 'application/json' })).status).toBe(415)
  })

  test('refuses an empty, a damaged and an encrypted PDF with one clear error, writing nothing', async () => {
    const before = await db.prisma.article.count()
    const empty = await upload(new Uint8Array())
    expect([empty.status, await code(empty)]).toEqual([400, 'BAD_PDF'])
    const damaged = await upload(pdf.subarray(0, 4000))
    expect([damaged.status, await code(damaged)]).toEqual([422, 'BAD_PDF'])
    const encrypted = join(mkdtempSync(join(tmpdir(), 'broadsheet-api-')), 'encrypted.pdf')
    execFileSync('qpdf', ['--encrypt', 'reader', 'owner', '256', '--', fixture, encrypted])
    const locked = await upload(readFileSync(encrypted))
    expect(locked.status).toBe(422)
    expect(((await locked.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /encrypted/u,
    )
    expect(await db.prisma.article.count()).toBe(before)
  })

  test('refuses a PDF over its size limit with 413 and keeps serving', async () => {
    const big = new Uint8Array(51 * 1024 * 1024)
    big.set(new TextEncoder().encode('%PDF-1.7\n'))
    const response = await upload(big)
    expect([response.status, await code(response)]).toEqual([413, 'PAYLOAD_TOO_LARGE'])
    expect((await fetch(`${origin}/healthz`)).status).toBe(200)
  })

  test('compares tokens in constant time over their digests, whatever their lengths', () => {
    expect(tokenMatches(testToken, testToken)).toBe(true)
    expect(tokenMatches('short', testToken)).toBe(false)
    expect(tokenMatches(null, testToken)).toBe(false)
  })
})
