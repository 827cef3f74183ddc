// Render docs/benchmarks.md from the recorded results: one table per suite, one row per claim.
import type { BenchResults, BenchRow } from './bench-row.ts'

function format(value: number, decimals?: number): string {
  const places = decimals ?? (Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0)
  return value.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places })
}

/** The peer comparison as "how many times better": above 1 means this project does better. */
export function ratio(row: BenchRow): number | null {
  if (!row.peer || row.peer.figure === 0 || row.figure === 0) return null
  return row.better === 'lower' ? row.peer.figure / row.figure : row.figure / row.peer.figure
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

function renderRow(row: BenchRow): string {
  const r = ratio(row)
  const measured = `${row.date.slice(0, 10)}, ${row.machine.cores} cores, load ${row.machine.loadAverage[0]}`
  return `| <a id="${row.id}"></a>${cell(row.what)} | ${format(row.figure, row.decimals)} ${cell(row.unit)} | ${
    row.peer ? `${cell(row.peer.name)}: ${format(row.peer.figure, row.decimals)} ${cell(row.unit)}` : ''
  } | ${r === null ? '' : `${format(r, 2)}×`} | \`${cell(row.command)}\` | ${measured} |`
}

/**
 * The whole benchmarks page. Suites come in name order and rows in recorded order, so the page changes only where a
 * figure changed.
 */
export function renderReport(results: readonly BenchResults[]): string {
  const suites = [...results].sort((a, b) => a.suite.localeCompare(b.suite))
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench:report` from docs/bench-results/*.json, which the benches write. Do not edit. -->',
    '',
    'Every figure in the READMEs links to a row here, and every row was written by the bench run its command names.',
    'A ratio above 1× means Broadsheet does better than the peer, whichever way the unit points. "Measured" gives the',
    "run's date, the machine's cores and its one-minute load average when the run ended.",
  ]
  for (const suite of suites) {
    lines.push('', `## ${suite.suite}`, '')
    lines.push(
      '| what | figure | peer | ratio | command | measured |',
      '| --- | --- | --- | --- | --- | --- |',
    )
    for (const row of suite.rows) lines.push(renderRow(row))
  }
  return `${lines.join('\n')}\n`
}
