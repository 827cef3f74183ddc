// The real entry point: starts on DATABASE_URL, serves, and exits cleanly on SIGTERM and SIGINT.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import type { TestDatabase } from '@broadsheet/db'
import { hasShared } from '@broadsheet/shared-data'
import { afterAll, beforeAll, expect, test as anyTest } from 'vitest'
import { createSeededArchive } from '../../../packages/schema/test/support/archive.ts'

// Every test here runs the API on an archive seeded from ../shared: without it they are all skipped.
const test = anyTest.skipIf(!hasShared)

let db: TestDatabase

beforeAll(async () => {
  db = await createSeededArchive()
})

afterAll(async () => {
  await db?.stop()
})

async function startMain() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@broadsheet/source', 'src/main.ts'],
    {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, DATABASE_URL: db.url, PORT: '0', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const errors: string[] = []
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()))
  const output: string[] = []
  let url: string | undefined
  for await (const line of createInterface({ input: child.stdout })) {
    output.push(line)
    url = /Broadsheet API on (\S+)/.exec(line)?.[1]
    if (url) break
  }
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  if (!url) throw new Error(`main.ts did not start:\n${output.join('\n')}`)
  return { child, url, output, errors }
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`serves queries, then exits with code 0 on ${signal}`, async () => {
    const { child, url, output } = await startMain()
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ corpus { articleCount } }' }),
    })
    const { data } = (await response.json()) as { data: { corpus: { articleCount: number } } }
    expect(data.corpus.articleCount).toBeGreaterThan(0)
    child.kill(signal)
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    expect(output.join('\n')).toContain(`${signal}: stopping`)
  })
}

test('finishes the requests in flight before it closes the database pool', async () => {
  const { child, url, errors } = await startMain()
  const query = `{ search(query: "发展", first: 20) { totalCount edges { highlights { text hit } node { id title } }
    facets { entity { value count } } } }`
  const send = () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then(async (response) => ({ status: response.status, body: await response.text() }))
  const inFlight = Array.from({ length: 20 }, send)
  // Stop as soon as the first answer is out: the other nineteen are being executed or queued for the pool.
  await Promise.race(inFlight)
  child.kill('SIGTERM')
  const answers = await Promise.all(inFlight)
  const [code] = await once(child, 'exit')
  expect(code).toBe(0)
  for (const answer of answers) {
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).not.toHaveProperty('errors')
  }
  expect(errors.join('')).toBe('')
})
