// The seed page (../shared/pages/000_c2a65b4d6f57a7a3.txt) read as a careful reader reads it.
import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { parsePage } from '../src/index.ts'
import type { Item } from '../src/types.ts'
import { inputContent, outputContent } from './support/content-of.ts'

const pagePath = sharedPath('pages/000_c2a65b4d6f57a7a3.txt')

describe.skipIf(!hasShared)('the seed page', () => {
  const text = hasShared ? readFileSync(pagePath, 'utf8') : ''
  const page = parsePage(text, { date: '2020-03-13', entities: false })
  const [feature, global, photo, commentary] = page.items as [Item, Item, Item, Item]
  const paragraphs = (item: Item): [number, number][] =>
    item.sections.flatMap((s) => s.paragraphs.map((p) => p.lines))

  test('holds four items in page order: two features, a photo and a commentary', () => {
    expect(page.format).toBe('page')
    expect(page.items.map((i) => [i.kind, i.title])).toEqual([
      ['article', '抗疫情抓生产 筑堡垒当先锋'],
      ['article', '众志所趋 心手相牵'],
      ['photo', '保障“空中课堂”覆盖贫困家庭学生'],
      ['commentary', '打赢人民战争必须依靠群众'],
    ])
    expect(page.warnings).toEqual([])
  })

  test('gives each title the body printed before it', () => {
    expect(page.items.map((i) => i.lines)).toEqual([
      [1, 377],
      [379, 522],
      [524, 536],
      [538, 602],
    ])
  })

  test('strips the dashes from subtitles', () => {
    expect(feature.subtitle).toBe('基层党组织和广大党员全力以赴投入复工复产')
    expect(global.subtitle).toBe('抗击疫情“全球观”')
    expect(photo.subtitle).toBeNull()
  })

  test('reads the bylines above each body, without the □ marker', () => {
    expect(feature.bylines).toEqual([
      { text: '新华社记者 王鹏', agency: '新华社', role: '记者', names: ['王鹏'] },
      { text: '人民日报记者 江琳', agency: '人民日报', role: '记者', names: ['江琳'] },
    ])
    expect(global.bylines).toEqual([
      {
        text: '新华社记者 韩墨 赵嫣 刘石磊',
        agency: '新华社',
        role: '记者',
        names: ['韩墨', '赵嫣', '刘石磊'],
      },
    ])
    expect(commentary.bylines).toEqual([
      { text: '新华社评论员', agency: '新华社', role: '评论员', names: [] },
    ])
  })

  test('resolves the trailing datelines against the page date', () => {
    const dateline = { text: '（新华社北京3月12日电）', agency: '新华社', place: '北京', date: '2020-03-12' }
    expect([feature.dateline, global.dateline, commentary.dateline]).toEqual([dateline, dateline, dateline])
    expect(photo.dateline).toBeNull()
  })

  test('gives the feature four headed sections after its lead', () => {
    expect(feature.sections.map((s) => s.heading)).toEqual([
      null,
      '发挥党的组织优势 吹响复工复产集结号',
      '逢山开路遇水架桥 为复工复产保驾护航',
      '勇当先锋敢打头阵 在复工复产一线当好主心骨',
      '坚守在岗位 战斗在一线 用行动展现共产党员先锋本色',
    ])
    expect(global.sections.map((s) => s.heading)).toEqual([
      null,
      '全球同战 刻不容缓',
      '风雨同舟 激浊扬清',
      '携手同行 命运与共',
    ])
  })

  test('joins a paragraph across a blank line left by column extraction', () => {
    const p = feature.sections[0]!.paragraphs[1]!
    expect(p.lines).toEqual([9, 12])
    expect(p.text).toBe(
      '疫情防控关乎生命，复工复产关乎生计，一个都不能少！统筹做好疫情防控和经济社会发展，是一次大战，也是一次大考。',
    )
  })

  test('draws the paragraph boundaries of the lead and the first section', () => {
    expect(feature.sections[0]!.paragraphs.map((p) => p.lines)).toEqual([
      [4, 8],
      [9, 12],
      [13, 16],
    ])
    expect(feature.sections[1]!.paragraphs.map((p) => p.lines)).toEqual([
      [21, 32],
      [33, 33],
      [34, 41],
      [42, 54],
      [55, 66],
      [67, 78],
      [79, 90],
      [91, 100],
    ])
  })

  test('draws the boundaries of the second feature’s headed sections, one-line lead sentences included', () => {
    expect(global.sections.slice(1).map((s) => s.paragraphs.map((p) => p.lines))).toEqual([
      [
        [401, 406],
        [407, 409],
        [410, 416],
        [417, 422],
        [423, 427],
        [428, 432],
        [433, 437],
      ],
      [
        [439, 443],
        [444, 444],
        [445, 448],
        [450, 451],
        [452, 457],
        [458, 458],
        [459, 466],
        [467, 467],
        [468, 477],
      ],
      [
        [479, 482],
        [483, 487],
        [488, 492],
        [493, 499],
        [500, 509],
        [510, 513],
        [514, 517],
      ],
    ])
  })

  test('draws the boundaries of the feature’s third section, across blank lines after first lines', () => {
    expect(feature.sections[3]!.paragraphs.map((p) => p.lines)).toEqual([
      [232, 233],
      [234, 237],
      [238, 250],
      [251, 261],
      [262, 275],
      [276, 278],
      [279, 286],
      [287, 294],
      [295, 299],
    ])
  })

  test('keeps lead-in lines, call-outs and omission marks as paragraphs of their own', () => {
    const texts = feature.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
    expect(texts).toContain('从家门口到厂门口，帮助开辟员工返岗快捷通道——')
    expect(texts).toContain('从上游到下游，助力打通产业链——')
    expect(texts).toContain('“我是书记，我先上！”')
    expect(texts).toContain('“我是党员，让我来！”')
    expect(texts.filter((t) => t === '……')).toHaveLength(2)
  })

  test('draws the commentary’s five paragraphs though its column narrows mid-way', () => {
    expect(paragraphs(commentary)).toEqual([
      [540, 545],
      [546, 553],
      [554, 565],
      [566, 578],
      [579, 598],
    ])
  })

  test('makes the photo’s caption its single paragraph, with the credit apart', () => {
    expect(photo.credit).toBe('据新华社发')
    expect(photo.sections).toHaveLength(1)
    expect(photo.sections[0]!.paragraphs.map((p) => [p.lines, p.text])).toEqual([
      [
        [524, 530],
        '3月12日，在广西南宁市武鸣区太平镇庆乐村幸福屯，贫困家庭学生黄迪徽在家中通过电视学习“空中课堂”课程。',
      ],
    ])
  })

  test('draws every paragraph boundary of the four items, section by section (first and last line)', () => {
    const boundaries = (item: Item): [string | null, [number, number][]][] =>
      item.sections.map((s) => [s.heading, s.paragraphs.map((p) => p.lines)])
    expect(boundaries(feature)).toEqual([
      [
        null,
        [
          [4, 8],
          [9, 12],
          [13, 16],
        ],
      ],
      [
        '发挥党的组织优势 吹响复工复产集结号',
        [
          [21, 32],
          [33, 33],
          [34, 41],
          [42, 54],
          [55, 66],
          [67, 78],
          [79, 90],
          [91, 100],
        ],
      ],
      [
        '逢山开路遇水架桥 为复工复产保驾护航',
        [
          [105, 107],
          [108, 111],
          [112, 114],
          [115, 122],
          [124, 137],
          [138, 138],
          [139, 140],
          [141, 147],
          [148, 163],
          [164, 166],
          [167, 181],
          [182, 190],
          [191, 197],
          [198, 200],
          [201, 214],
          [215, 222],
          [223, 223],
          [224, 227],
        ],
      ],
      [
        '勇当先锋敢打头阵 在复工复产一线当好主心骨',
        [
          [232, 233],
          [234, 237],
          [238, 250],
          [251, 261],
          [262, 275],
          [276, 278],
          [279, 286],
          [287, 294],
          [295, 299],
        ],
      ],
      [
        '坚守在岗位 战斗在一线 用行动展现共产党员先锋本色',
        [
          [304, 305],
          [306, 309],
          [310, 310],
          [311, 322],
          [323, 330],
          [331, 337],
          [338, 338],
          [339, 340],
          [341, 345],
          [346, 353],
          [354, 354],
          [355, 367],
          [368, 372],
        ],
      ],
    ])
    expect(boundaries(global)).toEqual([
      [
        null,
        [
          [381, 381],
          [382, 383],
          [384, 387],
          [388, 394],
          [395, 399],
        ],
      ],
      [
        '全球同战 刻不容缓',
        [
          [401, 406],
          [407, 409],
          [410, 416],
          [417, 422],
          [423, 427],
          [428, 432],
          [433, 437],
        ],
      ],
      [
        '风雨同舟 激浊扬清',
        [
          [439, 443],
          [444, 444],
          [445, 448],
          [450, 451],
          [452, 457],
          [458, 458],
          [459, 466],
          [467, 467],
          [468, 477],
        ],
      ],
      [
        '携手同行 命运与共',
        [
          [479, 482],
          [483, 487],
          [488, 492],
          [493, 499],
          [500, 509],
          [510, 513],
          [514, 517],
        ],
      ],
    ])
    expect(boundaries(photo)).toEqual([[null, [[524, 530]]]])
    expect(boundaries(commentary)).toEqual([
      [
        null,
        [
          [540, 545],
          [546, 553],
          [554, 565],
          [566, 578],
          [579, 598],
        ],
      ],
    ])
  })

  test('removes extraction spaces inside numbers and turns ⋯ into …', () => {
    const text = global.sections[0]!.paragraphs.map((p) => p.text).join('')
    expect(text).toContain('全球确诊病例累计超过11.8万例，欧盟27国无一免“疫”')
    expect(text).toContain('公共卫生紧急状态……')
    expect(text).not.toMatch(/⋯/u)
  })
})

describe.skipIf(!hasShared)('the seed page read as an e-edition file', () => {
  test('keeps all three trailing datelines (it lost one: an item kept one dateline and the others read as paragraphs)', () => {
    const text = readFileSync(pagePath, 'utf8')
    const page = parsePage(text, { date: '2020-03-13', entities: false, format: 'eedition' })
    expect(page.items.map((i) => i.dateline?.text ?? null)).toEqual([
      '（新华社北京3月12日电）',
      '（新华社北京3月12日电）',
      '（新华社北京3月12日电）',
      null,
    ])
    expect(outputContent(page)).toBe(inputContent(text))
  })
})
