// The API bench, on the full corpus of the archive `npm start` serves (loaded first if it is not):
// 1. against PostGraphile 5 on the same database: the same three reads, answers checked equal, then autocannon at
//    10 and 50 connections, side by side in one run;
// 2. a flood: six clients send the most expensive requests the API admits while a seventh reads articles;
// 3. reads while 100 pages are ingested (on a throwaway database, so the archive is left as it was).
// Every figure is recorded with @broadsheet/bench (suite `api`) for docs/benchmarks.md.
// Usage: npm run bench -w @broadsheet/api   (BENCH_SECONDS=10 per autocannon run, BENCH_ONLY=peer|flood|ingest)
import { isDeepStrictEqual } from 'node:util'
import path from 'node:path'
import { type BenchClaim, recordBench } from '@broadsheet/bench'
import {
  createPrismaClient,
  createProgressReporter,
  createTestDatabase,
  seed,
  startDatabase,
} from '@broadsheet/db'
import { sharedDir } from '@broadsheet/shared-data'
import autocannon from 'autocannon'
import { readEnv } from '../src/env.ts'
import { flood, p99, worstRequests } from './flood.ts'
import { devPages, readsWhileIngesting } from './ingest-reads.ts'
import { percentile, post } from './measure.ts'
import { installPeer, peerDir } from './peer/install-peer.ts'
import { peerReads } from './peer/peer-reads.ts'
import { type BenchServer, startApi, startPostGraphile } from './servers.ts'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const only = process.env.BENCH_ONLY ?? ''
const shared = sharedDir
const command = 'npm run bench -w @broadsheet/api'
const claims: BenchClaim[] = []
const env = readEnv({ ...process.env, PORT: '0' })

const articleRead = `query ($id: ID!) { article(id: $id) { id kind kicker title subtitle date
  page { number name issue { date publication { name } } } bylines { agency role names text }
  dateline { agency place date text }
  sections { heading paragraphs { text mentions { start end entity { id name type } } } }
  related(first: 5) { id title date } } }`

// The archive as `npm start` serves it, with the full corpus.
const database = await startDatabase({ log: () => {} })
const prisma = createPrismaClient(database.url)
if ((await prisma.article.count()) < 7000) {
  console.log('Loading the full corpus first…')
  const progress = createProgressReporter()
  await seed(prisma, undefined, { onProgress: progress.update })
  progress.done()
}
const articles = await prisma.article.count()
const target = {
  // The newest issue's day, and the most-mentioned place, as the web app's front page links them.
  date: (await prisma.issue.findFirstOrThrow({ orderBy: { date: 'desc' } })).date.toISOString().slice(0, 10),
  entityId: (
    await prisma.entity.findFirstOrThrow({ where: { type: 'LOCATION' }, orderBy: { mentionCount: 'desc' } })
  ).id,
}
await prisma.$disconnect()
console.log(`The archive holds ${articles} articles; reads on ${target.date} and entity ${target.entityId}.`)

const api = await startApi(database.url)
const { articles: listed } = await post<{ articles: { edges: { node: { id: string } }[] } }>(api.url, {
  query: '{ articles(first: 100) { edges { node { id } } } }',
})
const articleIds = listed.edges.map((e) => e.node.id)
const reader = () => ({
  query: articleRead,
  variables: { id: articleIds[Math.floor(Math.random() * articleIds.length)] },
})

try {
  if (!only || only === 'peer') await comparePeer(api)
  if (!only || only === 'flood') await measureFlood(api)
} finally {
  api.stop()
}
if (!only || only === 'ingest') await measureIngest()
await database.stop()
recordBench('api', claims)
console.log(
  `Recorded ${claims.length} figures in docs/bench-results/api.json (npm run bench:report renders them).`,
)

async function comparePeer(ours: BenchServer): Promise<void> {
  const node22 = installPeer()
  const peer = await startPostGraphile(node22, peerDir, database.url, env.dbPoolSize)
  try {
    const reads = peerReads(target)
    // Both must hold the same data before their speed means anything.
    for (const read of reads) {
      const [a, b] = await Promise.all([
        post(ours.url, { query: read.api, variables: read.variables.api }),
        post(peer.url, { query: read.peer, variables: read.variables.peer }),
      ])
      if (!isDeepStrictEqual(read.normalize.api(a), read.normalize.peer(b))) {
        throw new Error(`${read.name}: the API and PostGraphile answer different data`)
      }
    }
    console.log('The API and PostGraphile answer the same data for every read.')
    const rows: string[][] = []
    for (const read of reads) {
      for (const connections of [10, 50]) {
        const run = async (url: string, query: string, variables: object) => {
          const body = JSON.stringify({ query, variables })
          // Warm up: statements prepared and plans cached, as in a long-running server.
          for (let i = 0; i < 5 * connections; i += connections)
            await Promise.all(Array.from({ length: connections }, () => post(url, { query, variables })))
          const result = await autocannon({
            url,
            connections,
            duration: seconds,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            // A request still unanswered after this long counts as an error, not as a latency.
            timeout: 30,
          })
          const failed = result.errors + result.timeouts + result.non2xx
          if (failed > 0) console.warn(`${read.name} at ${connections} on ${url}: ${failed} requests failed`)
          return result
        }
        const mine = await run(ours.url, read.api, read.variables.api)
        const theirs = await run(peer.url, read.peer, read.variables.peer)
        const slug = read.name.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')
        claims.push(
          {
            id: `api-${slug}-${connections}-rps`,
            what: `${read.name}: requests per second at ${connections} connections (full corpus)`,
            figure: mine.requests.average,
            unit: 'req/s',
            peer: { name: 'PostGraphile 5', figure: theirs.requests.average },
            command,
          },
          {
            id: `api-${slug}-${connections}-p99`,
            what: `${read.name}: p99 latency at ${connections} connections (full corpus)`,
            figure: mine.latency.p99,
            unit: 'ms',
            better: 'lower',
            peer: { name: 'PostGraphile 5', figure: theirs.latency.p99 },
            command,
          },
        )
        rows.push([
          read.name,
          String(connections),
          mine.requests.average.toFixed(1),
          `${mine.latency.p50} / ${mine.latency.p99}`,
          theirs.requests.average.toFixed(1),
          `${theirs.latency.p50} / ${theirs.latency.p99}`,
        ])
      }
    }
    const header = [
      'read',
      'conns',
      'API req/s',
      'API p50 / p99 ms',
      'PostGraphile req/s',
      'PostGraphile p50 / p99 ms',
    ]
    console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`)
    for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  } finally {
    peer.stop()
  }
}

async function measureFlood(ours: BenchServer): Promise<void> {
  const { entities } = await post<{ entities: { edges: { node: { id: string } }[] } }>(ours.url, {
    query: '{ entities(first: 10) { edges { node { id } } } }',
  })
  const worst = worstRequests(entities.edges.map((e) => e.node.id))
  console.log(
    `\nFlood: 6 clients × ${worst.length} of the dearest admitted requests, a 7th reading articles…`,
  )
  const result = await flood(ours.url, reader, worst, { clients: 6, seconds: Math.max(20, seconds * 2) })
  console.log(
    `reader alone: p50 ${percentile(result.idle, 50).toFixed(0)} ms, p99 ${p99(result.idle).toFixed(0)} ms; ` +
      `under the flood: p50 ${percentile(result.flooded, 50).toFixed(0)} ms, p99 ${p99(result.flooded).toFixed(0)} ms ` +
      `(${result.flooded.length} reads; ${result.floodAnswers} flood requests answered, ${result.floodRefusals} shed)`,
  )
  claims.push(
    {
      id: 'api-flood-reader-p99',
      what: "an article page's p99 while 6 clients send the dearest admitted requests in a loop (full corpus)",
      figure: p99(result.flooded),
      unit: 'ms',
      better: 'lower',
      command,
    },
    {
      id: 'api-idle-reader-p99',
      what: "an article page's p99 with no other client (full corpus)",
      figure: p99(result.idle),
      unit: 'ms',
      better: 'lower',
      command,
    },
  )
}

async function measureIngest(): Promise<void> {
  const pages = devPages(shared, 100)
  console.log(`\nReads while ${pages.length} pages are ingested through ingestPage (a throwaway database)…`)
  const scratch = await createTestDatabase()
  await seed(scratch.prisma, [path.join(shared, 'corpus/epaper/2020-02')])
  const token = 'bench-ingest-token-0123456789'
  const server = await startApi(scratch.url, { BROADSHEET_API_TOKEN: token })
  try {
    const { articles: list } = await post<{ articles: { edges: { node: { id: string } }[] } }>(server.url, {
      query: '{ articles(first: 100) { edges { node { id } } } }',
    })
    const ids = list.edges.map((e) => e.node.id)
    const read = () => ({
      query: articleRead,
      variables: { id: ids[Math.floor(Math.random() * ids.length)] },
    })
    const result = await readsWhileIngesting(server.url, token, read, pages, Math.max(20, seconds * 2))
    const ratio = p99(result.ingesting) / p99(result.idle)
    console.log(
      `reads alone: p99 ${p99(result.idle).toFixed(0)} ms; while ingesting (${result.ingestSeconds.toFixed(0)} s): ` +
        `p99 ${p99(result.ingesting).toFixed(0)} ms (${ratio.toFixed(2)}×, ${result.ingesting.length} reads)`,
    )
    claims.push(
      {
        id: 'api-ingest-reader-p99',
        what: `an article page's p99 while ${pages.length} pages are ingested through ingestPage`,
        figure: p99(result.ingesting),
        unit: 'ms',
        better: 'lower',
        command,
      },
      {
        id: 'api-ingest-reader-p99-ratio',
        what: "that p99 over the same reads' p99 with no ingest",
        figure: ratio,
        unit: '×',
        better: 'lower',
        command,
      },
    )
  } finally {
    server.stop()
    await scratch.stop()
  }
}
