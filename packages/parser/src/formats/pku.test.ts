import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import type { PkuParagraph } from './pku.ts'
import { describe, expect, test } from 'vitest'
import { parsePkuLine, readPkuCorpus, readPkuPage, splitNameLists } from './pku.ts'

const CORPUS = sharedPath('corpus/pku1998/199801-01-27.txt')

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

describe('splitNameLists', () => {
  const line = (id: string, tokens: string) => parsePkuLine(`${id}/m  ${tokens}`) as PkuParagraph
  const names = (p: PkuParagraph) => splitNameLists(p).map((e) => `${e.text}/${e.type[0]}`)

  test('splits a list of names printed back to back into its people', () => {
    // The first line of an article of 1998-01-01, trimmed.
    const p = line(
      '19980101-01-003-002',
      '江/nr  泽民/nr  李/nr  鹏/nr  乔/nr  石/nr  朱/nr  镕基/nr  与/p  万/m  名/q  首都/n  群众/n',
    )
    expect(p.entities.map((e) => e.text)).toEqual(['江泽民李鹏乔石朱镕基'])
    expect(names(p)).toEqual(['江泽民/P', '李鹏/P', '乔石/P', '朱镕基/P'])
  })

  test('keeps one name of two tokens whole, and the other entities as they are', () => {
    const leader = line('19980101-01-001-002', '中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr')
    expect(names(leader)).toEqual(['中共中央/O', '江泽民/P'])
    // The end of a paragraph: its two reporters.
    expect(names(line('19980101-02-013-003', '（/w  杜/nr  中武/nr  孙/nr  传刚/nr  ）/w'))).toEqual([
      '杜中武/P',
      '孙传刚/P',
    ])
  })

  test('gives a token that is no surname a person of its own', () => {
    // A whole line, a byline: a given name alone, then a surname and a given name.
    expect(names(line('19980102-04-001-002', '剑武/nr  安/nr  远远/nr'))).toEqual(['剑武/P', '安远远/P'])
  })
})

describe.skipIf(!hasShared)('readPkuCorpus on the real January 1998 corpus', () => {
  const articles = readPkuCorpus(hasShared ? readFileSync(CORPUS, 'utf8') : '')

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

describe.skipIf(!hasShared)('readPkuPage reads articles, not paragraphs', () => {
  const corpus = hasShared ? readFileSync(CORPUS, 'utf8').split(/\r?\n/) : []
  // The lines of one page of the corpus, as the seed hands them over.
  const page = (id: string) => readPkuPage(corpus.filter((line) => line.startsWith(`${id}-`)).join('\n'))
  const article = (id: string) => {
    const read = page(id.slice(0, 11))
    return read.items[read.articleNumbers.indexOf(Number(id.slice(12)))]!
  }
  const body = (item: ReturnType<typeof article>) =>
    item.sections.flatMap((s) => s.paragraphs.map((p) => p.text))

  test('a first paragraph that is a whole sentence stays in the text, and the item has no title', () => {
    // 1998-01-08, page 2, article 15: one paragraph, `本报讯…（祝谦）`.
    const brief = article('19980108-02-015')
    expect(brief.title).toBeNull()
    expect(brief.kind).toBe('brief')
    expect(body(brief)[0]).toMatch(/^本报讯截至１９９７年底，新疆航空公司已安全飞行４２年无事故。/)
    expect(brief.dateline?.text).toBe('本报讯')
    expect(brief.bylines).toEqual([{ text: '祝谦', agency: null, role: null, names: ['祝谦'] }])
  })

  test('a short first paragraph is the title; a line of names after it is the byline', () => {
    // 1998-01-05, page 3, article 2: `济南交警带头人` / `本报记者王锦鹄毛磊` / text.
    const story = article('19980105-03-002')
    expect(story.title).toBe('济南交警带头人')
    expect(story.bylines.map((b) => [b.agency, b.role, b.names])).toEqual([
      ['本报', '记者', ['王锦鹄', '毛磊']],
    ])
    expect(body(story)[0]).toMatch(/^１９９５年１０月１６日/)
  })

  test('the compilers’ picture notes are dropped, and （图片） makes the item a photo', () => {
    const speech = article('19980101-01-001')
    expect(speech.title).toBe('迈向充满希望的新世纪——一九九八年新年讲话')
    expect(speech.kind).toBe('article')
    const picture = article('19980112-01-006')
    expect([picture.title, picture.kind]).toEqual(['满洲里边贸持续发展', 'photo'])
    expect(article('19980106-07-005').kind).toBe('photo') // 图片新闻
  })

  test('a title run into its text is split at the dateline', () => {
    const story = article('19980122-05-012')
    expect(story.title).toBe('北京龙潭庙会韵味浓')
    expect(body(story)[0]).toMatch(/^本报讯北京第十五届龙潭庙会/)
  })

  test('keeps the gold spans on their text and numbers the items as the corpus does', () => {
    const read = page('19980101-01')
    expect(read.articleNumbers.slice(0, 3)).toEqual([1, 2, 3])
    for (const item of read.items) {
      for (const e of item.titleEntities) expect(item.title?.slice(e.start, e.end)).toBe(e.text)
      for (const p of item.sections.flatMap((s) => s.paragraphs))
        for (const e of p.entities) expect(p.text.slice(e.start, e.end)).toBe(e.text)
    }
  })
})
