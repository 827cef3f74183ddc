// Benchmark: parse all of ../shared (the seed page, every e-edition file, the PKU corpus as text) with entity
// recognition off, at 1×, 2× and 4× the corpus, and print MB/s and pages/s on one core. Rates use this
// process's CPU time (parsing is single-threaded), so other work on a shared machine does not skew them; wall
// time is printed beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { recordBench, type BenchClaim } from '@broadsheet/bench'
import { sharedDir } from '@broadsheet/shared-data'
import { parsePage } from '../src/index.ts'

const shared = sharedDir
if (!existsSync(shared)) {
  console.error(`bench: ${shared} is absent; the benchmark parses the real data there`)
  process.exit(1)
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  )
}

const sources = [
  { name: 'seed page', paths: files(join(shared, 'pages')) },
  { name: 'e-edition files', paths: files(join(shared, 'corpus/epaper')).sort() },
  { name: 'PKU corpus as page text', paths: files(join(shared, 'corpus/pku1998')) },
].map((s) => ({ ...s, texts: s.paths.map((path) => readFileSync(path, 'utf8')) }))
const documents = sources.flatMap((s) => s.texts)
const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d), 0)

interface Timing {
  seconds: number
  wall: number
}

function time(work: () => void): Timing {
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  work()
  const used = process.cpuUsage(cpu)
  return { seconds: (used.user + used.system) / 1e6, wall: Number(process.hrtime.bigint() - start) / 1e9 }
}

function run(times: number): Timing & { bytes: number; pages: number; items: number } {
  let items = 0
  const timing = time(() => {
    for (let t = 0; t < times; t++) {
      for (const text of documents) items += parsePage(text, { entities: false }).items.length
    }
  })
  return { ...timing, bytes: bytes * times, pages: documents.length * times, items }
}

// One long document made of the seed page repeated shows that time is linear in the size of a single input too.
const seed = documents[0]!
function runLong(copies: number): Timing & { bytes: number } {
  const text = Array.from({ length: copies }, () => seed).join('\n\n')
  return { ...time(() => parsePage(text, { entities: false })), bytes: Buffer.byteLength(text) }
}

run(1) // warm up the JIT
run(1)
console.log(`corpus: ${documents.length} documents, ${(bytes / 1e6).toFixed(1)} MB (entities off, one core)`)
console.log('scale  cpu s   wall s   MB/s  pages/s   items')
const command = 'npm run bench -w @broadsheet/parser'
const claims: BenchClaim[] = []
let base = 0
const cell = (value: string, width: number): string => value.padStart(width)
for (const times of [1, 2, 4]) {
  const r = run(times)
  if (times === 1) base = r.seconds
  if (times === 1)
    claims.push({
      id: 'parser-corpus-throughput',
      what: 'all of ../shared parsed (seed page, e-edition files, PKU as page text), entities off, one core',
      figure: r.bytes / 1e6 / r.seconds,
      unit: 'MB/s',
      command,
    })
  if (times === 4)
    claims.push({
      id: 'parser-corpus-linearity',
      what: 'CPU time at 4× the corpus over CPU time at 1× (4.00 is linear)',
      figure: r.seconds / base,
      unit: '×',
      better: 'lower',
      command,
    })
  const row = [
    `${times}×`.padEnd(5),
    cell(r.seconds.toFixed(2), 6),
    cell(r.wall.toFixed(2), 8),
    cell((r.bytes / 1e6 / r.seconds).toFixed(1), 6),
    cell(String(Math.round(r.pages / r.seconds)), 8),
    cell(String(r.items), 7),
  ]
  console.log(`${row.join(' ')}  (cpu time ${(r.seconds / base).toFixed(2)}× of 1×)`)
}
console.log('by source, 1×:')
for (const source of sources) {
  const sourceBytes = source.texts.reduce((n, d) => n + Buffer.byteLength(d), 0)
  const r = time(() => source.texts.forEach((text) => parsePage(text, { entities: false })))
  const mb = sourceBytes / 1e6
  if (source.name === 'seed page') {
    // One page is too short to time once: parse it until a second of CPU time has passed.
    let rounds = 0
    const long = time(() => {
      const until = process.cpuUsage().user + 1e6
      while (process.cpuUsage().user < until) {
        source.texts.forEach((text) => parsePage(text, { entities: false }))
        rounds++
      }
    })
    claims.push({
      id: 'parser-layout-seed-page',
      what: 'layout text of the seed page parsed, entities off, one core',
      figure: (mb * rounds) / long.seconds,
      unit: 'MB/s',
      command,
    })
  }
  console.log(
    `  ${source.name.padEnd(24)} ${mb.toFixed(1).padStart(5)} MB  cpu ${r.seconds.toFixed(2)} s  ${(mb / r.seconds).toFixed(1)} MB/s`,
  )
}
console.log('one long page (the seed page repeated):')
for (const copies of [50, 100, 200]) {
  const r = runLong(copies)
  const mb = r.bytes / 1e6
  console.log(
    `  ${cell(String(copies), 3)} copies  ${mb.toFixed(1)} MB  cpu ${r.seconds.toFixed(2)} s  ${(mb / r.seconds).toFixed(1)} MB/s`,
  )
  if (copies === 200)
    claims.push({
      id: 'parser-layout-long-page',
      what: 'one long layout page (the seed page 200 times, 5.8 MB), entities off, one core',
      figure: mb / r.seconds,
      unit: 'MB/s',
      command,
    })
}
console.log(`recorded in ${recordBench('parser', claims)}`)
