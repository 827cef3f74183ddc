import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parsePkuLine } from '../formats/pku.ts'
import { ENTITY_TYPES, isAllowedTransition, spansToTags, tagsToSpans, type TypedSpan } from './tags.ts'

describe('BIES tags for entities and words', () => {
  test('encode a two-character PERSON as B E and a one-character LOCATION as S, other characters as one-character words', () => {
    const spans: TypedSpan[] = [
      { type: 'PERSON', start: 0, end: 2 },
      { type: 'LOCATION', start: 3, end: 4 },
    ]
    expect([...spansToTags(5, spans)]).toEqual([0, 2, 15, 7, 15])
    expect(tagsToSpans(spansToTags(5, spans))).toEqual(spans)
  })

  test('place the characters outside entities in the corpus’s words', () => {
    const paragraph = parsePkuLine('19980101-01-001-002/m  国家/n  主席/n  江/nr  泽民/nr')
    if (!paragraph) throw new Error('the line has an id')
    const tags = spansToTags(paragraph.text.length, paragraph.entities, paragraph.tokens)
    // 国家 主席: B E, B E of a word; 江泽民: B I E of a PERSON.
    expect([...tags]).toEqual([12, 14, 12, 14, 0, 1, 2])
    expect(tagsToSpans(tags)).toEqual([{ type: 'PERSON', start: 4, end: 7 }])
  })

  test('decode back exactly the disjoint spans they encode', () => {
    const disjoint = fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 4 }), fc.nat(2)), {
      maxLength: 8,
    })
    fc.assert(
      fc.property(disjoint, (parts) => {
        const spans: TypedSpan[] = []
        let at = 0
        for (const [gap, length, k] of parts) {
          spans.push({ type: ENTITY_TYPES[k] ?? 'PERSON', start: at + gap, end: at + gap + length })
          at += gap + length
        }
        expect(tagsToSpans(spansToTags(at + 1, spans))).toEqual(spans)
      }),
    )
  })

  test('allow only I or E of the same type inside an open span, so an entity never starts inside a word', () => {
    expect(isAllowedTransition(0, 1)).toBe(true) // B-PER → I-PER
    expect(isAllowedTransition(0, 6)).toBe(false) // B-PER → E-LOC
    expect(isAllowedTransition(0, 15)).toBe(false) // B-PER → S-word
    expect(isAllowedTransition(-1, 2)).toBe(false) // start → E-PER
    expect(isAllowedTransition(2, 4)).toBe(true) // E-PER → B-LOC
    expect(isAllowedTransition(12, 0)).toBe(false) // B-word → B-PER
    expect(isAllowedTransition(14, 0)).toBe(true) // E-word → B-PER
  })
})
