// Specification of paragraph reflow: where a hard-wrapped column breaks into paragraphs.
import { describe, expect, test } from 'vitest'
import { classifyLines } from './classify-lines.ts'
import { groupBlocks } from './group-blocks.ts'
import { estimateColumnWidths, reflowParagraphs } from './reflow-paragraphs.ts'
import { splitLines } from './split-lines.ts'

const reflow = (lines: string[]): [string, number, number, string][] =>
  reflowParagraphs(groupBlocks(classifyLines(splitLines(lines.join('\n'))))).map((b) =>
    b.kind === 'paragraph' ? ['p', ...b.lines, b.text] : [b.kind, ...b.lines, ''],
  )

describe('reflowParagraphs', () => {
  test('joins a paragraph across a blank line left by column extraction', () => {
    expect(
      reflow([
        '疫情防控关乎生命，复工复产关乎生计，一',
        '',
        '个都不能少！统筹做好疫情防控和经济社会发',
        '展，是一次大战，也是一次大考。',
      ]),
    ).toEqual([
      [
        'p',
        1,
        4,
        '疫情防控关乎生命，复工复产关乎生计，一个都不能少！统筹做好疫情防控和经济社会发展，是一次大战，也是一次大考。',
      ],
    ])
  })

  test('ends a paragraph on a line that finishes a sentence short of the column', () => {
    const out = reflow([
      '经过艰苦努力，当前已初步呈现疫情防控形势持',
      '续向好、生产生活秩序加快恢复的态势。',
      '疫情防控关乎生命，复工复产关乎生计，一',
      '个都不能少！统筹做好疫情防控和经济社会发',
      '展，是一次大战，也是一次大考。',
    ])
    expect(out.map((p) => p.slice(0, 3))).toEqual([
      ['p', 1, 2],
      ['p', 3, 5],
    ])
  })

  test('starts a paragraph at a first line two units short after a full line that finishes a sentence', () => {
    const out = reflow([
      '员主动上门服务；河北平乡县组织全县215名两',
      '新组织党建指导员担任“驻企防疫联络员”……',
      '中央企业是关系国计民生和国民经济命脉',
      '',
      '的国家队，承担着很多国家重大项目和工程，能',
      '否早日实现复工复产，事关国家发展大局。',
    ])
    expect(out.map((p) => p.slice(0, 3))).toEqual([
      ['p', 1, 2],
      ['p', 3, 6],
    ])
  })

  test('does not break after a full line that ends a sentence when the next line is full too', () => {
    const out = reflow([
      '面对孩子的懂事，南昌盐业公司党总支委员、副',
      '总经理郑玉燕有说不完的愧疚。为了确保公司',
      '顺利复工，保障食盐市场供应，守护百姓舌尖上',
      '的安全，春节以来，她一直坚守在工作岗位上。',
      '她说：“我是党员，关键时刻，我不上谁上！”',
    ])
    expect(out.map((p) => p.slice(0, 3))).toEqual([['p', 1, 5]])
  })

  test('ends a quoted lead at the line that finishes its attribution, full as that line is', () => {
    const out = reflow([
      '“妈妈，等戴了头冠的虫子没有了，你就回来',
      '陪我⋯⋯”视频里的五岁孩子，眼中噙满泪水。',
      '面对孩子的懂事，南昌盐业公司党总支委员、副',
      '总经理郑玉燕有说不完的愧疚。',
    ])
    expect(out.map((p) => p.slice(0, 3))).toEqual([
      ['p', 1, 2],
      ['p', 3, 4],
    ])
  })

  test('ends a one-line quote when the next line is as narrow as a first line', () => {
    const out = reflow([
      '“新冠肺炎疫情从特征上可称为大流行。”',
      '北京时间12日0时30分许，世界卫生组织总',
      '干事谭德塞的最新判断迅速传遍了世界。',
    ])
    expect(out.map((p) => p.slice(0, 3))).toEqual([
      ['p', 1, 1],
      ['p', 2, 3],
    ])
  })

  test('keeps a quote that closes at a line end with the full line of attribution after it', () => {
    const out = reflow([
      '“我们一定能够战胜这场疫情，请大家都放心。”',
      '社区党支部书记王秀英一边登记一边对居民说，',
      '她已经连续十多天没有休息，嗓子都喊哑了，可',
      '语气依然坚定。',
    ])
    expect(out.map((p) => p.slice(0, 3))).toEqual([['p', 1, 4]])
  })

  test('ends a lead-in paragraph at its ——', () => {
    const out = reflow([
      '从家门口到厂门口，帮助开辟员工返岗快捷',
      '',
      '通道——',
      '四川泸州市是农民工输出大市。针对疫情',
    ])
    expect(out.map((p) => p[3])).toEqual([
      '从家门口到厂门口，帮助开辟员工返岗快捷通道——',
      '四川泸州市是农民工输出大市。针对疫情',
    ])
  })

  test('finds a 四字 四字 heading standing inline between paragraphs', () => {
    const out = reflow([
      '唯有命运与共，才',
      '能共克时艰。',
      '全球同战 刻不容缓',
      '意大利全国范围实施“封城”。',
    ])
    expect(out.map((p) => p[0])).toEqual(['p', 'display', 'p'])
  })

  test('removes extraction spaces inside numbers and dates', () => {
    expect(reflow(['3 月 12 日，在', '广西南宁市武鸣区。'])[0]?.[3]).toBe('3月12日，在广西南宁市武鸣区。')
  })
})

describe('estimateColumnWidths', () => {
  test('follows the common full width and ignores one overlong line', () => {
    expect(estimateColumnWidths([20, 20, 18, 21, 20, 20, 12])).toEqual([20, 20, 20, 20, 20, 20, 20])
  })

  test('follows a column that narrows', () => {
    const widths = [20, 20, 20, 20, 20, 20, 20, 18, 18, 18, 18, 18, 18, 18, 18, 18]
    expect(estimateColumnWidths(widths).at(-1)).toBe(18)
  })
})
