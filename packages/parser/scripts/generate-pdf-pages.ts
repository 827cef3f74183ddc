// Generate newspaper page PDFs with gold from e-edition articles: `npm run gen:pdf-pages -- OUT [--month M] [--count N]`.
// Each page is NAME.pdf with NAME.gold.json and NAME.meta.json beside it. January (2020-01) is for development;
// February (2020-02) is held out: score on it, never tune on it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sharedPath } from '@broadsheet/shared-data'
import { readMonth } from './pdf-pages/epaper-stories.ts'
import { layOutPage } from './pdf-pages/lay-out-page.ts'
import { launchChromium, printPage } from './pdf-pages/print-pages.ts'
import { seeded } from './pages/random.ts'

/**
 * Write `count` pages made from `month`'s stories into `out`, seeded by `seed`; resolve to the pages' names.
 *
 * @example await generatePdfPages('/tmp/pages', { month: '2020-02', count: 20 })
 */
export async function generatePdfPages(
  out: string,
  { month = '2020-01', count = 20, seed = 1 }: { month?: string; count?: number; seed?: number } = {},
): Promise<string[]> {
  mkdirSync(out, { recursive: true })
  const days = [...readMonth(sharedPath(`corpus/epaper/${month}`))]
  const rng = seeded(seed * 7919 + Number(month.replace('-', '')))
  const browser = await launchChromium()
  const names: string[] = []
  try {
    for (let n = 0; n < count; n++) {
      const [date, stories] = days[n % days.length]!
      const pool = stories.filter((s) => !s.id.endsWith('-used'))
      const page = (Math.floor(n / days.length) % 6) * 3 + 1 + (n % 3)
      const spec = layOutPage(pool.slice(), date, page, rng)
      const { pdf, gold } = await printPage(browser, spec)
      if (gold.items.length === 0) continue
      const name = `${date.replaceAll('-', '')}-${String(page).padStart(2, '0')}-s${seed}`
      writeFileSync(join(out, `${name}.pdf`), pdf)
      writeFileSync(join(out, `${name}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`)
      writeFileSync(
        join(out, `${name}.meta.json`),
        `${JSON.stringify({ date, page, publication: '人民日报' })}\n`,
      )
      names.push(name)
    }
  } finally {
    await browser.close()
  }
  return names
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url.endsWith(entry.replace(/^.*\/scripts\//u, '/scripts/'))) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { month: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } },
  })
  const out = positionals[0]
  if (out === undefined)
    throw new Error('usage: generate-pdf-pages OUT [--month 2020-01] [--count 20] [--seed 1]')
  const names = await generatePdfPages(out, {
    ...(values.month === undefined ? {} : { month: values.month }),
    ...(values.count === undefined ? {} : { count: Number(values.count) }),
    ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
  })
  console.log(`${names.length} pages in ${out}`)
}
