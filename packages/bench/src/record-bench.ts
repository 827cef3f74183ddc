// Write a bench run's claims into docs/bench-results/<suite>.json, where the report reads them.
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import type { BenchClaim, BenchMachine, BenchResults, BenchRow } from './bench-row.ts'

/** Where results live: docs/bench-results at the repository root. */
export const resultsDir = new URL('../../../docs/bench-results/', import.meta.url).pathname

/** The machine this process runs on, read now. */
export function describeMachine(): BenchMachine {
  const [one = 0, five = 0, fifteen = 0] = loadavg()
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    loadAverage: [round(one), round(five), round(fifteen)],
    node: process.version,
  }
}

/**
 * Record the claims a bench just measured. Rows with the same id are replaced; the suite's other rows stay, so a
 * bench that measures part of its claims (one option, one corpus) does not erase the rest.
 *
 * @example
 * recordBench('parser', [{ id: 'parser-layout-throughput', what: 'layout text parsed, one core', figure: 21.3,
 *   unit: 'MB/s', command: 'npm run bench -w @broadsheet/parser' }])
 */
export function recordBench(suite: string, claims: readonly BenchClaim[], dir = resultsDir): string {
  if (!/^[a-z0-9-]+$/.test(suite)) throw new Error(`recordBench: suite "${suite}" must be kebab-case`)
  for (const claim of claims) {
    if (!/^[a-z0-9-]+$/.test(claim.id)) throw new Error(`recordBench: id "${claim.id}" must be kebab-case`)
    if (!Number.isFinite(claim.figure)) throw new Error(`recordBench: ${claim.id} has no finite figure`)
  }
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${suite}.json`)
  const previous: BenchResults = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults)
    : { suite, rows: [] }
  const date = new Date().toISOString()
  const machine = describeMachine()
  const fresh: BenchRow[] = claims.map((claim) => ({ ...claim, date, machine }))
  const ids = new Set(fresh.map((row) => row.id))
  const rows = [...previous.rows.filter((row) => !ids.has(row.id)), ...fresh]
  const order = new Map(previous.rows.map((row, index) => [row.id, index]))
  rows.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity))
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify({ suite, rows } satisfies BenchResults, null, 2)}\n`)
  renameSync(temporary, file)
  return file
}
