import { describe, expect, test } from 'vitest'
import { type CitableArticle, citeArticle } from './citation.ts'

// ../shared/corpus/epaper/2020-01/20200102/20200102-04-01.txt: 本报记者张枨、方圆、范昊天…报道, page 4.
const report: CitableArticle = {
  title: '迈进新的一年 奋斗只争朝夕',
  bylines: [
    {
      names: ['张枨', '方圆', '范昊天', '吴君', '王云娜', '罗艾桦', '李刚', '曹玲娟', '刘峰'],
      agency: '人民日报',
    },
  ],
  datelineAgency: null,
  publication: '人民日报',
  date: '2020-01-02',
  page: 4,
  permalink: 'https://archive.example.org/articles/QXJ0aWNsZTox',
}

// The seed page's first story (../shared/pages/000_c2a65b4d6f57a7a3.txt): □新华社记者 王鹏 江琳; its paper and
// page are not known.
const feature: CitableArticle = {
  title: '抗疫情抓生产 筑堡垒当先锋',
  bylines: [{ names: ['王鹏', '江琳'], agency: '新华社' }],
  datelineAgency: '新华社',
  publication: '未知',
  date: '2020-03-13',
  page: 0,
  permalink: 'https://archive.example.org/articles/QXJ0aWNsZToy',
}

describe('citeArticle', () => {
  test('GB/T 7714: authors, title [N/OL], newspaper, date (page) [accessed], URL', () => {
    expect(citeArticle(feature, 'GBT7714', '2026-12-07')).toBe(
      '王鹏, 江琳. 抗疫情抓生产 筑堡垒当先锋[N/OL]. 未知, 2020-03-13[2026-12-07]. https://archive.example.org/articles/QXJ0aWNsZToy.',
    )
  })

  test('GB/T 7714 lists three authors, then 等, and the page in brackets', () => {
    expect(citeArticle(report, 'GBT7714', '2026-12-07')).toBe(
      '张枨, 方圆, 范昊天, 等. 迈进新的一年 奋斗只争朝夕[N/OL]. 人民日报, 2020-01-02(4)[2026-12-07]. https://archive.example.org/articles/QXJ0aWNsZTox.',
    )
  })

  test('Chicago: authors, “title,” newspaper, month day, year, URL; four or more authors as et al.', () => {
    expect(citeArticle(feature, 'CHICAGO', '2026-12-07')).toBe(
      '王鹏 and 江琳. “抗疫情抓生产 筑堡垒当先锋.” 未知, March 13, 2020. https://archive.example.org/articles/QXJ0aWNsZToy.',
    )
    expect(citeArticle(report, 'CHICAGO', '2026-12-07')).toMatch(
      /^张枨 et al\. “迈进新的一年 奋斗只争朝夕\.” 人民日报, January 2, 2020\./,
    )
  })

  test('with no names, the agency stands as author; with neither, the citation starts at the title', () => {
    const agency = { ...feature, bylines: [{ names: [], agency: '新华社' }] }
    expect(citeArticle(agency, 'GBT7714', '2026-12-07')).toMatch(/^新华社\. 抗疫情/)
    const nobody = { ...feature, bylines: [], datelineAgency: null }
    expect(citeArticle(nobody, 'GBT7714', '2026-12-07')).toMatch(/^抗疫情抓生产/)
    expect(citeArticle(nobody, 'CHICAGO', '2026-12-07')).toMatch(/^“抗疫情抓生产/)
  })
})
