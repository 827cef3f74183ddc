import { describe, expect, test } from 'vitest'
import { findTransliteratedNames } from './join-transliterated-names.ts'

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
