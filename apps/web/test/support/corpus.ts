// Which real newspaper files the tests load: the seed page (2020-03) and a few e-edition days from each of
// January and February 2020 for the browser test, so timelines span three months; everything for the bench.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { sharedDir } from '@broadsheet/shared-data'

export const seedPage = path.join(sharedDir, 'pages/000_c2a65b4d6f57a7a3.txt')

/** A page PDF printed from e-edition stories (the parser's committed fixture), with its `.meta.json` beside it. */
export const pagePdf = path.resolve(
  import.meta.dirname,
  '../../../../packages/parser/test/fixtures-pdf/photo-beside-two-articles.pdf',
)

const testDays = ['20200101', '20200102', '20200103', '20200201', '20200202', '20200203']

function eEditionDay(day: string): string {
  return path.join(sharedDir, 'corpus/epaper', `${day.slice(0, 4)}-${day.slice(4, 6)}`, day)
}

/** The paths the end-to-end test seeds: the seed page, a page PDF and six e-edition days (about 400 articles). */
export function testCorpus(): string[] {
  return [seedPage, pagePdf, ...testDays.map(eEditionDay)]
}

/** The full corpus: every page, both e-edition months and the PKU January 1998 corpus, those that exist. */
export function fullCorpus(): string[] {
  return [
    path.join(sharedDir, 'pages'),
    path.join(sharedDir, 'corpus/epaper'),
    path.join(sharedDir, 'corpus/pku1998'),
  ].filter((p) => existsSync(p))
}
