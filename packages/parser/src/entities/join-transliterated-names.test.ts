import { describe, expect, test } from 'vitest'
import { findTransliteratedNames } from './join-transliterated-names.ts'

describe('findTransliteratedNames', () => {
  // PKU 1998-01-19: `法国/ns 外长/n 于贝尔·韦德里纳/nr`. `于` is no transliteration character, so the run of
  // them alone stops at `贝尔`; the tagger's PERSON across the dot is the whole name.
  const text = '法国外长于贝尔·韦德里纳'

  test('keeps the tagger’s PERSON that already spans the joiner', () => {
    expect(findTransliteratedNames(text, [{ type: 'PERSON', start: 4, end: 12 }])).toEqual([])
  })

  test('joins the parts on its own where the tagger found no name across the joiner', () => {
    expect(findTransliteratedNames(text, [])).toEqual([{ type: 'PERSON', start: 5, end: 12 }])
  })
})
