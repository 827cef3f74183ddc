import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { formatQuery, parseQuery, positiveTerms, QueryError } from './parse-query.ts'
import { normalizeForSearch, normalizeWithOffsets } from './normalize-text.ts'

const texts = (clauses: { text: string }[][]) => clauses.map((clause) => clause.map((t) => t.text))

describe('parseQuery', () => {
  test('terms separated by spaces must all match', () => {
    expect(texts(parseQuery('新冠 肺炎').all)).toEqual([['新冠'], ['肺炎']])
  })

  test('a full-width space separates terms too', () => {
    expect(texts(parseQuery('新冠　肺炎').all)).toEqual([['新冠'], ['肺炎']])
  })

  test('a quoted phrase is one term, its spaces kept, in ASCII, Chinese or corner quotes', () => {
    expect(parseQuery('"新冠 肺炎"').all).toEqual([
      [{ text: '新冠 肺炎', forms: ['新冠 肺炎'], phrase: true }],
    ])
    expect(texts(parseQuery('“一带一路” 合作').all)).toEqual([['一带一路'], ['合作']])
    expect(texts(parseQuery('「脱贫攻坚」').all)).toEqual([['脱贫攻坚']])
    expect(texts(parseQuery('新冠"肺炎"').all)).toEqual([['新冠'], ['肺炎']])
  })

  test('OR joins alternatives into one clause', () => {
    expect(texts(parseQuery('疫情 OR 肺炎 武汉').all)).toEqual([['疫情', '肺炎'], ['武汉']])
    expect(texts(parseQuery('a OR b OR "c d"').all)).toEqual([['a', 'b', 'c d']])
  })

  test('lower-case or is a word, not an operator', () => {
    expect(texts(parseQuery('rock or roll').all)).toEqual([['rock'], ['or'], ['roll']])
  })

  test('a minus excludes a term or a phrase', () => {
    const query = parseQuery('疫情 -武汉 -"湖北 省"')
    expect(texts(query.all)).toEqual([['疫情']])
    expect(query.none.map((t) => t.text)).toEqual(['武汉', '湖北 省'])
  })

  test('a minus inside a word is part of it', () => {
    expect(texts(parseQuery('COVID-19').all)).toEqual([['COVID-19']])
    expect(parseQuery('COVID-19').all[0]![0]!.forms).toEqual(['covid-19'])
  })

  test('full-width letters and digits are their half-width selves (NFKC)', () => {
    expect(parseQuery('１９９８').all[0]![0]!.forms).toEqual(['1998'])
    expect(parseQuery('ＡＰＰ').all[0]![0]!.forms).toEqual(['app'])
  })

  test('traditional characters search for their simplified forms, and for themselves', () => {
    expect(parseQuery('習近平').all[0]![0]!.forms).toEqual(['习近平', '習近平'])
    expect(parseQuery('臺灣 發展').all.map((c) => c[0]!.forms[0])).toEqual(['台湾', '发展'])
  })

  test('simplified text comes through unchanged', () => {
    for (const word of ['疫情', '显著', '干部', '头发', '复工复产', '乾隆'])
      expect(parseQuery(word).all[0]![0]!.forms).toEqual([word])
  })

  test('positiveTerms lists the terms to find once each (brackets are text), formatQuery writes the query back', () => {
    const query = parseQuery('新冠 (肺炎 OR 疫情) 肺炎 -武汉')
    expect(positiveTerms(query).map((t) => t.text)).toEqual(['新冠', '(肺炎', '疫情)', '肺炎'])
    expect(formatQuery(parseQuery('習近平 "新冠 肺炎" 疫情 OR 复工 -武汉'))).toBe(
      '习近平 "新冠 肺炎" 疫情 OR 复工 -武汉',
    )
  })

  test.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['x'.repeat(201), 'TOO_LONG'],
    ['疫情\n肺炎', 'CONTROL_CHARACTER'],
    ['"新冠 肺炎', 'UNCLOSED_QUOTE'],
    ['“新冠肺炎', 'UNCLOSED_QUOTE'],
    ['""', 'EMPTY_PHRASE'],
    ['OR 疫情', 'DANGLING_OR'],
    ['疫情 OR', 'DANGLING_OR'],
    ['疫情 OR OR 肺炎', 'DANGLING_OR'],
    ['疫情 OR -武汉', 'DANGLING_OR'],
    ['疫情 - 武汉', 'EMPTY_EXCLUSION'],
    ['-武汉', 'ONLY_EXCLUSIONS'],
    ['一 二 三 四 五 六 七 八 九', 'TOO_MANY_TERMS'],
  ])('refuses %j with %s', (query, problem) => {
    expect(() => parseQuery(query)).toThrow(QueryError)
    try {
      parseQuery(query)
    } catch (error) {
      expect((error as QueryError).problem).toBe(problem)
    }
  })
})

describe('normalizeWithOffsets', () => {
  test('equals normalizeForSearch, and maps each normalized unit back to where it came from', () => {
    // From the seed page: full-width punctuation and digits, an ellipsis that NFKC makes three dots.
    const original = '１１.８万例，Ａ股…疫情'
    const { text, origin } = normalizeWithOffsets(original)
    expect(text).toBe(normalizeForSearch(original))
    expect(text).toBe('11.8万例,a股...疫情')
    const at = text.indexOf('疫情')
    expect(original.slice(origin[at], origin[at + 2])).toBe('疫情')
    expect(origin[text.indexOf('...')]).toBe(original.indexOf('…'))
    expect(origin.at(-1)).toBe(original.length)
  })
})

test('normalizeWithOffsets normalizes any text as normalizeForSearch does, offsets inside the text and in order', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.oneof(
          fc.constantFrom(
            '疫',
            '情',
            '，',
            '…',
            'Ａ',
            '１',
            'é',
            '\u0301',
            '㈠',
            'ﬁ',
            ' ',
            '가',
            '\u11a8',
            'ㄳ',
          ),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
        ),
      }),
      (text) => {
        const { text: normal, origin } = normalizeWithOffsets(text)
        expect(normal).toBe(normalizeForSearch(text))
        expect(origin).toHaveLength(normal.length + 1)
        for (let i = 1; i < origin.length; i++) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1]!)
        expect(origin.at(-1)).toBe(text.length)
      },
    ),
    { numRuns: 500, seed: 11 },
  )
})
