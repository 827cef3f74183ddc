// `npm run load`: mixed article, search and entity queries at 50 connections against the full corpus; zero errors,
// latency percentiles, and the API's memory from the first minute to the end. The figures are recorded with
// @broadsheet/bench (suite `load`) for docs/benchmarks.md.
import { recordBench } from '@broadsheet/bench'
import autocannon from 'autocannon'
import { createPrismaClient, createProgressReporter, seed, startDatabase } from '@broadsheet/db'
import { graphql, startApi } from './lib/archive-harness.ts'
import { articleQuery, entityQuery, searchQuery, searchTerms } from './lib/representative-queries.ts'

const durationS = Number(process.argv.find((a) => a.startsWith('--duration='))?.split('=')[1] ?? 180)
const connections = Number(process.argv.find((a) => a.startsWith('--connections='))?.split('=')[1] ?? 50)

// The archive `npm start` uses (DATABASE_URL, or the embedded one), loaded with everything in ../shared if it
// is not yet: the seed is idempotent, so this only fills in what is missing.
const database = await startDatabase({ log: () => {} })
const databaseUrl = database.url
const prisma = createPrismaClient(databaseUrl)
if ((await prisma.article.count()) < 7000) {
  console.log('Loading the full corpus first…')
  const progress = createProgressReporter()
  await seed(prisma, undefined, { onProgress: progress.update })
  progress.done()
}
console.log(`The archive holds ${await prisma.article.count()} articles.`)
await prisma.$disconnect()
const api = await startApi(databaseUrl)
try {
  const ids = await graphql<{
    articles: { edges: Array<{ node: { id: string } }> }
    entities: { edges: Array<{ node: { id: string } }> }
  }>(
    api.url,
    '{ articles(first: 100) { edges { node { id } } } entities(first: 100, orderBy: MENTIONS) { edges { node { id } } } }',
  )
  const articleIds = ids.data!.articles.edges.map((e) => e.node.id)
  const entityIds = ids.data!.entities.edges.map((e) => e.node.id)
  const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!
  const bodies = {
    article: () => ({ query: articleQuery, variables: { id: pick(articleIds) } }),
    search: () => ({ query: searchQuery, variables: { query: pick(searchTerms) } }),
    entity: () => ({ query: entityQuery, variables: { id: pick(entityIds) } }),
  }
  const kinds = Object.keys(bodies) as Array<keyof typeof bodies>

  let graphqlErrors = 0
  const rss: Array<{ t: number; mib: number }> = [{ t: 0, mib: api.rssMiB() }]
  const started = Date.now()
  const sampler = setInterval(() => rss.push({ t: (Date.now() - started) / 1000, mib: api.rssMiB() }), 5000)
  console.log(`Running ${durationS} s of mixed queries at ${connections} connections…`)
  const result = await autocannon({
    url: api.url,
    connections,
    duration: durationS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(bodies[pick(kinds)]()) }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++
        },
      },
    ],
  })
  clearInterval(sampler)
  rss.push({ t: durationS, mib: api.rssMiB() })

  const atMinute = rss.reduce((best, s) => (Math.abs(s.t - 60) < Math.abs(best.t - 60) ? s : best))
  const end = rss.at(-1)!
  const growth = (end.mib - atMinute.mib) / atMinute.mib
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors
  console.log(`
requests      ${result.requests.total} (${result.requests.average.toFixed(0)} req/s)
latency       p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms
errors        ${errors} (socket ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors})
API memory    start ${rss[0]!.mib.toFixed(0)} MiB, at ${atMinute.t.toFixed(0)} s ${atMinute.mib.toFixed(0)} MiB, end ${end.mib.toFixed(0)} MiB (${(growth * 100).toFixed(1)}% after minute 1)`)
  const command = 'npm run load'
  const what = `mixed article, search and entity pages at ${connections} connections for ${durationS} s (full corpus)`
  recordBench('load', [
    {
      id: 'load-p99',
      what: `p99 latency, ${what}`,
      figure: result.latency.p99,
      unit: 'ms',
      better: 'lower',
      command,
    },
    {
      id: 'load-p50',
      what: `p50 latency, ${what}`,
      figure: result.latency.p50,
      unit: 'ms',
      better: 'lower',
      command,
    },
    {
      id: 'load-rps',
      what: `requests per second, ${what}`,
      figure: result.requests.average,
      unit: 'req/s',
      command,
    },
    {
      id: 'load-errors',
      what: `failed requests, ${what}`,
      figure: errors,
      unit: 'requests',
      better: 'lower',
      command,
    },
    {
      id: 'load-memory-growth',
      what: `the API's resident memory growth after minute 1, ${what}`,
      figure: growth * 100,
      unit: '%',
      better: 'lower',
      command,
    },
  ])
  // Stop the API as load ends, with requests its clients abandoned still running: they must finish cleanly.
  await api.stop()
  const failures = [
    errors > 0 && `${errors} requests failed`,
    durationS > 60 && growth > 0.1 && `memory grew ${(growth * 100).toFixed(1)}% after minute 1 (limit 10%)`,
    /error/i.test(api.stderr()) && 'the API wrote errors to stderr (see above)',
  ].filter(Boolean)
  if (failures.length > 0) {
    console.error(`FAILED: ${failures.join('; ')}`)
    process.exitCode = 1
  } else console.log('PASSED: zero errors, memory flat after minute 1, a clean stop under load.')
} finally {
  await api.stop()
  await database.stop()
}
