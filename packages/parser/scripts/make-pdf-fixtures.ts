// Write the committed PDF fixtures (test/fixtures-pdf/): small pages of real e-edition stories, printed by Chromium,
// with their gold. `npm run make:pdf-fixtures`; review the diff.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { sharedPath } from '@broadsheet/shared-data'
import { readStory, type Story } from './pdf-pages/epaper-stories.ts'
import { layOutSmallPage } from './pdf-pages/lay-out-page.ts'
import { launchChromium, printPage } from './pdf-pages/print-pages.ts'
import { seeded } from './pages/random.ts'

const out = new URL('../test/fixtures-pdf/', import.meta.url).pathname
const story = (id: string): Story => {
  const s = readStory(
    id,
    readFileSync(
      sharedPath(`corpus/epaper/${id.slice(0, 4)}-${id.slice(4, 6)}/${id.slice(0, 8)}/${id}.txt`),
      'utf8',
    ),
  )
  if (s === null) throw new Error(`${id}: not a story a page can set`)
  return s
}
const fixtures = [
  {
    name: 'photo-beside-two-articles',
    ids: ['20200102-14-04', '20200102-03-09', '20200102-10-03', '20200102-03-05'],
    split: 2,
    seed: 3,
  },
]
mkdirSync(out, { recursive: true })
const browser = await launchChromium()
try {
  for (const f of fixtures) {
    const stories = f.ids.map(story)
    const { pdf, gold } = await printPage(
      browser,
      layOutSmallPage(stories, f.split, stories[0]!.date, seeded(f.seed)),
    )
    writeFileSync(`${out}${f.name}.pdf`, pdf)
    writeFileSync(`${out}${f.name}.gold.json`, `${JSON.stringify({ ...gold, page: 1 }, null, 1)}\n`)
    console.log(`${f.name}: ${pdf.length} bytes, ${gold.items.length} items`)
  }
} finally {
  await browser.close()
}
