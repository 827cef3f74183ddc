// Score parsePdf on generated PDF pages with gold: `npm run eval:pdf-pages -- DIR… [--verbose]`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { parsePdf } from '../src/pdf/index.ts'
import type { Item } from '../src/types.ts'
import type { PageGold } from './pdf-pages/print-pages.ts'
import { describeScore, emptyScore, scorePage, type PageScore } from './pdf-pages/score-pages.ts'

/** Score every `NAME.pdf` with a `NAME.gold.json` in `dir`. */
export async function scorePdfDir(
  dir: string,
  onPage?: (name: string, gold: PageGold, items: Item[]) => void,
): Promise<PageScore> {
  const total = emptyScore()
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    const gold = JSON.parse(
      readFileSync(join(dir, file.replace(/\.pdf$/u, '.gold.json')), 'utf8'),
    ) as PageGold
    const [page] = await parsePdf(new Uint8Array(readFileSync(join(dir, file))), {
      date: gold.date,
      page: gold.page,
      entities: false,
    })
    const items = page?.items ?? []
    scorePage(total, gold.items, items)
    onPage?.(file, gold, items)
  }
  return total
}

const entry = process.argv[1]
if (entry !== undefined && entry.endsWith('eval-pdf-pages.ts')) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { verbose: { type: 'boolean' } },
  })
  let overall = emptyScore()
  for (const dir of positionals) {
    const t = await scorePdfDir(dir, (name, gold, items) => {
      if (!values.verbose) return
      const one = emptyScore()
      scorePage(one, gold.items, items)
      console.log(describeScore(name, one))
    })
    console.log(describeScore(dir, t))
    overall = Object.fromEntries(
      Object.entries(overall).map(([k, v]) => [k, v + t[k as keyof PageScore]]),
    ) as unknown as PageScore
  }
  if (positionals.length > 1) console.log(describeScore('overall', overall))
}
