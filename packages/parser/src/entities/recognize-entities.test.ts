import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { readPkuCorpus } from '../formats/pku.ts'
import { SPAN_THRESHOLD } from '../ner/likely-spans.ts'
import {
  DOCUMENT_THRESHOLD,
  recognizeBylineNames,
  recognizeDocumentEntities,
  recognizeEntities,
} from './recognize-entities.ts'

const PAGE = sharedPath('pages/000_c2a65b4d6f57a7a3.txt')
const CORPUS = sharedPath('corpus/pku1998/199801-01-27.txt')

function found(text: string): string[] {
  return recognizeEntities(text).map((e) => `${e.type}:${e.text}`)
}

describe.skipIf(!hasShared)('recognizeEntities on the seed page', () => {
  // The page's lines are hard-wrapped mid-word (`光大银行北京` / `分行`); joining them gives running text.
  const text = (hasShared ? readFileSync(PAGE, 'utf8') : '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
    .replace(/(?<=\p{Script=Han})\n(?=\p{Script=Han})/gu, '')
  const entities = recognizeEntities(text)
  const mentions = new Set(entities.map((e) => `${e.type}:${e.text}`))

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
  ])('finds %s', (mention) => {
    expect(mentions).toContain(mention)
  })

  test.each(['党员', '复工复产', '党组织'])('does not take the common noun %s for an entity', (noun) => {
    expect(entities.filter((e) => e.text.includes(noun))).toEqual([])
  })

  test('names 世卫组织 and 世界卫生组织 as one organization', () => {
    const ids = new Set(entities.filter((e) => e.text.startsWith('世')).map((e) => e.canonical))
    expect(ids).toEqual(new Set(['ORGANIZATION:世界卫生组织']))
  })
})

describe('recognizeEntities rules', () => {
  test('refuses a threshold that is no probability, naming it', () => {
    for (const threshold of [0, 1, 1.5, Number.NaN]) {
      expect(() => recognizeEntities('谭德塞说', { threshold })).toThrow(
        `recognizeEntities: threshold ${threshold} is not a probability above 0 and below 1`,
      )
    }
  })

  test('reads a transliterated name joined by a middle dot or a hyphen as one PERSON', () => {
    expect(found('卫生紧急项目技术负责人玛丽亚·范凯尔克霍弗说')).toContain('PERSON:玛丽亚·范凯尔克霍弗')
    expect(found('穆罕默德-班迪表示')).toContain('PERSON:穆罕默德-班迪')
    expect(found('兹拉特科·拉古姆季亚和尤里·塔夫罗夫斯基')).toEqual([
      'PERSON:兹拉特科·拉古姆季亚',
      'PERSON:尤里·塔夫罗夫斯基',
    ])
  })

  test('finds every reporter named in a credit or byline', () => {
    expect(found('（记者邹伟、王思北）')).toEqual(['PERSON:邹伟', 'PERSON:王思北'])
    expect(found('新华社记者 韩墨 赵嫣 刘石磊').filter((m) => m.startsWith('PERSON'))).toEqual([
      'PERSON:韩墨',
      'PERSON:赵嫣',
      'PERSON:刘石磊',
    ])
    expect(recognizeBylineNames('新华社记者 肖艺九摄').map((e) => e.text)).toEqual(['肖艺九'])
  })

  test('leaves the title out of a person followed by one', () => {
    expect(found('近段时间以来，习近平总书记连续作出重要指示')).toContain('PERSON:习近平')
  })

  test('reads a province and a city inside it as one LOCATION named by the city', () => {
    const [place] = recognizeEntities('四川泸州市是农民工输出大市')
    expect(place).toEqual({
      text: '四川泸州市',
      type: 'LOCATION',
      start: 0,
      end: 5,
      canonical: 'LOCATION:泸州市',
    })
  })

  test('names the places behind abbreviations by their full names, unless told to follow the PKU corpus', () => {
    const text = '中美两国元首会晤后，克林顿将于下月访华。'
    const places = recognizeEntities(text).filter((e) => e.type === 'LOCATION')
    expect(places.map((e) => `${e.text}:${e.canonical}`)).toEqual([
      '中:LOCATION:中国',
      '美:LOCATION:美国',
      '华:LOCATION:中国',
    ])
    expect(recognizeEntities(text, { convention: 'pku' }).map((e) => e.text)).toEqual(['克林顿'])
  })

  // People's Daily e-edition, 2020-01-06 p. 12 and 2020-01-05 p. 5.
  test('names companies by their brand, unless told to follow the PKU corpus or a word runs across the brand', () => {
    const quote = '”华为公司副总裁、数字政府总裁、政企云总裁杨瑞凯说'
    const organizations = (text: string, options = {}) =>
      recognizeEntities(text, options)
        .filter((e) => e.type === 'ORGANIZATION')
        .map((e) => e.text)
    expect(organizations(quote)).toContain('华为')
    expect(organizations(quote, { convention: 'pku' })).not.toContain('华为')
    // `升华` (to sublimate) runs across the brand's first character.
    expect(organizations('并不断升华为道德情操')).toEqual([])
  })

  // People's Daily e-edition, 2020-01-02 p. 2, 2020-01-02 p. 17 and 2020-01-19 p. 2.
  test('names provinces and countries by their one-character names the same as by their full ones', () => {
    const places = (text: string) =>
      recognizeEntities(text)
        .filter((e) => e.type === 'LOCATION')
        .map((e) => `${e.text}:${e.canonical}`)
    expect(
      places('我跟工友商量好，将来还要参加川藏铁路建设，为广大农牧民再铺一条扎实牢靠的致富路。'),
    ).toEqual(['川:LOCATION:四川省', '藏:LOCATION:西藏自治区'])
    expect(places('推动双方共同设计旅游线路，打造老挝旅游品牌，促进中老双向旅游人数增长。')).toEqual([
      '老挝:LOCATION:老挝',
      '中:LOCATION:中国',
      '老:LOCATION:老挝',
    ])
    // `澳` is Macao after `港` (Australia in `中澳`).
    expect(places('尤其是借着粤港澳大湾区建设的东风，各个实验室新项目上得非常快。')).toEqual([
      '粤:LOCATION:广东省',
      '港:LOCATION:香港特别行政区',
      '澳:LOCATION:澳门特别行政区',
    ])
  })
})

describe.skipIf(!hasShared)('recognizeDocumentEntities', () => {
  // People's Daily, 1998-01-27, page 8 (the PKU corpus, a held-out day): a skier named in the lead, then again.
  const article = readPkuCorpus(hasShared ? readFileSync(CORPUS, 'utf8') : '').find(
    (a) => a.id === '19980127-08-002',
  )
  const fields = article?.paragraphs.map((p) => p.text) ?? []

  test('finds a name found in one paragraph where it recurs in another, as the corpus tags it', () => {
    const third = fields[2] ?? ''
    const at = third.indexOf('宗福才')
    expect(at).toBeGreaterThanOrEqual(0)
    expect(article?.paragraphs[2]?.entities).toContainEqual(
      expect.objectContaining({ type: 'PERSON', start: at, end: at + 3 }),
    )
    expect(recognizeEntities(third).map((e) => e.text)).not.toContain('宗福才')
    expect(recognizeDocumentEntities(fields)[2]).toContainEqual(
      expect.objectContaining({ text: '宗福才', type: 'PERSON', start: at }),
    )
  })

  test('asks the tagger for the same probability as one field does', () => {
    expect(DOCUMENT_THRESHOLD).toBe(SPAN_THRESHOLD)
    expect(recognizeDocumentEntities(fields)).toEqual(
      recognizeDocumentEntities(fields, { threshold: DOCUMENT_THRESHOLD }),
    )
  })

  test('refuses a support that is no probability, naming it', () => {
    expect(() => recognizeDocumentEntities(fields, { support: 1 })).toThrow(/support 1 /)
    expect(() => recognizeDocumentEntities(fields, { support: -0.1 })).toThrow(/support -0.1 /)
  })
})
