// Benchmark and score of parsePdf (suite `parser-pdf`): pages/s on one core for full generated broadsheet pages
// (text layer to ParsedPage, entities off) beside pdftotext on the same pages, memory over many pages, and the
// measures of ../shared/DATA.md on held-out generated pages (February stories, never tuned on).
// `npm run bench:pdf -w @broadsheet/parser -- [--pages 500] [--held-out 20]`. Rates use this process's CPU time.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { recordBench } from '@broadsheet/bench'
import { parsePdf } from '../src/pdf/index.ts'
import { scorePdfDir } from '../scripts/eval-pdf-pages.ts'
import { generatePdfPages } from '../scripts/generate-pdf-pages.ts'
import { describeScore, measures } from '../scripts/pdf-pages/score-pages.ts'

const { values } = parseArgs({ options: { pages: { type: 'string' }, 'held-out': { type: 'string' } } })
const memoryPages = Number(values.pages ?? 500)
const heldOut = Number(values['held-out'] ?? 20)
const command = `npm run bench:pdf -w @broadsheet/parser -- --pages ${memoryPages} --held-out ${heldOut}`

const work = mkdtempSync(join(tmpdir(), 'broadsheet-pdf-bench-'))
try {
  const speedDir = join(work, 'speed')
  await generatePdfPages(speedDir, { month: '2020-01', count: 6, seed: 11 })
  const pdfs = readdirSync(speedDir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(speedDir, f))
  const bytes = pdfs.map((p) => new Uint8Array(readFileSync(p)))
  await parsePdf(bytes[0]!, { entities: false }) // load pdf.js once
  const cpu = process.cpuUsage()
  for (const b of bytes) await parsePdf(b, { entities: false })
  const used = process.cpuUsage(cpu)
  const pagesPerSecond = bytes.length / ((used.user + used.system) / 1e6)
  const started = process.hrtime.bigint()
  for (const p of pdfs) execFileSync('pdftotext', ['-layout', p, '-'], { stdio: 'pipe' })
  const pdftotextRate = pdfs.length / (Number(process.hrtime.bigint() - started) / 1e9)
  console.log(
    `parsePdf: ${pagesPerSecond.toFixed(2)} pages/s (CPU), pdftotext -layout: ${pdftotextRate.toFixed(2)} pages/s (wall)`,
  )

  // Memory: parse the pages over and over; the heap after the first tenth should not grow with the count.
  const samples: number[] = []
  for (let n = 0; n < memoryPages; n++) {
    await parsePdf(bytes[n % bytes.length]!, { entities: false })
    if ((n + 1) % Math.max(1, Math.floor(memoryPages / 10)) === 0) {
      globalThis.gc?.()
      samples.push(process.memoryUsage().rss / 1024 / 1024)
    }
  }
  const growth = (samples.at(-1) ?? 0) - (samples[0] ?? 0)
  console.log(`RSS over ${memoryPages} pages (MB): ${samples.map((s) => s.toFixed(0)).join(' ')}`)

  const heldOutDir = join(work, 'held-out')
  await generatePdfPages(heldOutDir, { month: '2020-02', count: heldOut, seed: 2 })
  const score = await scorePdfDir(heldOutDir)
  const m = measures(score)
  console.log(describeScore('held-out generated pages (2020-02)', score))

  const file = recordBench('parser-pdf', [
    {
      id: 'parser-pdf-pages-per-second',
      what: `parsePdf, full generated broadsheet pages (${bytes.length}), text layer to ParsedPage, entities off, one core`,
      figure: Math.round(pagesPerSecond * 100) / 100,
      unit: 'pages/s',
      peer: { name: 'pdftotext -layout (wall)', figure: Math.round(pdftotextRate * 100) / 100 },
      command,
    },
    {
      id: 'parser-pdf-memory-growth',
      what: `RSS growth from the first tenth to the end of ${memoryPages} pages parsed in one process`,
      figure: Math.round(growth),
      unit: 'MB',
      better: 'lower',
      command,
    },
    {
      id: 'parser-pdf-title-blocks',
      what: `title blocks exact, ${score.pages} held-out generated PDF pages (2020-02 stories), ${score.items} items`,
      figure: Math.round(m.titleBlocks * 1000) / 1000,
      unit: 'share',
      command,
    },
    {
      id: 'parser-pdf-paragraph-f1',
      what: `paragraph F1, ${score.pages} held-out generated PDF pages (2020-02 stories)`,
      figure: Math.round(m.f1 * 1000) / 1000,
      unit: 'F1',
      command,
    },
  ])
  console.log(`recorded in ${file}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
