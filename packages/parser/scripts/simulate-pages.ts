// Write simulated pages with gold: e-edition articles of a month laid out as page text (scripts/pages/).
// Run: npm run simulate:pages -w @broadsheet/parser -- --month 2020-02 --out DIR [--pages 120] [--seed 2]
// [--paper 0.25] [--variants 1] [--days 25-31] [--variant 1]
// Each page is NAME.txt beside NAME.gold.json, the format of ../shared/dev-pages, so that eval:pages and
// ../shared/tools/score-pages.py read them. The pages hold the publisher's text: keep them out of the repository.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { sharedPath } from '@broadsheet/shared-data'
import { simulateMonth } from './pages/simulate-month.ts'

const { values: args } = parseArgs({
  options: {
    month: { type: 'string' },
    out: { type: 'string' },
    pages: { type: 'string' },
    seed: { type: 'string', default: '1' },
    paper: { type: 'string', default: '0.25' },
    variants: { type: 'string', default: '1' },
    // Keep only pages of these days (`25-31`), after simulating the whole month as training does.
    days: { type: 'string' },
    // Keep only this variant of each page.
    variant: { type: 'string' },
  },
})
if (args.month === undefined || !/^\d{4}-\d{2}$/u.test(args.month) || args.out === undefined) {
  console.error(
    'simulate-pages: usage: --month YYYY-MM --out DIR [--pages N] [--seed N] [--paper SHARE] [--variants N]',
  )
  process.exit(2)
}
const pages = simulateMonth(sharedPath(`corpus/epaper/${args.month}`), {
  seed: Number(args.seed),
  paperShare: Number(args.paper),
  variants: Number(args.variants),
  ...(args.pages === undefined ? {} : { limit: Number(args.pages) }),
})
const [first, last] = (args.days ?? '1-31').split('-').map(Number)
const kept = pages.filter(
  ({ name }) =>
    Number(name.slice(6, 8)) >= first! &&
    Number(name.slice(6, 8)) <= (last ?? first)! &&
    (args.variant === undefined || name.endsWith(`-${args.variant}`)),
)
// npm runs the script from the package folder; the folder is read from where the command was typed.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), args.out)
mkdirSync(out, { recursive: true })
for (const { name, page } of kept) {
  writeFileSync(join(out, `${name}.txt`), page.text)
  writeFileSync(join(out, `${name}.gold.json`), `${JSON.stringify(page.gold, null, 1)}\n`)
}
console.log(`simulate-pages: ${kept.length} pages of ${args.month} in ${args.out}`)
