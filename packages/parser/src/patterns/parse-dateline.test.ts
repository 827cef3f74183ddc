// Specification of datelines: standalone, leading and trailing, and how their dates resolve.
import { describe, expect, test } from 'vitest'
import {
  matchLeadingDateline,
  matchStandaloneDateline,
  matchTrailingDateline,
  readNumber,
  resolveDateline,
} from './parse-dateline.ts'

describe('datelines', () => {
  test('reads a standalone trailing dateline and resolves its day against the page date', () => {
    const match = matchStandaloneDateline('（新华社北京3月12日电）')!
    expect(resolveDateline(match, '2020-03-13')).toEqual({
      text: '（新华社北京3月12日电）',
      agency: '新华社',
      place: '北京',
      date: '2020-03-12',
    })
  })

  test('reads a leading dateline with its reporters’ bracket as the paragraph’s prefix', () => {
    const match = matchLeadingDateline('本报北京4月30日电（记者易舒冉）近日，国务院印发通知。')!
    expect(match.text).toBe('本报北京4月30日电（记者易舒冉）')
    expect(resolveDateline(match, '2020-05-01').date).toBe('2020-04-30')
  })

  test('reads a dateline with neither place nor date', () => {
    expect(matchLeadingDateline('本报电 近日，一项调查显示')?.text).toBe('本报电')
    expect(matchStandaloneDateline('（据新华社电）')).toMatchObject({
      agency: '新华社',
      place: null,
      day: null,
    })
  })

  test('reads a dateline with no place or day when its reporters’ bracket sets it off from the text', () => {
    expect(matchLeadingDateline('据新华社电（记者王靖）白木仁1963年出生')?.text).toBe(
      '据新华社电（记者王靖）',
    )
  })

  test('does not take a word that starts with an agency and 电 for a dateline', () => {
    expect(matchLeadingDateline('本报电视台记者今天报道')).toBeNull()
    expect(matchLeadingDateline('电梯为人们的生活增添了许多便利')).toBeNull()
  })

  test('finds a dateline that closes a paragraph', () => {
    expect(matchTrailingDateline('出口欧美市场。（新华社北京3月12日电）')?.text).toBe(
      '（新华社北京3月12日电）',
    )
  })

  test('steps back a year for December datelines on a January page, and a month for a day after the page', () => {
    expect(resolveDateline(matchStandaloneDateline('新华社北京12月31日电')!, '2020-01-01').date).toBe(
      '2019-12-31',
    )
    expect(resolveDateline(matchStandaloneDateline('（新华社北京31日电）')!, '2020-03-02').date).toBeNull()
    expect(resolveDateline(matchStandaloneDateline('（新华社北京29日电）')!, '2020-03-02').date).toBe(
      '2020-02-29',
    )
  })

  test('leaves the date null without a page date to resolve it', () => {
    expect(resolveDateline(matchStandaloneDateline('（新华社北京3月12日电）')!, null).date).toBeNull()
  })

  test('reads a dateline straight before a digit, and the reporters it names', () => {
    expect(matchLeadingDateline('新华社北京1月30日电1月30日，中共中央政治局常委')).toMatchObject({
      text: '新华社北京1月30日电',
      reporters: null,
    })
    expect(matchLeadingDateline('新华社北京12月31日电 （记者邹伟、王思北）2020年新年戏曲晚会')).toMatchObject(
      {
        text: '新华社北京12月31日电 （记者邹伟、王思北）',
        reporters: '记者邹伟、王思北',
      },
    )
    expect(matchLeadingDateline('新华社张家口１月２２日电（张京、陈辉）张家口地震灾区')?.reporters).toBe(
      '张京、陈辉',
    )
  })

  test('reads the 1998 corpus’s datelines: full-width and Chinese numerals, 讯, and a reporters clause', () => {
    expect(matchLeadingDateline('据新华社北京一月七日电由中共中央文献研究室')).toMatchObject({
      agency: '新华社',
      place: '北京',
      month: 1,
      day: 7,
    })
    expect(matchLeadingDateline('本报石家庄１月５日电记者何伟报道：面对市县区')).toMatchObject({
      text: '本报石家庄１月５日电记者何伟报道：',
      reporters: '记者何伟报道',
      day: 5,
    })
    expect(matchLeadingDateline('本报讯截至１９９７年底，新疆航空公司')?.text).toBe('本报讯')
    expect(matchLeadingDateline('本报电近日，中国银行业协会评选')?.text).toBe('本报电')
  })

  test('reads numbers as datelines print them', () => {
    expect(['12', '１２', '十二', '三十一', '二十', '七', '一九九八'].map(readNumber)).toEqual([
      12, 12, 12, 31, 20, 7, 1998,
    ])
  })
})
