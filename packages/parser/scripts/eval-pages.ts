// Score the page parser on folders of pages with gold (NAME.txt + NAME.gold.json), by the measures of
// ../shared/DATA.md and exactly as ../shared/tools/score-pages.py reads them, but in one process.
// Run: npm run eval:pages -w @broadsheet/parser -- [--record LABEL] [--verbose] [--model PATH] DIR…
// `--record LABEL` writes the overall figures to docs/bench-results/parser-pages.json as rows `LABEL-…`.
// `--verbose` lists, page by page, the title blocks and paragraphs that differ from the gold.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { recordBench, type BenchClaim } from '@broadsheet/bench'
import { metaFromFileName, sidecarPaths } from '../src/cli/page-meta.ts'
import { decodeLayoutModel, type LayoutModelFile } from '../src/layout/layout-model.ts'
import { parseText } from '../src/parse-text.ts'
import type { PageMeta, ParsedPage } from '../src/types.ts'
import {
  addTally,
  emptyTally,
  formatTally,
  paragraphF1,
  scorePage,
  type GoldPage,
  type Tally,
} from './pages/score-page.ts'

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    record: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    model: { type: 'string' },
  },
})
// npm runs the script from the package folder; paths are read from where the command was typed.
const invokedFrom = process.env.INIT_CWD ?? process.cwd()
const dirs = positionals.map((d) => resolve(invokedFrom, d))
if (dirs.length === 0) {
  console.error('eval-pages: usage: eval-pages [--record LABEL] [--verbose] [--model PATH] DIR…')
  process.exit(2)
}
if (args.record !== undefined && !/^[a-z0-9-]+$/u.test(args.record)) {
  console.error(`eval-pages: --record ${args.record}: a label is kebab-case`)
  process.exit(2)
}
const model =
  args.model === undefined
    ? undefined
    : decodeLayoutModel(JSON.parse(readFileSync(args.model, 'utf8')) as LayoutModelFile)

/** A page's meta as the CLI reads it: its file name, then a `.meta.json` beside it. */
function pageMeta(path: string): PageMeta {
  const meta: PageMeta = { ...metaFromFileName(path) }
  for (const sidecar of sidecarPaths(path)) {
    try {
      const data = JSON.parse(readFileSync(sidecar, 'utf8')) as PageMeta
      return { ...meta, ...data }
    } catch {
      continue
    }
  }
  return meta
}

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/gu, '')
}

function report(name: string, gold: GoldPage, parsed: ParsedPage, pairs: [number, number][]): void {
  const lines: string[] = []
  const goldBlocks = gold.items.map((g) => squash([g.kicker, g.title, g.subtitle].filter((t) => t).join('')))
  const parsedBlocks = parsed.items.map((x) =>
    squash([x.kicker, x.title, x.subtitle].filter((t) => t).join('')),
  )
  const paired = new Map(pairs)
  gold.items.forEach((g, a) => {
    const b = paired.get(a)
    if (b === undefined) {
      lines.push(`  missed ${g.kind} “${goldBlocks[a]}”`)
      return
    }
    const x = parsed.items[b]!
    if (goldBlocks[a] !== parsedBlocks[b])
      lines.push(`  title “${goldBlocks[a]}” read as “${parsedBlocks[b]}”`)
    if (g.kind === 'photo' && x.kind !== 'photo') lines.push(`  photo “${goldBlocks[a]}” read as ${x.kind}`)
    const got = new Set(x.sections.flatMap((s) => s.paragraphs.map((p) => squash(p.text))))
    const want = new Set(g.paragraphs.map(squash))
    for (const p of g.paragraphs.map(squash)) if (!got.has(p)) lines.push(`  − ${p.slice(0, 60)}`)
    for (const s of x.sections)
      for (const p of s.paragraphs)
        if (!want.has(squash(p.text)))
          lines.push(`  + ${squash(p.text).slice(0, 60)} (lines ${p.lines.join('–')})`)
  })
  const pairedParsed = new Set(pairs.map(([, b]) => b))
  parsed.items.forEach((x, b) => {
    if (!pairedParsed.has(b))
      lines.push(`  extra ${x.kind} “${parsedBlocks[b]}” (lines ${x.lines.join('–')})`)
  })
  if (gold.items.length !== parsed.items.length)
    lines.unshift(`  ${parsed.items.length} items for ${gold.items.length}`)
  if (lines.length > 0) console.log(`${name}\n${lines.join('\n')}`)
}

function scoreDir(dir: string): Tally {
  const total = emptyTally()
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  for (const file of names) {
    const path = join(dir, file)
    const gold = JSON.parse(readFileSync(path.replace(/\.txt$/u, '.gold.json'), 'utf8')) as GoldPage
    const text = readFileSync(path, 'utf8')
    const parsed = parseText(text, { ...pageMeta(path), date: gold.date, entities: false }, model)
    const { tally, pairs } = scorePage(gold, parsed, text)
    addTally(total, tally)
    if (args.verbose) report(join(positionals[dirs.indexOf(dir)]!, file), gold, parsed, pairs)
  }
  return total
}

const overall = emptyTally()
for (const [i, dir] of dirs.entries()) {
  const tally = scoreDir(dir)
  console.log(formatTally(positionals[i]!, tally))
  addTally(overall, tally)
}
if (dirs.length > 1) console.log(formatTally('overall', overall))

if (args.record !== undefined) {
  const label = args.record
  const where = positionals.join(' ')
  const command = `npm run eval:pages -w @broadsheet/parser -- ${process.argv.slice(2).join(' ')}`
  const claim = (id: string, what: string, figure: number, unit: string, decimals?: number): BenchClaim => ({
    id: `${label}-${id}`,
    what: `${what} (${overall.pages} pages: ${where})`,
    figure,
    unit,
    command,
    ...(decimals === undefined ? {} : { decimals }),
  })
  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of)
  recordBench('parser-pages', [
    claim('title-blocks', 'title blocks exact', share(overall.blocks, overall.items), 'share', 3),
    claim('paragraph-f1', 'paragraph F1', paragraphF1(overall).f, 'F1', 3),
    claim(
      'items-right',
      'pages with the right number of items',
      share(overall.countOk, overall.pages),
      'share',
      3,
    ),
    claim('photos', 'photos found as photos', share(overall.photosOk, overall.photos), 'share', 3),
    claim(
      'conservation',
      'pages with no character lost or doubled',
      share(overall.conserveAllOk, overall.pages),
      'share',
      3,
    ),
  ])
  console.log(`eval-pages: recorded ${label}-* in docs/bench-results/parser-pages.json`)
}
