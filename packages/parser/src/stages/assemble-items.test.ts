// Specification of item assembly from lines with roles: the seam a page's labels, or a PDF's geometry, feed.
import { describe, expect, test } from 'vitest'
import type { LineRole, RoledLine } from '../layout/line-tags.ts'
import { assembleItems } from './assemble-items.ts'

/** Roled lines from `[role, text]` pairs, numbered from 1. */
function lines(...rows: [LineRole, string][]): RoledLine[] {
  return rows.map(([role, text], i) => ({ no: i + 1, text, role }))
}

const assemble = (rows: RoledLine[]) => {
  const warnings: string[] = []
  return { ...assembleItems(rows, { date: '2020-03-13' }, warnings), warnings }
}

describe('assembleItems', () => {
  test('opens an item at each title when titles come first, and joins a paragraph’s lines', () => {
    const { items } = assemble(
      lines(
        ['title', '全国私家车保有量首次突破2亿辆'],
        ['body-start', '本报讯（记者张璁）据公安部统计，'],
        ['body', '2019年全国新注册登记机动车3214万辆。'],
        ['title', '北京新添绿化造林面积超25万亩'],
        ['body-start', '本报讯（记者贺勇）日前，记者从北京市园林绿化局获悉。'],
      ),
    )
    expect(items.map((i) => [i.title, i.sections[0]?.paragraphs.map((p) => p.text)])).toEqual([
      [
        '全国私家车保有量首次突破2亿辆',
        ['本报讯（记者张璁）据公安部统计，2019年全国新注册登记机动车3214万辆。'],
      ],
      ['北京新添绿化造林面积超25万亩', ['本报讯（记者贺勇）日前，记者从北京市园林绿化局获悉。']],
    ])
  })

  test('closes an item with its title when titles come after bodies, as on the seed page', () => {
    const { items } = assemble(
      lines(
        ['byline', '□新华社记者 王鹏'],
        ['body-start', '疫情防控关乎生命，复工复产关乎生计。'],
        ['dateline', '（新华社北京3月12日电）'],
        ['title', '抗疫情抓生产 筑堡垒当先锋'],
        ['subtitle', '——基层党组织和广大党员全力以赴投入复工复产'],
        ['byline', '□新华社评论员'],
        ['body-start', '做好群众工作，要多理解、宽容、包容。'],
        ['dateline', '（新华社北京3月12日电）'],
        ['title', '打赢人民战争必须依靠群众'],
      ),
    )
    expect(items.map((i) => [i.kind, i.title, i.subtitle, i.dateline?.date])).toEqual([
      ['article', '抗疫情抓生产 筑堡垒当先锋', '基层党组织和广大党员全力以赴投入复工复产', '2020-03-12'],
      ['commentary', '打赢人民战争必须依靠群众', null, '2020-03-12'],
    ])
  })

  test('reads a title between two paragraphs of a story whose dateline is still ahead as a heading', () => {
    const { items } = assemble(
      lines(
        ['body-start', '这些都是各地企业党组织保障复工复产的常规动作。'],
        ['kicker', '坚守在岗位 战斗在一线'],
        ['title', '用行动展现共产党员先锋本色'],
        ['body-start', '“关键时刻冲得上去、危难关头豁得出来，才是真正的共产党人。”'],
        ['dateline', '（新华社北京3月12日电）'],
        ['title', '抗疫情抓生产 筑堡垒当先锋'],
        ['body-start', '“新冠肺炎疫情从特征上可称为大流行。”'],
        ['dateline', '（新华社北京3月12日电）'],
        ['title', '众志所趋 心手相牵'],
      ),
    )
    expect(items.map((i) => i.title)).toEqual(['抗疫情抓生产 筑堡垒当先锋', '众志所趋 心手相牵'])
    expect(items[0]!.sections.map((s) => s.heading)).toEqual([
      null,
      '坚守在岗位 战斗在一线 用行动展现共产党员先锋本色',
    ])
  })

  test('reads a heading just before a paragraph that opens with a dateline as that story’s title', () => {
    const { items } = assemble(
      lines(
        ['title', '北京新添绿化造林面积超25万亩'],
        ['body-start', '日前，记者从北京市园林绿化局获悉。'],
        ['heading', '胡春华强调'],
        ['heading', '一鼓作气、乘势而上 坚决夺取脱贫攻坚战的全面胜利'],
        ['body-start', '新华社北京1月2日电 近日，中央审计委员会办公室表彰先进集体。'],
      ),
    )
    expect(items.map((i) => i.title)).toEqual([
      '北京新添绿化造林面积超25万亩',
      '胡春华强调一鼓作气、乘势而上 坚决夺取脱贫攻坚战的全面胜利',
    ])
  })

  test('gives a story the page of its jump line, keeps the jump text out of its paragraphs, and warns of furniture', () => {
    const { items, furniture, warnings } = assemble(
      lines(
        ['furniture', '经 济 日 报'],
        ['title', '全国私家车保有量首次突破2亿辆'],
        ['body-start', '统计显示，截至2019年底，小型载客汽车保有量达2.2亿辆，'],
        ['jump', '（下转第二版）'],
        ['title', '北京新添绿化造林面积超25万亩'],
        ['jump', '（上接第一版）'],
        ['body', '共造林25.8万亩。'],
      ),
    )
    expect(items.map((i) => [i.title, i.continuesOnPage, i.continuedFromPage])).toEqual([
      ['全国私家车保有量首次突破2亿辆', 2, null],
      ['北京新添绿化造林面积超25万亩', null, 1],
    ])
    expect(items[0]!.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '统计显示，截至2019年底，小型载客汽车保有量达2.2亿辆，',
    ])
    expect(furniture.map((f) => [f.kind, f.text, f.lines])).toEqual([
      ['furniture', '经 济 日 报', [1, 1]],
      ['jump', '（下转第二版）', [4, 4]],
      ['jump', '（上接第一版）', [6, 6]],
    ])
    expect(warnings).toEqual(['line 1: read as page furniture, not a story: “经 济 日 报”'])
  })

  test('carries a headline glued onto another line to the title block it opens, and says so', () => {
    const rows = lines(
      ['title', '全国春耕生产进展顺利'],
      ['kicker', '国 务 院 召 开'],
      ['body-start', '本报讯 各地春耕生产有序推进。'],
      ['title', '全国春耕生产电视电话会议'],
      ['body-start', '新华社北京3月12日电 会议指出，要抓好春耕生产。'],
    )
    rows[1] = { ...rows[1]!, no: 1, glued: true }
    const { items, warnings } = assemble(rows)
    expect(items.map((i) => [i.kicker, i.title])).toEqual([
      [null, '全国春耕生产进展顺利'],
      ['国务院召开', '全国春耕生产电视电话会议'],
    ])
    expect(warnings).toEqual([
      'line 1: two headlines on one line; “国务院召开” read as the start of the title at line 4',
    ])
  })

  test('warns of a photo caption without a credit and of an item without a title', () => {
    const { items, warnings } = assemble(
      lines(['caption-start', '1月7日晚，浙江省嵊州市首届铁'], ['caption', '棉花舞龙迎春文化节举行。']),
    )
    expect(items.map((i) => i.kind)).toEqual(['photo'])
    expect(warnings).toEqual([
      'lines 1–2: no title found for this photo',
      'lines 1–2: read as a photo caption, but no credit was found',
    ])
  })
})
