// Specification of the e-edition reader and of format detection.
import { describe, expect, test } from 'vitest'
import { normalize } from '../stages/normalize.ts'
import { splitLines } from '../stages/split-lines.ts'
import { detectFormat } from './detect-format.ts'
import { readEEdition } from './eedition.ts'

const read = (lines: string[], date = '2020-02-10') => {
  const warnings: string[] = []
  const items = readEEdition(splitLines(normalize(lines.join('\r\n'))), { date }, warnings)
  return { item: items[0]!, warnings }
}

describe('readEEdition', () => {
  test('reads kicker, title and subtitle from the three header lines', () => {
    const { item } = read([
      '张又侠在会见时强调',
      '不忘初心牢记使命',
      '——鼓起决胜全面小康精气神①',
      '\u3000\u3000正文。',
    ])
    expect([item.kicker, item.title, item.subtitle]).toEqual([
      '张又侠在会见时强调',
      '不忘初心牢记使命',
      '鼓起决胜全面小康精气神①',
    ])
  })

  test('makes each indented line a paragraph, numbered by its source line', () => {
    const { item } = read([
      '',
      '标题',
      '',
      '\u3000\u3000第一段。',
      '\u3000\u3000\u00a0',
      '\u3000\u3000第二段。',
    ])
    expect(item.sections[0]?.paragraphs.map((p) => [p.lines, p.text])).toEqual([
      [[4, 4], '第一段。'],
      [[6, 6], '第二段。'],
    ])
  })

  test('takes a byline at the start of the body and a credit at its end', () => {
    const { item } = read([
      '',
      '龙狮舞澳门',
      '',
      '\u3000\u3000本报记者 马跃峰',
      '\u3000\u3000近日，活动举行。',
      '\u3000\u3000新华社记者 张金加摄',
    ])
    expect(item.bylines).toEqual([
      { text: '本报记者 马跃峰', agency: '本报', role: '记者', names: ['马跃峰'] },
    ])
    expect(item.credit).toBe('新华社记者 张金加摄')
    expect(item.kind).toBe('photo')
  })

  test('heads a section with short lines that lead into a paragraph, and keeps a signature as text', () => {
    const { item } = read([
      '',
      '建议',
      '',
      '\u3000\u3000消毒用品要妥善存放',
      '\u3000\u3000近日，本地一个孩子误食消毒剂。',
      '\u3000\u3000江苏南通市\u00a0杨汉祥',
      '\u3000\u3000',
      '\u3000\u3000引导孩子用好压岁钱',
      '\u3000\u3000每逢过年，孩子们都会得到压岁钱。',
    ])
    expect(item.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['消毒用品要妥善存放', 2],
      ['引导孩子用好压岁钱', 1],
    ])
  })

  test('finds the leading dateline and resolves it across the new year', () => {
    const { item } = read(
      ['', '新年贺词', '', '\u3000\u3000新华社北京12月31日电\u00a0 新年前夕，国家主席发表贺词。'],
      '2020-01-01',
    )
    expect(item.dateline).toEqual({
      text: '新华社北京12月31日电',
      agency: '新华社',
      place: '北京',
      date: '2019-12-31',
    })
  })

  test('keeps every standalone dateline when a text holds several stories (the seed page read as an e-edition file lost one)', () => {
    const warnings: string[] = []
    const lines = [
      '',
      '标题',
      '',
      '\u3000\u3000第一篇正文。',
      '\u3000\u3000（新华社北京3月12日电）',
      '\u3000\u3000第二篇正文。',
      '\u3000\u3000（新华社北京3月12日电）',
      '\u3000\u3000第三篇正文。',
      '\u3000\u3000（新华社北京3月12日电）',
    ]
    const items = readEEdition(splitLines(normalize(lines.join('\n'))), { date: '2020-03-13' }, warnings)
    expect(
      items.map((i) => [
        i.lines,
        i.dateline?.text,
        i.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
      ]),
    ).toEqual([
      [[2, 5], '（新华社北京3月12日电）', ['第一篇正文。']],
      [[6, 7], '（新华社北京3月12日电）', ['第二篇正文。']],
      [[8, 9], '（新华社北京3月12日电）', ['第三篇正文。']],
    ])
  })
})

describe('detectFormat', () => {
  test('tells e-edition files from page layout text by their indented paragraphs', () => {
    expect(detectFormat(splitLines('\n标题\n\n\u3000\u3000正文。\n\u3000\u3000正文。'))).toBe('eedition')
    expect(detectFormat(splitLines('□新华社评论员\n\n正文。\n正文。'))).toBe('page')
  })

  test('reads a file with only its header lines as an e-edition file', () => {
    expect(detectFormat(splitLines('\n统筹推进疫情防控和经济社会发展工作\n\n'))).toBe('eedition')
  })
})

describe('kinds the e-edition holds besides stories', () => {
  test('an advertisement is titled 广告, and a title without text is a picture', () => {
    // 20200220-08-01.txt and 20200220-02-08.txt: the page shows them; the e-edition has only their titles.
    expect(read(['', '广告', '']).item.kind).toBe('advertisement')
    expect(read(['', '图表', '']).item.kind).toBe('photo')
  })

  test('a notice and a listing are told by their titles', () => {
    expect(
      read(['', '庆新春新闻摄影比赛启事', '', '\u3000\u3000送别硕果累累的丁丑“牛”，迎来充满生机的戊寅“虎”。'])
        .item.kind,
    ).toBe('notice')
    expect(
      read([
        '',
        '全国人民代表大会常务委员会免职名单',
        '',
        '\u3000\u3000免去柯良栋的第十三届全国人民代表大会常务委员会副秘书长职务。',
      ]).item.kind,
    ).toBe('listing')
  })
})

describe('bylines the e-edition prints inline', () => {
  test('the reporters in a leading dateline sign the story, and stay in its first paragraph', () => {
    const { item } = read(
      [
        '',
        '新年戏曲晚会在京举行',
        '',
        '\u3000\u3000新华社北京12月31日电 （记者邹伟、王思北）2020年新年戏曲晚会31日晚在国家大剧院举行。',
      ],
      '2020-01-01',
    )
    expect(item.bylines).toEqual([
      { text: '记者邹伟、王思北', agency: '新华社', role: '记者', names: ['邹伟', '王思北'] },
    ])
    expect(item.sections[0]?.paragraphs[0]?.text).toMatch(/^新华社北京12月31日电（记者邹伟、王思北）2020年/)
  })

  test('a signature line closing a brief signs it and is no paragraph', () => {
    // 财经短波: `本报电 …` then `（谷业凯）`.
    const { item } = read([
      '',
      '我国商业智能软件市场发展迅速',
      '',
      '\u3000\u3000本报电\u00a0商业智能软件提供商帆软日前在京发布《商业智能白皮书1.0》。',
      '\u3000\u3000（谷业凯）',
    ])
    expect(item.bylines.map((b) => b.names)).toEqual([['谷业凯']])
    expect(item.sections.flatMap((s) => s.paragraphs).map((p) => p.text)).toEqual([
      '本报电商业智能软件提供商帆软日前在京发布《商业智能白皮书1.0》。',
    ])
  })

  test('a byline line with a padded name gives the whole name', () => {
    const { item } = read(['', '标题', '', '\u3000\u3000本报记者 付 文', '\u3000\u3000正文。'])
    expect(item.bylines[0]?.names).toEqual(['付文'])
  })

  test('each story of a roundup opens with its own dateline, the paragraph’s prefix', () => {
    // 20200205-14-03.txt, trimmed: two provinces' stories under one title, each with its own dateline.
    const { item } = read(
      [
        '',
        '四川发指南规范废弃口罩处理江苏拨款两亿元支持医废处置',
        '',
        '\u3000\u3000本报成都2月4日电\u00a0\u00a0（记者张文）记者从四川省生态环境厅获悉：近日，四川省生态环境厅联合住建、卫生等部门编制《新型冠状病毒感染的肺炎疫情医疗废物应急处置污染防治技术指南（试行）》，规范废弃口罩的处置程序。',
        '\u3000\u3000本报南京2月4日电\u00a0\u00a0（记者姚雪青）3日，江苏省紧急下拨2亿元用于支持各地医疗废弃物处置工作，同时，还要求各地加强补助资金的监管工作，确保专款专用，严禁截留、挤占、挪用。',
      ],
      '2020-02-05',
    )
    const paragraphs = item.sections.flatMap((s) => s.paragraphs)
    expect(paragraphs.map((p) => p.dateline?.text)).toEqual([
      '本报成都2月4日电（记者张文）',
      '本报南京2月4日电（记者姚雪青）',
    ])
    expect(paragraphs[1]?.dateline).toMatchObject({ agency: '本报', place: '南京', date: '2020-02-04' })
    expect(item.dateline?.text).toBe('本报成都2月4日电（记者张文）')
  })
})
