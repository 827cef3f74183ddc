// Cut the fixture inputs from ../shared: trimmed e-edition files, trimmed seed page, and page layouts re-wrapped
// from real articles. Run once with `npx tsx --conditions=@broadsheet/source test/support/make-fixtures.ts`, then
// `UPDATE=1 npx vitest run test/fixtures.test.ts` and review the expected files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sharedDir } from '@broadsheet/shared-data'
import { parsePage } from '../../src/index.ts'
import type { ParseOptions } from '../../src/types.ts'
import { layOut, type ArticleText, type LayoutOptions } from './rewrap.ts'

const shared = sharedDir
const fixtures = new URL('../fixtures/', import.meta.url).pathname
const epaper = (name: string): string =>
  join(shared, 'corpus/epaper', `${name.slice(0, 4)}-${name.slice(4, 6)}`, name.slice(0, 8), `${name}.txt`)

function write(name: string, input: string, source: string, options: ParseOptions): void {
  const dir = join(fixtures, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'input.txt'), input)
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify({ source, options }, null, 2)}\n`)
}

/** The first `lines` lines of an e-edition file, CRLF and all. */
function cutEEdition(name: string, lines: number, fixture: string): void {
  const text = readFileSync(epaper(name), 'utf8').split('\r\n').slice(0, lines).join('\r\n')
  const date = `${name.slice(0, 4)}-${name.slice(4, 6)}-${name.slice(6, 8)}`
  write(fixture, `${text}\r\n`, `../shared/corpus/epaper/…/${name}.txt, first ${lines} lines`, {
    date,
    page: Number(name.slice(9, 11)),
  })
}

function article(name: string, paragraphs: number, extra: Partial<ArticleText> = {}): ArticleText {
  const item = parsePage(readFileSync(epaper(name), 'utf8'), { format: 'eedition', entities: false })
    .items[0]!
  return {
    kicker: item.kicker,
    title: item.title ?? '',
    subtitle: item.subtitle,
    byline: null,
    paragraphs: item.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).slice(0, paragraphs),
    dateline: null,
    credit: item.credit,
    ...extra,
  }
}

function layout(
  fixture: string,
  parts: { name: string; article: ArticleText; options: LayoutOptions }[],
  date: string,
): void {
  const text = parts.map((p) => layOut(p.article, p.options)).join('\n')
  const source = parts
    .map((p) => `${p.name}.txt re-wrapped at ${p.options.width} units, ${p.options.order}`)
    .join('; ')
  write(fixture, text, `page layout built from ../shared/corpus/epaper: ${source}`, { date, format: 'page' })
}

const seed = readFileSync(join(shared, 'pages/000_c2a65b4d6f57a7a3.txt'), 'utf8').split('\n')
const seedSource = (a: number, b: number): string =>
  `../shared/pages/000_c2a65b4d6f57a7a3.txt, lines ${a}–${b}`
write('seed-page-opening-bylines-and-first-heading', `${seed.slice(0, 41).join('\n')}\n`, seedSource(1, 41), {
  date: '2020-03-13',
})
write('seed-page-photo-and-commentary', `${seed.slice(509, 604).join('\n')}\n`, seedSource(510, 604), {
  date: '2020-03-13',
})

cutEEdition('20200104-04-02', 6, 'eedition-kicker-title-and-leading-xinhua-dateline')
cutEEdition('20200119-03-04', 5, 'eedition-leading-dateline-with-reporter')
cutEEdition('20200102-05-01', 6, 'eedition-commentary-genre-tag-and-subtitle')
cutEEdition('20200105-06-03', 5, 'eedition-photo-credit-agency')
cutEEdition('20200102-07-04', 6, 'eedition-photo-credit-people-visual')

layout(
  'layout-title-first-width-12',
  [
    {
      name: '20200104-04-02',
      article: article('20200104-04-02', 3),
      options: { width: 12, order: 'title-first', seed: 7 },
    },
  ],
  '2020-01-04',
)
layout(
  'layout-title-after-body-width-18-with-byline-and-dateline',
  [
    {
      name: '20200119-03-04',
      article: article('20200119-03-04', 3, {
        byline: '□本报记者 葛孟超',
        dateline: '（本报北京1月18日电）',
      }),
      options: { width: 18, order: 'title-after-body', seed: 3 },
    },
  ],
  '2020-01-19',
)
layout(
  'layout-narrow-caption-width-8-title-after-body',
  [
    {
      name: '20200102-07-04',
      article: article('20200102-07-04', 2),
      options: { width: 8, order: 'title-after-body', seed: 5 },
    },
  ],
  '2020-01-02',
)
layout(
  'layout-two-stories-width-24-and-16-title-first',
  [
    {
      name: '20200102-05-01',
      article: article('20200102-05-01', 3),
      options: { width: 24, order: 'title-first', seed: 11 },
    },
    {
      name: '20200119-04-08',
      article: article('20200119-04-08', 2),
      options: { width: 16, order: 'title-first', seed: 13 },
    },
  ],
  '2020-01-19',
)
layout(
  'layout-kicker-ending-in-a-dash-before-its-title',
  [
    {
      name: '20200110-16-02',
      article: article('20200110-16-02', 2),
      options: { width: 18, order: 'title-first', seed: 1 },
    },
  ],
  '2020-01-10',
)
layout(
  'layout-bare-dateline-wrapped-into-its-paragraph',
  [
    {
      name: '20200103-03-09',
      article: article('20200103-03-09', 2),
      options: { width: 12, order: 'title-first', seed: 1 },
    },
  ],
  '2020-01-03',
)
