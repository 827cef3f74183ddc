// Invariants that hold for any input: parsing never throws, line ranges stay inside the input, and every Han
// character, digit and Latin letter of the input ends up in exactly one text field.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parsePage } from '../src/index.ts'
import type { ParsedPage, SourceFormat } from '../src/types.ts'
import { inputContent, lineRanges, outputContent } from './support/content-of.ts'
import { layOut } from './support/rewrap.ts'

const seedPath = sharedPath('pages/000_c2a65b4d6f57a7a3.txt')
const epaperRoot = sharedPath('corpus/epaper')

function checkInvariants(input: string, page: ParsedPage): void {
  const count = input.split(/\r\n|\r|\n/u).length
  for (const [first, last] of lineRanges(page)) {
    expect(first).toBeGreaterThanOrEqual(1)
    expect(first).toBeLessThanOrEqual(last)
    expect(last).toBeLessThanOrEqual(count)
  }
  expect(outputContent(page)).toBe(inputContent(input))
}

const formats: (SourceFormat | undefined)[] = [undefined, 'page', 'eedition']

// Pieces real pages are made of, so that random text exercises bylines, datelines, credits and headings too.
const pieces = fc.constantFrom(
  '新华社记者 王鹏',
  '□新华社评论员',
  '本报记者 贺  勇',
  '（新华社北京3月12日电）',
  '新华社北京4月30日电 （记者邹伟、王思北）',
  '据新华社发',
  '陈  勇摄（人民视觉）',
  '——基层党组织和广大党员',
  '全球同战 刻不容缓',
  '⋯⋯',
  '“我是书记，我先上！”',
  '３月１２日',
  '11.8 万例',
  '\u3000\u3000',
  '\uFEFF',
  'COVID-19',
  '。',
  '，',
  ' ',
)
const hanLine = fc.string({
  unit: fc.constantFrom(...'疫情防控关乎生命复工复产党组织一个都不能少，。、“”！？（）——1234 5abAB'),
  maxLength: 26,
})
const pageLike = fc
  .array(fc.oneof(hanLine, pieces, fc.constant('')), { maxLength: 60 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)))

describe('the content check itself', () => {
  test('notices a character dropped from a parse', () => {
    const text = '标题\n\n第一段有字。\n第二段也有字。\n'
    const page = parsePage(text, { entities: false })
    expect(outputContent(page)).toBe(inputContent(text))
    const paragraph = page.items[0]!.sections[0]!.paragraphs[0]!
    paragraph.text = paragraph.text.slice(1)
    expect(outputContent(page)).not.toBe(inputContent(text))
  })
})

describe('parsePage on any text', () => {
  test('never throws and loses nothing on arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.constantFrom(...formats),
        (text, format) => {
          checkInvariants(text, parsePage(text, { entities: false, ...(format ? { format } : {}) }))
        },
      ),
      { numRuns: 300 },
    )
  })

  test('never throws and loses nothing on text built from newspaper pieces', () => {
    fc.assert(
      fc.property(
        pageLike,
        fc.constantFrom(...formats),
        fc.constantFrom(null, '2020-03-13', '2020-01-01'),
        (text, format, date) => {
          checkInvariants(text, parsePage(text, { date, entities: false, ...(format ? { format } : {}) }))
        },
      ),
      {
        numRuns: 300,
        // Found by this property: the same dateline standing alone twice, or as a kicker and a paragraph.
        examples: [
          ['\n\n\n（新华社北京3月12日电）\n（新华社北京3月12日电）', 'eedition', null],
          [
            '新华社北京4月30日电 （记者邹伟、王思北）\n\n\n新华社北京4月30日电 （记者邹伟、王思北）',
            'eedition',
            null,
          ],
          // Found by `npm run fuzz`: a paragraph opening with the same text as the standalone dateline below it.
          [
            '（新华社北京3月12日电）!□新华社评论员正文一句。\n\n（新华社北京3月12日电）\n\n打赢人民战争',
            'page',
            null,
          ],
        ],
      },
    )
  })
})

describe.skipIf(!hasShared)('parsePage on shuffled real pages', () => {
  const chunks = hasShared ? readFileSync(seedPath, 'utf8').split(/\n\n/u) : []

  test('keeps the invariants when the seed page’s blank-separated chunks are shuffled, dropped or repeated', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: chunks.length - 1 }), { minLength: 1, maxLength: 40 }), (order) => {
        const text = order.map((i) => chunks[i]).join('\n\n')
        checkInvariants(text, parsePage(text, { date: '2020-03-13', entities: false }))
      }),
      { numRuns: 100 },
    )
  })
})

const epaperFiles = hasShared
  ? readdirSync(epaperRoot).flatMap((month) =>
      readdirSync(join(epaperRoot, month)).flatMap((day) =>
        readdirSync(join(epaperRoot, month, day)).map((f) => join(epaperRoot, month, day, f)),
      ),
    )
  : []

describe.skipIf(!hasShared)('parsePage on real articles re-wrapped as page layout', () => {
  test('keeps the invariants at any column width from 8 to 24, titles first or after the body', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: epaperFiles.length - 1 }),
        fc.integer({ min: 8, max: 24 }),
        fc.constantFrom('title-first' as const, 'title-after-body' as const),
        fc.nat(),
        (index, width, order, seed) => {
          const source = parsePage(readFileSync(epaperFiles[index]!, 'utf8'), {
            format: 'eedition',
            entities: false,
          })
          const item = source.items[0]
          fc.pre(item !== undefined && item.title !== null)
          const paragraphs = item!.sections.flatMap((s) => [
            ...(s.heading === null ? [] : [s.heading]),
            ...s.paragraphs.map((p) => p.text),
          ])
          const text = layOut(
            {
              kicker: item!.kicker,
              title: item!.title!,
              subtitle: item!.subtitle,
              byline: item!.bylines.map((b) => b.text).join(' ') || null,
              paragraphs,
              dateline:
                item!.dateline !== null && !paragraphs.some((p) => p.includes(item!.dateline!.text))
                  ? item!.dateline.text
                  : null,
              credit: item!.credit,
            },
            { width, order, seed },
          )
          checkInvariants(text, parsePage(text, { entities: false }))
        },
      ),
      { numRuns: 150 },
    )
  })

  test('keeps the invariants on every e-edition file read in either format', () => {
    for (const file of epaperFiles.filter((_, i) => i % 10 === 0)) {
      const text = readFileSync(file, 'utf8')
      checkInvariants(text, parsePage(text, { entities: false }))
      checkInvariants(text, parsePage(text, { entities: false, format: 'page' }))
    }
  })
})
