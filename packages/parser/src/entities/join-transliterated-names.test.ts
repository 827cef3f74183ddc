import { describe, expect, test } from 'vitest'
import { findTransliteratedNames, joinTouchingTransliterations } from './join-transliterated-names.ts'

describe('findTransliteratedNames', () => {
  // PKU 1998-01-19: `法国/ns 外长/n 于贝尔·韦德里纳/nr`. `于` is no transliteration character, so the run of
  // them alone stops at `贝尔`; the tagger's PERSON across the dot is the whole name.
  const text = '法国外长于贝尔·韦德里纳'

  test('keeps the tagger’s PERSON that already spans the joiner whole', () => {
    expect(findTransliteratedNames(text, [{ type: 'PERSON', start: 4, end: 12 }])).toEqual([
      { type: 'PERSON', start: 4, end: 12 },
    ])
  })

  test('joins the parts on its own where the tagger found no name across the joiner', () => {
    expect(findTransliteratedNames(text, [])).toEqual([{ type: 'PERSON', start: 5, end: 12 }])
  })

  test('stretches the tagger’s PERSON across the joiner to the run of transliteration characters', () => {
    // PKU 1998-01-20: `助理/n 次官/n 格雷厄姆·弗赖/nr 参加/v`; the tagger found `雷厄姆·弗赖`.
    const visit = '助理次官格雷厄姆·弗赖参加了会谈'
    expect(findTransliteratedNames(visit, [{ type: 'PERSON', start: 5, end: 11 }])).toEqual([
      { type: 'PERSON', start: 4, end: 11 },
    ])
  })

  test('leaves a title before the name out of it', () => {
    // PKU 1998-01-21: `文莱/ns 苏丹/ns 哈桑纳尔·博尔基亚/nr`; every character of `苏丹` also spells names.
    expect(findTransliteratedNames('文莱苏丹哈桑纳尔·博尔基亚、', [])).toEqual([
      { type: 'PERSON', start: 4, end: 13 },
    ])
    // PKU 1998-01-23: `拉卜楞寺/ns 活佛/n 嘉木样·洛桑久美·图丹却吉尼玛/nr`; the tagger began at `佛`.
    const lama = '拉卜楞寺活佛嘉木样·洛桑久美·图丹却吉尼玛等也参与了'
    expect(findTransliteratedNames(lama, [{ type: 'PERSON', start: 5, end: 21 }])).toEqual([
      { type: 'PERSON', start: 6, end: 21 },
    ])
  })
})

describe('joinTouchingTransliterations', () => {
  // People's Daily 2020-01-16, page 2: the tagger cut the name where `格奥尔` (Georgi) would end.
  const text = '分别会见国际货币基金组织总裁格奥尔基耶娃，'
  const org = { type: 'ORGANIZATION', start: 4, end: 12 } as const

  test('joins touching PERSON spans spelled only in transliteration characters', () => {
    const halves = [
      org,
      { type: 'PERSON', start: 14, end: 17 },
      { type: 'PERSON', start: 17, end: 20 },
    ] as const
    expect(joinTouchingTransliterations(text, halves)).toEqual([org, { type: 'PERSON', start: 14, end: 20 }])
  })

  test('leaves Chinese names printed one after the other apart', () => {
    // PKU 1998-01-01: `江/nr 泽民/nr 李/nr 鹏/nr …` in a list of leaders without separators.
    const leaders = [
      { type: 'PERSON', start: 0, end: 3 },
      { type: 'PERSON', start: 3, end: 5 },
    ] as const
    expect(joinTouchingTransliterations('江泽民李鹏', leaders)).toEqual(leaders)
  })

  test('joins nothing across a gap or another type', () => {
    const apart = [
      { type: 'PERSON', start: 0, end: 3 },
      { type: 'LOCATION', start: 3, end: 5 },
      { type: 'PERSON', start: 6, end: 9 },
    ] as const
    expect(joinTouchingTransliterations('格奥尔巴西、基耶娃', apart)).toEqual(apart)
  })
})
