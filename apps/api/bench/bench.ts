// Benchmark: autocannon against three representative queries, the API beside its naive peer, on the same data.
// Usage: npm run bench -w @broadsheet/api   (BENCH_DAYS=10 e-edition days, BENCH_SECONDS=10 per run)
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import {
  ARCHIVE_SHARED_BUFFERS,
  createTestDatabase,
  ingestParsedPages,
  type IngestUnit,
} from '@broadsheet/db'
import { parsePage } from '@broadsheet/parser'
import { sharedPath } from '@broadsheet/shared-data'
import autocannon from 'autocannon'

const days = Number(process.env.BENCH_DAYS ?? 10)
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const epaper = sharedPath('corpus/epaper/2020-01')

const queries = {
  'nested article page': `{ articles(first: 10) { totalCount edges { node {
      id kind title subtitle date page { number issue { date publication { name } } }
      bylines { agency role names text } dateline { agency place date text }
      sections { heading paragraphs { text mentions { start end entity { id name type } } } } } } } }`,
  // The worst case: 发展 is in more than half of the articles, so every request ranks and facets most of them.
  search: `{ search(query: "发展", first: 20) { totalCount edges { score highlights node { id title date } }
      facets { kind { value count } month { value count } entity { value count } } } }`,
  // What readers type, each connection cycling through them: the web bench's queries, rare to very common.
  'search, 8 queries in turn': [
    '复工复产',
    '疫情',
    '习近平',
    '武汉',
    '脱贫攻坚',
    '新华社',
    '春节',
    '人民',
  ].map(
    (q) => `{ search(query: "${q}", first: 20) { totalCount edges { score highlights node { id title date } }
      facets { kind { value count } month { value count } entity { value count } } } }`,
  ),
  'entity timeline + co-occurring': `query ($id: ID!) { entity(id: $id) { name type mentionCount
      timeline(granularity: DAY) { period count }
      coOccurring(first: 10) { entity { id name type } count }
      articles(first: 10) { totalCount edges { node { id title date } } } } }`,
}

console.log(`Seeding ${days} days of People's Daily e-edition (2020-01) into a throwaway PostgreSQL…`)
// Sized as `npm start` sizes the archive's server.
const db = await createTestDatabase({ sharedBuffers: ARCHIVE_SHARED_BUFFERS })
/**
 * Parse and store the first `days` days, and return how many files were stored. The parsed pages are garbage once
 * this returns. This process drives the load, and a heap that held the corpus (about 100 MB) would pause it for major
 * collections in the middle of a measurement, which autocannon would count as server latency.
 */
async function seed(): Promise<number> {
  const units: IngestUnit[] = readdirSync(epaper)
    .sort()
    .slice(0, days)
    .flatMap((day) =>
      readdirSync(path.join(epaper, day))
        .sort()
        .map((name) => {
          const [, page, position] = name.replace('.txt', '').split('-')
          const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`
          const text = readFileSync(path.join(epaper, day, name), 'utf8')
          return {
            parsed: parsePage(text, {
              date,
              page: Number(page),
              publication: '人民日报',
              format: 'eedition',
            }),
            source: { file: `${day}/${name}`, text, position: Number(position) - 1 },
          }
        }),
    )
  await ingestParsedPages(db.prisma, units)
  return units.length
}
const files = await seed()
// A settled archive, as after `npm run seed`: fresh planner statistics and a visibility map, so that autovacuum
// does not start on the new tables in the middle of a measurement.
await db.prisma.$executeRawUnsafe('VACUUM ANALYZE')
const top = await db.prisma.entity.findFirst({
  where: { type: 'LOCATION' },
  orderBy: { mentionCount: 'desc' },
})
const variables = { id: Buffer.from(`Entity:${top!.id}`).toString('base64') }
console.log(`${files} articles; entity: ${top!.name} (${top!.mentionCount} mentions)`)

const body = (query: string) => JSON.stringify({ query, variables })
const first = (query: string | string[]) => (Array.isArray(query) ? query[0]! : query)
const headers = { 'content-type': 'application/json' }

/** Starts bench/serve.ts in a child process; returns its URL and a way to stop it. */
async function startServer(kind: 'optimized' | 'naive'): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@broadsheet/source', 'bench/serve.ts', kind],
    {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  )
  const stop = () => {
    child.kill('SIGTERM')
    process.off('exit', stop)
  }
  process.on('exit', stop)
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  return { url: (await lines.next()).value as string, stop }
}

/** Sends `query` a few times so that JIT and Prisma's query plans are warm before measuring. */
async function warmUp(url: string, query: string | string[]): Promise<void> {
  for (const q of [query].flat()) {
    for (let i = 0; i < 5; i++)
      await fetch(url, { method: 'POST', headers, body: body(q) }).then((r) => r.text())
  }
}

// Both servers must give the same answer before their speed means anything.
const check = { optimized: await startServer('optimized'), naive: await startServer('naive') }
for (const [name, query] of Object.entries(queries)) {
  for (const q of [query].flat()) {
    const [a, b] = await Promise.all(
      [check.optimized.url, check.naive.url].map((url) =>
        fetch(url, { method: 'POST', headers, body: body(q) }).then((r) => r.json()),
      ),
    )
    if ((a as { errors?: unknown }).errors) throw new Error(`${name}: ${JSON.stringify(a)}`)
    if (JSON.stringify(a) !== JSON.stringify(b))
      throw new Error(`${name}: the naive peer answers differently`)
  }
}
check.optimized.stop()
check.naive.stop()

/** Requests per second, flagging failed requests (errors, timeouts, non-2xx) rather than hiding them. */
function rate(result: autocannon.Result): string {
  const failed = result.errors + result.timeouts + result.non2xx
  return `${result.requests.average.toFixed(1)}${failed > 0 ? ` (${failed} failed)` : ''}`
}

const rows: string[][] = []
// BENCH_ONLY=search runs the rows whose name starts with it.
const only = process.env.BENCH_ONLY
for (const [name, query] of Object.entries(queries).filter(([n]) => !only || n.startsWith(only))) {
  for (const connections of [10, 50]) {
    const results: Record<string, autocannon.Result> = {}
    // A fresh server process per run: requests a slow run abandons must not eat into the next one.
    for (const server of ['optimized', 'naive'] as const) {
      const { url, stop } = await startServer(server)
      await warmUp(url, query)
      const load = {
        url,
        method: 'POST',
        headers,
        body: body(first(query)),
        // Each connection sends the queries in turn.
        ...(Array.isArray(query) ? { requests: query.map((q) => ({ method: 'POST', body: body(q) })) } : {}),
        connections,
        timeout: 30,
      }
      // Five requests per connection of the same load, not measured and all answered before the clock starts: the
      // server compiles its hot code and prepares its statements, as a long-running API has, and no backlog is
      // carried into the measurement.
      await autocannon({ ...load, amount: connections * 5 })
      results[server] = await autocannon({ ...load, duration: seconds })
      stop()
    }
    const { optimized, naive } = results as { optimized: autocannon.Result; naive: autocannon.Result }
    rows.push([
      name,
      String(connections),
      rate(optimized),
      `${optimized.latency.p50} / ${optimized.latency.p99}`,
      rate(naive),
      `${naive.latency.p50} / ${naive.latency.p99}`,
      `${(optimized.requests.average / Math.max(naive.requests.average, 0.1)).toFixed(1)}×`,
    ])
  }
}
await db.stop()

const header = ['query', 'conns', 'req/s', 'p50 / p99 ms', 'naive req/s', 'naive p50 / p99 ms', 'speed-up']
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`)
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
