// Time two-character queries over the full corpus: the bigram index, a LIKE scan, and a pg_trgm GIN index.
import type { BenchClaim } from '@broadsheet/bench'
import fc from 'fast-check'
import pg from 'pg'
import { searchArticles } from '../src/search/search-articles.ts'
import type { TestDatabase } from '../src/test-database.ts'

const MATCH = {
  bigram: `SELECT id FROM "Article" WHERE search @@ broadsheet_bigram_query($1)
           UNION SELECT "articleId" FROM "Paragraph" WHERE search @@ broadsheet_bigram_query($1)`,
  // The query's LIKE wildcards escaped, both sides folded as search folds them.
  like: `SELECT id FROM "Article" a WHERE EXISTS (SELECT 1 FROM unnest(ARRAY[a.kicker, a.title, a.subtitle]) t
           WHERE broadsheet_normalize(t) LIKE '%' || broadsheet_normalize(replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_')) || '%')
         UNION SELECT "articleId" FROM "Paragraph"
           WHERE broadsheet_normalize(text) LIKE '%' || broadsheet_normalize(replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_')) || '%'`,
}

// The task each method does: count the matching articles and list the newest 20.
const task = (match: string) => `WITH m AS (${match})
  SELECT (SELECT count(*) FROM m)::int AS n,
         (SELECT array_agg(id) FROM (SELECT a.id FROM "Article" a JOIN m USING (id) ORDER BY a.date DESC, a.id DESC LIMIT 20) t) AS ids`

/** Print p50 and p95 latency of 2-character queries for each method, check they agree, and return the claims. */
export async function benchSearch(db: TestDatabase): Promise<BenchClaim[]> {
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    const queries = await sampleQueries(client, 40)
    await client.query('ANALYZE')
    const results: [string, number[]][] = []
    const counts = new Map<string, number[]>()
    const run = async (name: string, sql: string) => {
      const times: number[] = []
      const n: number[] = []
      await client.query(sql, [queries[0]])
      for (const q of queries) {
        const started = performance.now()
        const { rows } = await client.query<{ n: number }>(sql, [q])
        times.push(performance.now() - started)
        n.push(rows[0]!.n)
      }
      results.push([name, times])
      counts.set(name, n)
    }
    await run('bigram tsvector GIN (phrase query)', task(MATCH.bigram))
    await run('LIKE scan', task(MATCH.like))
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    await client.query(
      'CREATE INDEX bench_paragraph_trgm ON "Paragraph" USING GIN (broadsheet_normalize(text) gin_trgm_ops)',
    )
    await client.query('ANALYZE "Paragraph"')
    await run('pg_trgm GIN index (LIKE)', task(MATCH.like))
    const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${task(MATCH.like)}`, [queries[0]])
    const trgmUsed = plan.rows.some((row) => row['QUERY PLAN'].includes('bench_paragraph_trgm'))
    const trgmNote = trgmUsed ? 'the planner uses it, but' : 'the planner does not use it:'
    await client.query('DROP INDEX bench_paragraph_trgm')
    const api: number[] = []
    for (const query of queries) {
      const started = performance.now()
      await searchArticles(db.prisma, { query, first: 20 })
      api.push(performance.now() - started)
    }
    results.push(['searchArticles (ranked, facets, highlights)', api])
    const [articles] = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Article"')).rows
    console.log(
      `\nSearch, ${queries.length} two-character queries over ${articles!.n} articles (count + newest 20):`,
    )
    for (const [name, times] of results) {
      console.log(`  ${name.padEnd(46)} p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}`)
    }
    const reference = JSON.stringify(counts.get('LIKE scan'))
    const agree = [...counts.values()].every((n) => JSON.stringify(n) === reference)
    console.log(`  all methods found the same articles for every query: ${agree ? 'yes' : 'NO'}`)
    console.log(
      `  pg_trgm: ${trgmNote} two characters hold no trigram, so its index cannot narrow the search`,
    )
    if (!agree) throw new Error('search methods disagree: the bench records nothing')
    const p95 = (name: string) => percentile(results.find(([n]) => n === name)![1], 95)
    const command = 'npm run bench -w @broadsheet/db'
    const like = { name: 'LIKE scan', figure: p95('LIKE scan') }
    return [
      {
        id: 'search-bigram-p95',
        what: `2-character query over ${articles!.n} articles (count and newest 20), bigram index, p95`,
        figure: p95('bigram tsvector GIN (phrase query)'),
        unit: 'ms',
        better: 'lower',
        peer: like,
        command,
      },
      {
        id: 'search-trgm-p95',
        what: 'the same queries with a pg_trgm GIN index, p95 (the peer a PostgreSQL user would try first)',
        figure: p95('bigram tsvector GIN (phrase query)'),
        unit: 'ms',
        better: 'lower',
        peer: { name: 'pg_trgm GIN', figure: p95('pg_trgm GIN index (LIKE)') },
        command,
      },
      {
        id: 'search-articles-p95',
        what: '`searchArticles` with score, facets and highlights, same queries, p95',
        figure: p95('searchArticles (ranked, facets, highlights)'),
        unit: 'ms',
        better: 'lower',
        command,
      },
    ]
  } finally {
    await client.end()
  }
}

// Two-character substrings of the corpus at seeded random places, so common and rare pairs both occur.
async function sampleQueries(client: pg.Client, count: number): Promise<string[]> {
  const { rows } = await client.query<{ text: string }>(
    `SELECT text FROM "Paragraph" WHERE length(text) > 10 ORDER BY "articleId", position`,
  )
  return fc.sample(fc.tuple(fc.nat(), fc.nat()), { numRuns: count, seed: 2 }).map(([i, j]) => {
    const chars = [...rows[i % rows.length]!.text]
    const at = j % (chars.length - 2)
    return chars
      .slice(at, at + 2)
      .join('')
      .toLowerCase()
  })
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function ms(value: number): string {
  return `${value.toFixed(1).padStart(7)} ms`
}
