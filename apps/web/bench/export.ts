// Measure GET /export on a running API: each format parses in a standard reader with as many rows as the search
// has, and the API process's peak memory for 500 rows, 5,000 and all of them (its high-water mark, reset before
// each run), beside the size of the file streamed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-ris'
import type { BenchClaim } from '@broadsheet/bench'
import { parse as parseCsv } from 'csv-parse/sync'

type Claim = Omit<BenchClaim, 'command'>

/** The node process serving `port`: the one whose environment says PORT=port and that runs the API's main.ts. */
function apiProcess(port: string): number | null {
  let best: { pid: number; rss: number } | null = null
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (!cmdline.includes('src/main.ts')) continue
      if (!readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`PORT=${port}`)) continue
      const rss = kilobytes(Number(entry), 'VmRSS')
      if (!best || rss > best.rss) best = { pid: Number(entry), rss }
    } catch {
      // gone, or not ours to read
    }
  }
  return best?.pid ?? null
}

function kilobytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return Number(match?.[1] ?? NaN)
}

/** Peak resident memory of `pid` while `work` runs, above what it held when it started, in MB. */
async function peakGrowth(pid: number, work: () => Promise<void>): Promise<number> {
  writeFileSync(`/proc/${pid}/clear_refs`, '5') // resets VmHWM to the current RSS
  const before = kilobytes(pid, 'VmRSS')
  await work()
  return (kilobytes(pid, 'VmHWM') - before) / 1024
}

export async function measureExport(
  apiUrl: string,
  query: string,
): Promise<{ report: string[]; claims: Claim[] }> {
  const origin = new URL(apiUrl).origin
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($q: String!) { search(query: $q) { totalCount } }',
      variables: { q: query },
    }),
  })
  const total = ((await response.json()) as { data: { search: { totalCount: number } } }).data.search
    .totalCount
  const url = (params: Record<string, string>) =>
    `${origin}/export?${new URLSearchParams({ q: query, ...params })}`
  const report: string[] = [`the search finds ${total} articles`]
  const claims: Claim[] = []

  for (const format of ['csv', 'jsonl', 'ris'] as const) {
    const start = performance.now()
    const text = await (await fetch(url({ format }))).text()
    const seconds = (performance.now() - start) / 1000
    const rows =
      format === 'csv'
        ? (parseCsv(text, { bom: true, columns: true }) as unknown[]).length
        : format === 'jsonl'
          ? text
              .trimEnd()
              .split('\n')
              .map((line) => JSON.parse(line) as unknown).length
          : (new Cite(text).data as unknown[]).length
    report.push(
      `${format.padEnd(5)} ${rows} rows (${rows === total ? 'equal to' : 'NOT equal to'} totalCount), ` +
        `${(text.length / 1e6).toFixed(1)} M characters, ${(rows / seconds).toFixed(0)} rows/s`,
    )
    if (rows !== total) throw new Error(`${format} export has ${rows} rows, the search ${total}`)
    claims.push({
      id: `export-${format}-rows-per-second`,
      what: `GET /export as ${format}, whole text, ${total} articles (中国 OR 发展 OR 工作, full corpus)`,
      figure: rows / seconds,
      unit: 'rows/s',
    })
  }

  const pid = apiProcess(new URL(apiUrl).port)
  if (pid === null) {
    report.push('peak memory: the API process was not found, not measured')
    return { report, claims }
  }
  // A single run's peak says as much about when V8 last collected garbage, and how far it has grown its young
  // generation, as about the export. So one whole export warms code, caches and the young generation up first;
  // then each size runs `runs` times, alternating, and the median counts. The sizes are 500, 5,000 and every
  // row the search has: a peak that grew with the rows would grow from 5,000 to all of them, and would exceed the
  // file it streamed, which is reported beside it.
  const runs = 7
  const sizes = [...new Set([500, 5000, total])]
  const growth = new Map<number, number[]>(sizes.map((size) => [size, []]))
  const bytes = new Map<number, number>()
  const exportRows = async (limit: number) => {
    const body = await (await fetch(url({ format: 'csv', limit: String(limit) }))).arrayBuffer()
    bytes.set(limit, body.byteLength)
  }
  await exportRows(total)
  for (let run = 0; run < runs; run++)
    for (const limit of sizes) growth.get(limit)!.push(await peakGrowth(pid, () => exportRows(limit)))
  for (const limit of sizes) {
    const sorted = growth.get(limit)!.sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]!
    const fileMb = (bytes.get(limit) ?? 0) / 1024 / 1024
    report.push(
      `peak memory of the API above its resting size, ${limit} rows as CSV (a ${fileMb.toFixed(1)} MB file): ` +
        `median ${median.toFixed(1)} MB (${runs} runs: ${sorted.map((m) => m.toFixed(1)).join(', ')})`,
    )
    const id = limit === total ? 'export-peak-memory-all' : `export-peak-memory-${limit}`
    claims.push({
      id,
      what:
        `API process peak RSS above rest while exporting ${limit} rows as CSV, whole text, ` +
        `a ${fileMb.toFixed(1)} MB file (median of ${runs}, after a warm-up export)`,
      figure: median,
      unit: 'MB',
      better: 'lower',
    })
  }
  return { report, claims }
}
