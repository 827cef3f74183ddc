import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { parsePage, recognizeEntities } from '../index.ts'

const PAGE = sharedPath('pages/000_c2a65b4d6f57a7a3.txt')

describe.skipIf(!hasShared)('entities in the parsed seed page', () => {
  const page = parsePage(hasShared ? readFileSync(PAGE, 'utf8') : '', { date: '2020-03-13' })
  const fields = page.items.flatMap((item) => [
    { text: item.title ?? '', entities: item.titleEntities },
    ...item.sections.flatMap((s) => s.paragraphs),
  ])
  const mentions = new Set(fields.flatMap((f) => f.entities.map((e) => `${e.type}:${e.text}`)))

  test.each([
    'PERSON:习近平',
    'PERSON:谭德塞',
    'PERSON:黄连福',
    'PERSON:古特雷斯',
    'ORGANIZATION:世界卫生组织',
    'ORGANIZATION:世卫组织',
    'ORGANIZATION:中石化集团',
    'ORGANIZATION:光大银行北京分行',
    'LOCATION:意大利',
    'LOCATION:伊朗',
    'LOCATION:四川泸州市',
  ])('finds %s in a paragraph or title', (mention) => {
    expect(mentions).toContain(mention)
  })

  test('gives offsets into the field that holds the mention, never across it', () => {
    for (const field of fields) {
      for (const e of field.entities) expect(field.text.slice(e.start, e.end)).toBe(e.text)
    }
    expect(mentions.size).toBeGreaterThan(50)
  })

  test.each(['党员', '复工复产', '党组织'])('takes no mention of the common noun %s', (noun) => {
    expect([...mentions].filter((m) => m.endsWith(`:${noun}`))).toEqual([])
  })
})

describe.skipIf(!hasShared)('entities in a parsed article, read as one document', () => {
  // People's Daily e-edition, 2020-01-04, page 1: Xi Jinping and Mongolia's president exchange greetings.
  const FILE = sharedPath('corpus/epaper/2020-01/20200104/20200104-01-01.txt')
  const page = parsePage(hasShared ? readFileSync(FILE, 'utf8') : '', {
    date: '2020-01-04',
    page: 1,
    format: 'eedition',
  })
  const item = page.items[0]
  const fields = [
    { text: item?.title ?? '', entities: item?.titleEntities ?? [] },
    ...(item?.sections.flatMap((s) => s.paragraphs) ?? []),
  ]

  test('finds a name in every field where it recurs, though some fields alone do not show it', () => {
    const holding = fields.filter((f) => f.text.includes('巴特图勒嘎'))
    expect(holding.length).toBeGreaterThanOrEqual(3)
    for (const field of holding) {
      expect(field.entities).toContainEqual(expect.objectContaining({ text: '巴特图勒嘎', type: 'PERSON' }))
    }
    const alone = holding.filter((f) => !recognizeEntities(f.text).some((e) => e.text === '巴特图勒嘎'))
    expect(alone.length).toBeGreaterThan(0)
  })
})
