// `npm run fault:postgres`: kill PostgreSQL (SIGKILL) while the API is under load; the API must answer clear errors,
// not hang, and recover by itself once PostgreSQL is back, with no restart of the API.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { applyMigrations, createPrismaClient, seed, startEmbeddedPostgres } from '@broadsheet/db'
import { sharedPath } from '@broadsheet/shared-data'
import { freePort, graphql, startApi } from '../lib/archive-harness.ts'
import { articleQuery, searchQuery } from '../lib/representative-queries.ts'

const dataDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-fault-pg-'))
const port = await freePort()
let server = await startEmbeddedPostgres(dataDir, port)
const admin = new pg.Client({ connectionString: server.url('postgres') })
await admin.connect()
await admin.query('CREATE DATABASE broadsheet')
await admin.end()
const url = server.url('broadsheet')
await applyMigrations(url)
const prisma = createPrismaClient(url)
// Five days of e-edition articles and the seed page: enough rows for real queries, quick to load.
const epaper = sharedPath('corpus/epaper/2020-02')
const days = readdirSync(epaper).sort().slice(0, 5)
await seed(prisma, [sharedPath('pages'), ...days.map((day) => path.join(epaper, day))])
await prisma.$disconnect()

const api = await startApi(url)
const listed = await graphql<{ articles: { edges: Array<{ node: { id: string } }> } }>(
  api.url,
  '{ articles(first: 1) { edges { node { id } } } }',
)
const articleGlobalId = listed.data!.articles.edges[0]!.node.id

interface Outcome {
  at: number
  ms: number
  ok: boolean
  message: string
}
const outcomes: Outcome[] = []
const started = Date.now()
let running = true

async function client(n: number): Promise<void> {
  while (running) {
    const body =
      n % 2 === 0
        ? { query: searchQuery, variables: { query: '疫情' } }
        : { query: articleQuery, variables: { id: articleGlobalId } }
    const t0 = Date.now()
    let ok = false
    let message = ''
    try {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      })
      const json = (await response.json()) as {
        errors?: Array<{ message: string; extensions?: { code?: string } }>
      }
      ok = response.ok && !json.errors
      message = json.errors ? `${json.errors[0]!.extensions?.code}: ${json.errors[0]!.message}` : 'ok'
    } catch (error) {
      message = `no answer: ${(error as Error).message}`
    }
    outcomes.push({ at: (t0 - started) / 1000, ms: Date.now() - t0, ok, message })
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const clients = Array.from({ length: 10 }, (_, n) => client(n))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

await sleep(10_000)
const postmasterPid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
const killedAt = (Date.now() - started) / 1000
console.log(`${killedAt.toFixed(1)} s: SIGKILL to PostgreSQL (postmaster ${postmasterPid} and its backends)`)
execFileSync('pkill', ['-KILL', '-P', String(postmasterPid)])
process.kill(postmasterPid, 'SIGKILL')
await sleep(10_000)
const restartedAt = (Date.now() - started) / 1000
console.log(`${restartedAt.toFixed(1)} s: restarting PostgreSQL on the same data directory and port`)
server = await startEmbeddedPostgres(dataDir, port)
const backAt = (Date.now() - started) / 1000
console.log(`${backAt.toFixed(1)} s: PostgreSQL accepts connections again`)
await sleep(15_000)
running = false
await Promise.all(clients)

// Requests that ended before the kill, started after it and ended before the restart, and started once it was back.
const before = outcomes.filter((o) => o.at + o.ms / 1000 < killedAt)
const during = outcomes.filter((o) => o.at > killedAt && o.at + o.ms / 1000 < restartedAt)
const after = outcomes.filter((o) => o.at > backAt)
const firstOkAfter = after.find((o) => o.ok)
const lastFailure = [...after].reverse().find((o) => !o.ok)
const messages = [...new Set(during.map((o) => o.message))]
const slowest = Math.max(...during.map((o) => o.ms))
console.log(`
before the kill   ${before.length} requests, ${before.filter((o) => !o.ok).length} failed
while it is down  ${during.length} requests, ${during.filter((o) => !o.ok).length} failed, slowest answer ${slowest} ms
                  errors seen: ${messages.join(' | ')}
after the restart ${after.length} requests; first success ${firstOkAfter ? (firstOkAfter.at - backAt).toFixed(1) + ' s' : 'never'} after PostgreSQL was back; last failure ${lastFailure ? (lastFailure.at - backAt).toFixed(1) + ' s' : 'none'} after it`)

const problems = [
  before.some((o) => !o.ok) && 'requests failed before the kill',
  during.length === 0 && 'no request was answered while PostgreSQL was down (the API hangs)',
  slowest > 10_000 && `an answer took ${slowest} ms while PostgreSQL was down`,
  during.some((o) => o.message.startsWith('no answer')) && 'some requests got no HTTP answer',
  during.some((o) => o.message.startsWith('INTERNAL_SERVER_ERROR')) &&
    'the outage was answered as an internal server error, not as the database being unavailable',
  !firstOkAfter && 'the API never recovered',
  after.slice(-20).some((o) => !o.ok) && 'requests still fail at the end',
].filter(Boolean)
await api.stop()
await server.stop()
rmSync(dataDir, { recursive: true, force: true })
if (problems.length > 0) {
  console.error(`FAILED: ${problems.join('; ')}`)
  process.exit(1)
}
console.log('PASSED: clear errors while PostgreSQL was down, recovery without restarting the API.')
