// How fast the web app serves its pages over the full corpus: time to first byte and full HTML (p50/p95) of the
// article, search and entity pages and of the researcher's pages (trends, KWIC, calendar, issue, entity
// directory); full load in Chromium; Lighthouse on the article, search and entity pages; and the export endpoint:
// rows equal to the search's total in each format, and peak memory for 500 rows against 5,000.
// Run: npm run bench -w @broadsheet/web   (BROADSHEET_WEB_REUSE_BUILD=1 keeps an existing `next build`)
import { existsSync } from 'node:fs'
import { type BenchClaim, recordBench } from '@broadsheet/bench'
import { launchChromium, chromiumPath } from '../test/support/browser.ts'
import { measureExport } from './export.ts'
import { fullCorpus } from '../test/support/corpus.ts'
import { buildWeb, startSystem } from '../test/support/system.ts'
import { runLighthouse } from './lighthouse.ts'

const rounds = Number(process.env.BENCH_ROUNDS ?? 40)
const browserRounds = Number(process.env.BENCH_BROWSER_ROUNDS ?? 8)

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b)
  return `p50 ${percentile(sorted, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(sorted, 95).toFixed(0).padStart(5)} ms`
}

async function gql<T>(apiUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data: T; errors?: { message: string }[] }
  if (body.errors?.length) throw new Error(body.errors[0]?.message)
  return body.data
}

/** One HTTP GET: time to the response headers (TTFB) and to the last byte of the HTML. */
async function timeGet(url: string): Promise<{ ttfb: number; total: number; status: number }> {
  const start = performance.now()
  const response = await fetch(url)
  const ttfb = performance.now() - start
  await response.arrayBuffer()
  return { ttfb, total: performance.now() - start, status: response.status }
}

const corpus = fullCorpus()
console.log(`Building the app, then seeding ${corpus.join(', ')}…`)
await buildWeb()
const loadStart = performance.now()
const system = await startSystem(corpus)
const stopOnSignal = () => void system.stop().then(() => process.exit(130))
process.once('SIGINT', stopOnSignal)
process.once('SIGTERM', stopOnSignal)
console.log(
  `System up in ${((performance.now() - loadStart) / 1000).toFixed(1)} s (${system.articles} articles): ` +
    `web ${system.webUrl}, api ${system.apiUrl}`,
)

try {
  const { articles } = await gql<{ articles: { edges: { node: { id: string } }[] } }>(
    system.apiUrl,
    `{ articles(first: 40) { edges { node { id } } } }`,
  )
  const { entities } = await gql<{ entities: { edges: { node: { id: string; name: string } }[] } }>(
    system.apiUrl,
    `{ entities(first: 20, orderBy: MENTIONS) { edges { node { id name } } } }`,
  )
  const articleIds = articles.edges.map((e) => e.node.id)
  const entityIds = entities.edges.map((e) => e.node.id)
  const queries = ['复工复产', '疫情', '习近平', '武汉', '脱贫攻坚', '新华社', '春节', '人民']
  const days = ['1998-01-05', '1998-01-20', '2020-01-15', '2020-02-03', '2020-02-21']
  const terms = [['疫情', '复工'], ['脱贫攻坚'], ['习近平', '武汉', '春节'], ['新冠 肺炎', '口罩']]
  const kwic = ['贫困', '复工复产', '新华社', '武汉']
  const pages: Record<string, (i: number) => string> = {
    article: (i) => `/articles/${encodeURIComponent(articleIds[i % articleIds.length] ?? '')}`,
    search: (i) => `/search?q=${encodeURIComponent(queries[i % queries.length] ?? '')}`,
    entity: (i) => `/entities/${encodeURIComponent(entityIds[i % entityIds.length] ?? '')}`,
    trends: (i) => `/trends?${new URLSearchParams(terms[i % terms.length]!.map((q) => ['q', q]))}`,
    kwic: (i) =>
      `/kwic?${new URLSearchParams({ q: kwic[i % kwic.length]!, sort: i % 2 ? 'right' : 'date' })}`,
    calendar: (i) => (i % 2 ? '/calendar' : `/calendar/${i % 4 ? 2020 : 1998}`),
    issue: (i) => `/issues/${days[i % days.length]}`,
    entities: (i) =>
      `/entities?${new URLSearchParams(i % 3 === 0 ? { name: '習近平' } : { type: ['PERSON', 'LOCATION', 'ORGANIZATION'][i % 3]! })}`,
  }
  const claims: BenchClaim[] = []
  const command = 'npm run bench -w @broadsheet/web'

  console.log(
    `\nServer time over HTTP, ${rounds} requests per page, one at a time (after 3 warm-up requests):`,
  )
  for (const [name, url] of Object.entries(pages)) {
    for (let i = 0; i < 3; i++) await timeGet(system.webUrl + url(i))
    const ttfb: number[] = []
    const total: number[] = []
    for (let i = 0; i < rounds; i++) {
      const sample = await timeGet(system.webUrl + url(i))
      if (sample.status !== 200) throw new Error(`${url(i)} answered ${sample.status}`)
      ttfb.push(sample.ttfb)
      total.push(sample.total)
    }
    console.log(`  ${name.padEnd(8)} TTFB ${summary(ttfb)}   full HTML ${summary(total)}`)
    claims.push({
      id: `web-${name}-html-p95`,
      what: `${name} page, full HTML over HTTP, p95 of ${rounds} requests one at a time (full corpus)`,
      figure: percentile(
        [...total].sort((a, b) => a - b),
        95,
      ),
      unit: 'ms',
      better: 'lower',
      command,
    })
  }

  console.log('\nExport (GET /export on the API) of a search for 中国 OR 发展 OR 工作:')
  const exported = await measureExport(system.apiUrl, '中国 OR 发展 OR 工作')
  for (const line of exported.report) console.log(`  ${line}`)
  claims.push(...exported.claims.map((claim) => ({ ...claim, command })))

  if (existsSync(chromiumPath)) {
    console.log(
      `\nFull load in Chromium (navigation to the load event, cold page each time), ${browserRounds} per page:`,
    )
    const browser = await launchChromium()
    try {
      for (const [name, url] of Object.entries(pages)) {
        const loads: number[] = []
        const ttfbs: number[] = []
        for (let i = 0; i < browserRounds; i++) {
          const context = await browser.newContext()
          const page = await context.newPage()
          await page.goto(system.webUrl + url(i), { waitUntil: 'load' })
          const timing = await page.evaluate(() => {
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
            return { ttfb: nav.responseStart - nav.requestStart, load: nav.loadEventEnd - nav.startTime }
          })
          loads.push(timing.load)
          ttfbs.push(timing.ttfb)
          await context.close()
        }
        console.log(`  ${name.padEnd(8)} TTFB ${summary(ttfbs)}   load ${summary(loads)}`)
      }
    } finally {
      await browser.close()
    }
    for (const name of ['article', 'search', 'entity'] as const) {
      const url = system.webUrl + pages[name]!(0)
      console.log(`\nLighthouse 12.2.3 on the ${name} page (${url}):`)
      try {
        for (const preset of ['mobile', 'desktop'] as const) {
          const scores = await runLighthouse(url, preset)
          console.log(
            `  ${preset.padEnd(8)} performance ${scores.performance}   accessibility ${scores.accessibility}   ` +
              `best practices ${scores.bestPractices}   SEO ${scores.seo}`,
          )
          console.log(
            `           ${Object.entries(scores.metrics)
              .map(([metric, value]) => `${metric} ${value}`)
              .join('   ')}`,
          )
          for (const opportunity of scores.opportunities) console.log(`           could save: ${opportunity}`)
          if (preset === 'mobile')
            claims.push({
              id: `web-${name}-lighthouse-mobile`,
              what: `${name} page, Lighthouse 12.2.3 mobile performance score (full corpus)`,
              figure: scores.performance,
              unit: 'score',
              command,
            })
        }
      } catch (error) {
        console.log(`  Lighthouse did not run: ${(error as Error).message}`)
      }
    }
  } else {
    console.log(`\nNo Chromium at ${chromiumPath}: skipping full-load and Lighthouse figures.`)
  }
  recordBench('web', claims)
  console.log(
    `\nRecorded ${claims.length} claims in docs/bench-results/web.json (npm run bench:report renders them).`,
  )
} finally {
  await system.stop()
}
