import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parsePkuLine, readPkuCorpus } from './pku.ts'

const CORPUS = new URL('../../../../../shared/corpus/pku1998/199801-01-27.txt', import.meta.url)

describe('parsePkuLine', () => {
  test('joins adjacent nr tokens into one PERSON', () => {
    const p = parsePkuLine(
      '19980101-01-001-002/m  中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr  ',
    )
    expect(p?.text).toBe('中共中央总书记、国家主席江泽民')
    expect(p?.entities).toEqual([
      { text: '中共中央', type: 'ORGANIZATION', start: 0, end: 4 },
      { text: '江泽民', type: 'PERSON', start: 12, end: 15 },
    ])
  })

  test('reads a bracketed compound as one entity of its outer tag and ignores the tags inside', () => {
    const p = parsePkuLine(
      '19980101-01-001-006/m  通过/p  [中国/ns  国际/n  广播/vn  电台/n]nt  和/c  [香港/ns  特别/a  行政区/n]ns  ',
    )
    expect(p?.entities).toEqual([
      { text: '中国国际广播电台', type: 'ORGANIZATION', start: 2, end: 10 },
      { text: '香港特别行政区', type: 'LOCATION', start: 11, end: 18 },
    ])
  })

  test('gives no entity for a compound whose outer tag is not nr, ns or nt', () => {
    const p = parsePkuLine('19980110-01-001-001/m  [中国/ns  人民/n  政治/n  协商/vn  会议/n]nz  ')
    expect(p?.text).toBe('中国人民政治协商会议')
    expect(p?.entities).toEqual([])
  })

  test('keeps full-width digits as printed and returns null for a line without an id', () => {
    expect(parsePkuLine('19980101-01-001-004/m  １２月/t  ３１日/t  ')?.text).toBe('１２月３１日')
    expect(parsePkuLine('')).toBeNull()
  })
})

describe('readPkuCorpus on the real January 1998 corpus', () => {
  const articles = readPkuCorpus(readFileSync(CORPUS, 'utf8'))

  test('groups paragraphs into articles titled by their first paragraph', () => {
    const first = articles[0]
    expect(first?.id).toBe('19980101-01-001')
    expect(first?.date).toBe('1998-01-01')
    expect(first?.page).toBe(1)
    expect(first?.title).toBe('迈向充满希望的新世纪——一九九八年新年讲话（附图片１张）')
    expect(new Set(articles.map((a) => a.date.slice(0, 7)))).toEqual(new Set(['1998-01']))
    expect(articles.length).toBeGreaterThan(2700)
  })

  test('yields gold spans that are exactly the text they point at', () => {
    let checked = 0
    for (const article of articles) {
      for (const p of article.paragraphs) {
        for (const e of p.entities) {
          expect(p.text.slice(e.start, e.end)).toBe(e.text)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(45_000)
  })
})
