// `npm run fuzz`: at least 100,000 fast-check cases over parsePage, split across worker threads, with a watchdog
// that reports a hang (a case running past the limit) with the seed and path that replay it.
import { availableParallelism } from 'node:os'
import { existsSync, readFileSync } from 'node:fs'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { sharedPath } from '@broadsheet/shared-data'
import fc from 'fast-check'
import { parsePage } from '../src/index.ts'
import type { ParsedPage } from '../src/types.ts'
import { inputContent, lineRanges, outputContent } from '../test/support/content-of.ts'

interface Job {
  seed: number
  numRuns: number
  seedPage: string | null
}
type Message =
  | { kind: 'progress'; done: number; slowestMs: number; slowestLength: number }
  | { kind: 'done'; failure: string | null }

const HANG_MS = 30_000

// Pieces real pages are made of: bylines, datelines, credits, headings, noise, so random text reaches every rule.
const pieces = [
  '□新华社记者 王鹏',
  '人民日报记者 江琳',
  '□新华社评论员',
  '本报记者 贺  勇',
  '（新华社北京3月12日电）',
  '新华社北京4月30日电 （记者邹伟、王思北）',
  '本报北京4月30日电 （记者易舒冉）',
  '据新华社发',
  '新华社记者 肖艺九摄',
  '陈  勇摄（人民视觉）',
  '——基层党组织和广大党员',
  '全球同战 刻不容缓',
  '⋯⋯',
  '“我是书记，我先上！”',
  '３月１２日',
  '11.8 万例',
  '从上游到下游，助力打通产业链——',
  '（社论）',
  '（人民观点）',
  '\u3000\u3000',
  '\uFEFF',
  '\t',
  '\u0000',
]

function check(text: string, page: ParsedPage): void {
  const lineCount = text.split(/\r\n|\r|\n/u).length
  for (const [first, last] of lineRanges(page)) {
    if (!(first >= 1 && first <= last && last <= lineCount))
      throw new Error(`line range [${first}, ${last}] outside 1..${lineCount}`)
  }
  if (outputContent(page) !== inputContent(text)) throw new Error('a character was lost or doubled')
  for (const item of page.items) {
    const fields: Array<[string, { start: number; end: number; text: string }[]]> = [
      [item.title ?? '', item.titleEntities],
      ...item.sections.flatMap((s) =>
        s.paragraphs.map((p): [string, typeof p.entities] => [p.text, p.entities]),
      ),
    ]
    for (const [field, spans] of fields) {
      let end = 0
      for (const span of spans) {
        if (span.start < end || span.end > field.length || span.start >= span.end)
          throw new Error(`bad span ${JSON.stringify(span)}`)
        if (field.slice(span.start, span.end) !== span.text)
          throw new Error(`span text ${span.text} is not its slice`)
        end = span.end
      }
    }
  }
}

function arbitraries(seedPage: string | null) {
  const unicode = fc.string({ unit: 'grapheme', maxLength: 300 })
  const binaryish = fc.string({ unit: 'binary', maxLength: 300 })
  const hanLine = fc.string({
    unit: fc.constantFrom(
      ...'疫情防控关乎生命复工复产党组织习近平世卫组织四川泸州市，。、“”！？（）——12 aA·-',
    ),
    maxLength: 26,
  })
  const pageLike = fc
    .array(fc.oneof(hanLine, fc.constantFrom(...pieces), fc.constant('')), { maxLength: 80 })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)))
  const chunks = seedPage ? seedPage.split(/\n\n/u) : ['']
  const shuffledSeed = fc
    .array(fc.nat({ max: chunks.length - 1 }), { minLength: 1, maxLength: 12 })
    .map((order) => order.map((i) => chunks[i]).join('\n\n'))
  const mutatedSeed = fc
    .tuple(
      fc.nat({ max: Math.max(0, (seedPage?.length ?? 1) - 1) }),
      fc.nat({ max: 400 }),
      fc.string({ maxLength: 20 }),
    )
    .map(
      ([at, cut, insert]) =>
        (seedPage ?? '').slice(Math.max(0, at - 2000), at) +
        insert +
        (seedPage ?? '').slice(at + cut, at + 2000),
    )
  return fc.record({
    text: fc.oneof(unicode, binaryish, pageLike, shuffledSeed, mutatedSeed),
    format: fc.constantFrom(undefined, 'page' as const, 'eedition' as const),
    date: fc.constantFrom(null, '2020-03-13', '1998-01-01'),
    entities: fc.boolean(),
  })
}

function runWorker({ seed, numRuns, seedPage }: Job): void {
  // Load the entity model before the clock starts, so the watchdog times parsing, not loading.
  parsePage('新华社北京3月12日电', { entities: true })
  parentPort!.postMessage({ kind: 'progress', done: 0, slowestMs: 0, slowestLength: 0 } satisfies Message)
  let done = 0
  let slowestMs = 0
  let slowestLength = 0
  const result = fc.check(
    fc.property(arbitraries(seedPage), ({ text, format, date, entities }) => {
      const t0 = performance.now()
      check(text, parsePage(text, { date, entities, ...(format ? { format } : {}) }))
      const ms = performance.now() - t0
      if (ms > slowestMs) [slowestMs, slowestLength] = [ms, text.length]
      if (++done % 50 === 0)
        parentPort!.postMessage({ kind: 'progress', done, slowestMs, slowestLength } satisfies Message)
    }),
    { seed, numRuns },
  )
  parentPort!.postMessage({ kind: 'progress', done, slowestMs, slowestLength } satisfies Message)
  const failure = result.failed
    ? `${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)}\n` +
      `replay: --seed=${result.seed} (path ${result.counterexamplePath})\n` +
      `input: ${JSON.stringify(result.counterexample?.[0]).slice(0, 600)}`
    : null
  parentPort!.postMessage({ kind: 'done', failure } satisfies Message)
}

// A worker does not inherit the tsx loader, so it registers tsx itself before importing this file.
const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}) })`

async function main(): Promise<void> {
  const total = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 100_000)
  const threads = Math.max(1, Math.min(availableParallelism(), 4))
  const baseSeed = Number(
    process.argv.find((a) => a.startsWith('--seed='))?.split('=')[1] ?? Date.now() % 2 ** 31,
  )
  const seedPath = sharedPath('pages/000_c2a65b4d6f57a7a3.txt')
  const seedPage = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : null
  console.log(
    `Fuzzing parsePage: ${total} cases on ${threads} threads, seed ${baseSeed}${seedPage ? '' : ' (no ../shared: no real page)'}`,
  )
  const started = performance.now()
  const outcomes = await Promise.all(
    Array.from({ length: threads }, (_, i) => {
      const job: Job = { seed: baseSeed + i, numRuns: Math.ceil(total / threads), seedPage }
      return new Promise<{ done: number; slowestMs: number; slowestLength: number; failure: string | null }>(
        (resolve) => {
          const worker = new Worker(boot, {
            eval: true,
            workerData: job,
            execArgv: ['--conditions=@broadsheet/source'],
          })
          const state = { done: 0, slowestMs: 0, slowestLength: 0, failure: null as string | null }
          let lastBeat = performance.now()
          const watchdog = setInterval(() => {
            if (performance.now() - lastBeat < HANG_MS) return
            clearInterval(watchdog)
            state.failure = `hang: no progress for ${HANG_MS / 1000} s after ${state.done} cases (replay with --seed=${job.seed})`
            void worker.terminate().then(() => resolve(state))
          }, 1000)
          worker.on('message', (message: Message) => {
            lastBeat = performance.now()
            if (message.kind === 'progress') Object.assign(state, message)
            else {
              clearInterval(watchdog)
              state.failure = message.failure
              void worker.terminate().then(() => resolve(state))
            }
          })
          worker.on('error', (error) => {
            clearInterval(watchdog)
            state.failure = `worker crashed: ${error.message}`
            resolve(state)
          })
        },
      )
    }),
  )
  const cases = outcomes.reduce((n, o) => n + o.done, 0)
  const slowest = outcomes.reduce((a, b) => (b.slowestMs > a.slowestMs ? b : a))
  const seconds = (performance.now() - started) / 1000
  console.log(
    `${cases} cases in ${seconds.toFixed(1)} s; slowest case ${slowest.slowestMs.toFixed(1)} ms (${slowest.slowestLength} chars)`,
  )
  const failures = outcomes.flatMap((o) => (o.failure ? [o.failure] : []))
  if (failures.length > 0 || cases < total) {
    console.error(`FAILED:\n${failures.join('\n\n') || `only ${cases} of ${total} cases ran`}`)
    process.exit(1)
  }
  console.log('PASSED: no crash, no hang, no character lost, every span inside its text.')
}

if (isMainThread) await main()
else runWorker(workerData as Job)
