// The real entry point: starts on DATABASE_URL, serves, and exits cleanly on SIGTERM and SIGINT.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { createTestDatabase, type TestDatabase } from '@broadsheet/db'
import { afterAll, beforeAll, expect, test } from 'vitest'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
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
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const output: string[] = []
  let url: string | undefined
  for await (const line of createInterface({ input: child.stdout })) {
    output.push(line)
    url = /Broadsheet API on (\S+)/.exec(line)?.[1]
    if (url) break
  }
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  if (!url) throw new Error(`main.ts did not start:\n${output.join('\n')}`)
  return { child, url, output }
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`serves queries, then exits with code 0 on ${signal}`, async () => {
    const { child, url, output } = await startMain()
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ corpus { articleCount } }' }),
    })
    expect(await response.json()).toEqual({ data: { corpus: { articleCount: 0 } } })
    child.kill(signal)
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    expect(output.join('\n')).toContain(`${signal}: stopping`)
  })
}
