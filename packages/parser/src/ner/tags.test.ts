import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { ENTITY_TYPES, isAllowedTransition, spansToTags, tagsToSpans, type TypedSpan } from './tags.ts'

describe('BIOES tags', () => {
  test('encode a two-character PERSON as B E and a one-character LOCATION as S', () => {
    const spans: TypedSpan[] = [
      { type: 'PERSON', start: 0, end: 2 },
      { type: 'LOCATION', start: 3, end: 4 },
    ]
    expect([...spansToTags(5, spans)]).toEqual([1, 3, 0, 8, 0])
    expect(tagsToSpans(spansToTags(5, spans))).toEqual(spans)
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

  test('allow only I or E of the same type inside an open span', () => {
    expect(isAllowedTransition(1, 2)).toBe(true) // B-PER → I-PER
    expect(isAllowedTransition(1, 7)).toBe(false) // B-PER → E-LOC
    expect(isAllowedTransition(1, 0)).toBe(false) // B-PER → O
    expect(isAllowedTransition(-1, 3)).toBe(false) // start → E-PER
    expect(isAllowedTransition(3, 5)).toBe(true) // E-PER → B-LOC
  })
})
