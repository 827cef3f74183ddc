import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import type { BenchResults } from './bench-row.ts'
import { recordBench } from './record-bench.ts'
import { ratio, renderReport } from './render-report.ts'

const dirs: string[] = []
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-results-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults

test('records each claim with the date and the machine it was measured on', () => {
  const file = recordBench(
    'parser',
    [
      {
        id: 'layout-throughput',
        what: 'layout text, one core',
        figure: 21.4,
        unit: 'MB/s',
        command: 'npm run bench',
      },
    ],
    scratch(),
  )
  const [row] = read(file).rows
  expect(row).toMatchObject({ id: 'layout-throughput', figure: 21.4, unit: 'MB/s' })
  expect(Date.parse(row!.date)).not.toBeNaN()
  expect(row!.machine.cores).toBeGreaterThan(0)
  expect(row!.machine.loadAverage).toHaveLength(3)
})

test('a later run replaces the rows it measured and keeps the others in their place', () => {
  const dir = scratch()
  const claim = { unit: 'ms', command: 'npm run bench -w @broadsheet/api' }
  recordBench(
    'api',
    [
      { ...claim, id: 'p99-idle', what: 'idle', figure: 12 },
      { ...claim, id: 'p99-flood', what: 'under flood', figure: 180 },
    ],
    dir,
  )
  const file = recordBench('api', [{ ...claim, id: 'p99-idle', what: 'idle', figure: 9 }], dir)
  expect(read(file).rows.map((row) => [row.id, row.figure])).toEqual([
    ['p99-idle', 9],
    ['p99-flood', 180],
  ])
})

test('refuses a claim without a finite figure or with an id that cannot be an anchor', () => {
  const base = { what: 'x', unit: 'ms', command: 'c' }
  expect(() => recordBench('api', [{ ...base, id: 'nan', figure: Number.NaN }], scratch())).toThrow(/finite/)
  expect(() => recordBench('api', [{ ...base, id: 'Not An Anchor', figure: 1 }], scratch())).toThrow(/kebab/)
})

test('the report gives each claim an anchor, its peer and a ratio that reads the right way round', () => {
  const dir = scratch()
  const command = 'npm run bench -w @broadsheet/api'
  const file = recordBench(
    'api',
    [
      {
        id: 'article-rps',
        what: 'article page',
        figure: 900,
        unit: 'req/s',
        peer: { name: 'PostGraphile 5', figure: 600 },
        command,
      },
      {
        id: 'article-p99',
        what: 'article page p99',
        figure: 40,
        unit: 'ms',
        better: 'lower',
        peer: { name: 'PostGraphile 5', figure: 80 },
        command,
      },
    ],
    dir,
  )
  const results = read(file)
  expect(results.rows.map(ratio)).toEqual([1.5, 2])
  const page = renderReport([results])
  expect(page).toContain(
    '<a id="article-rps"></a>article page | 900 req/s | PostGraphile 5: 600 req/s | 1.50×',
  )
  expect(page).toContain(
    '<a id="article-p99"></a>article page p99 | 40.0 ms | PostGraphile 5: 80.0 ms | 2.00×',
  )
  expect(page).toContain(`\`${command}\``)
})
