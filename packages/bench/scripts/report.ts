// `npm run bench:report`: render docs/benchmarks.md from every docs/bench-results/*.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderReport, resultsDir, type BenchResults } from '../src/index.ts'

const files = existsSync(resultsDir) ? readdirSync(resultsDir).filter((name) => name.endsWith('.json')) : []
const results = files.map((name) => {
  const path = join(resultsDir, name)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BenchResults
  } catch (error) {
    throw new Error(`bench:report: ${path} is not valid JSON (${(error as Error).message})`)
  }
})
const out = new URL('../../../docs/benchmarks.md', import.meta.url).pathname
writeFileSync(out, renderReport(results))
console.log(
  `bench:report: ${results.reduce((n, r) => n + r.rows.length, 0)} rows from ${files.length} suites → ${out}`,
)
