// Benchmark: entity recognition over the People's Daily e-edition (January–February 2020), on one core, and the
// cost of loading the model. Rates use this process's CPU time, so other work on a shared machine does not skew
// them; wall time is printed beside it. MB are UTF-8 megabytes, as Python jieba's published speeds are.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { recordBench, type BenchClaim } from '@broadsheet/bench'
import { join } from 'node:path'
import { sharedPath } from '@broadsheet/shared-data'
import { findKnownCompanies } from '../src/entities/find-known-organizations.ts'
import { recognizeDocumentEntities, recognizeEntities } from '../src/entities/recognize-entities.ts'
import { loadNerModel, MODEL_URL } from '../src/ner/load-model.ts'
import { extractFeatures, FEATURES_PER_CHAR } from '../src/ner/features.ts'
import { tagEntities } from '../src/ner/ner-model.ts'
import type { EntitySpan } from '../src/types.ts'

const epaper = sharedPath('corpus/epaper')
if (!existsSync(epaper)) {
  console.error(`bench: ${epaper} is absent; the benchmark reads the real data there`)
  process.exit(1)
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  )
}

function time<T>(work: () => T): { result: T; seconds: number; wall: number } {
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  const result = work()
  const used = process.cpuUsage(cpu)
  return {
    result,
    seconds: (used.user + used.system) / 1e6,
    wall: Number(process.hrtime.bigint() - start) / 1e9,
  }
}

const load = time(() => loadNerModel())
console.log(
  `model: ${MODEL_URL.pathname.split('/').slice(-2).join('/')}, ${(readFileSync(MODEL_URL).length / 1e6).toFixed(1)} MB, ` +
    `loaded in ${(load.wall * 1000).toFixed(0)} ms wall (${(load.seconds * 1000).toFixed(0)} ms CPU)`,
)

// Paragraphs as recognizeEntities sees them from parsePage: one field per line, indentation trimmed; an article is
// a file's paragraphs.
const articles = files(epaper)
  .sort()
  .map((path) =>
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  )
const paragraphs = articles.flat()
const chars = paragraphs.reduce((n, p) => n + p.length, 0)
const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0)
console.log(
  `text: ${paragraphs.length} e-edition paragraphs, ${(chars / 1e6).toFixed(2)} M characters, ${(bytes / 1e6).toFixed(1)} MB`,
)

const claims: BenchClaim[] = []
const command = 'npm run bench -w @broadsheet/parser'

function report(name: string, unit: string, work: () => number, id?: string, what?: string): void {
  work() // warm up the JIT
  const { result: found, seconds, wall } = time(work)
  if (id && what) claims.push({ id, what, figure: bytes / seconds / 1e6, unit: 'MB/s', command })
  console.log(
    `${name.padEnd(18)} ${(chars / seconds / 1e6).toFixed(2)} M chars/s, ${(bytes / seconds / 1e6).toFixed(2)} MB/s ` +
      `(${seconds.toFixed(2)} s CPU, ${wall.toFixed(2)} s wall, ${found} ${unit})`,
  )
}

const model = loadNerModel()
const keys = new Uint32Array(8192 * FEATURES_PER_CHAR)
report('features alone', 'keys', () =>
  paragraphs.reduce((n, p) => n + extractFeatures(p, model.resources, keys).length, 0),
)
// The scan for companies named by their brand, which recognizeEntities runs on every field.
report('brand scan alone', 'matches', () =>
  paragraphs.reduce((n, p) => n + findKnownCompanies(p, []).length, 0),
)
report(
  'tagger alone',
  'mentions',
  () => paragraphs.reduce((n, p) => n + tagEntities(model, p).length, 0),
  'ner-speed-tagger',
  'entity tagger alone (CRF, span probability), e-edition paragraphs, one core',
)
report(
  'recognizeEntities',
  'mentions',
  () => paragraphs.reduce((n, p) => n + recognizeEntities(p).length, 0),
  'ner-speed-field',
  '`recognizeEntities`, a field at a time, e-edition paragraphs, one core',
)
report(
  'document mode',
  'mentions',
  () => articles.reduce((n, fields) => n + recognizeDocumentEntities(fields).flat().length, 0),
  'ner-speed-document',
  'document mode (each article read whole, as `parsePage` reads an item), one core',
)

// What reading an article at a time changes: the mentions document mode adds and drops, and the names it adds
// most often. Found again here, untimed: keeping them from the timed runs would time the memory they hold.
const perField = paragraphs.map((p) => recognizeEntities(p))
const byArticle = articles.flatMap((fields) => recognizeDocumentEntities(fields))
const key = (e: EntitySpan) => `${e.type}:${e.start}:${e.end}`
const added = new Map<string, number>()
let dropped = 0
perField.forEach((one, i) => {
  const alone = new Set(one.map(key))
  const together = new Set((byArticle[i] ?? []).map(key))
  dropped += one.filter((e) => !together.has(key(e))).length
  for (const e of byArticle[i] ?? []) {
    if (!alone.has(key(e))) added.set(`${e.type}:${e.text}`, (added.get(`${e.type}:${e.text}`) ?? 0) + 1)
  }
})
const most = [...added].sort((a, b) => b[1] - a[1]).slice(0, 12)
console.log(
  `document mode beside recognizeEntities: ${[...added.values()].reduce((a, b) => a + b, 0)} mentions added, ` +
    `${dropped} dropped; most added ${most.map(([name, n]) => `${name} ${n}`).join(', ')}`,
)
console.log(`recorded in ${recordBench('parser-ner', claims)}`)
