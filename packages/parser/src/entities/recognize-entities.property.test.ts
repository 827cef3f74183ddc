import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { EntitySpan } from '../types.ts'
import { recognizeDocumentEntities, recognizeEntities } from './recognize-entities.ts'

// Pieces of newspaper text, so that generated inputs hit the tagger's and the rules' real paths.
const PIECES = [
  '习近平',
  '总书记',
  '谭德塞',
  '世卫组织',
  '世界卫生组织',
  '四川',
  '泸州市',
  '记者',
  '新华社',
  '（',
  '）',
  '、',
  '·',
  '-',
  ' ',
  '\u3000',
  '玛丽亚',
  '范凯尔克霍弗',
  '光大银行',
  '北京',
  '分行',
  '说',
  '。',
  '，',
  '１９９８年',
  '\r\n',
  '党员',
  '复工复产',
  '\ud83d',
  '\ude00',
]
const newspaperish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 40 })
  .map((parts) => parts.join(''))
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), newspaperish)

function checkSpans(text: string, spans: readonly EntitySpan[]): void {
  let previousEnd = 0
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd)
    expect(span.end).toBeGreaterThan(span.start)
    expect(span.end).toBeLessThanOrEqual(text.length)
    expect(span.text).toBe(text.slice(span.start, span.end))
    expect(['PERSON', 'LOCATION', 'ORGANIZATION']).toContain(span.type)
    expect(span.canonical.startsWith(`${span.type}:`)).toBe(true)
    previousEnd = span.end
  }
}

describe('recognizeEntities on any input', () => {
  test('keeps spans inside the text, in order, never overlapping, each the slice it points at', () => {
    fc.assert(
      fc.property(anyText, (text) => checkSpans(text, recognizeEntities(text))),
      { numRuns: 400 },
    )
  })

  test('keeps the same guarantees per field in document mode', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 5 }), (fields) => {
        const result = recognizeDocumentEntities(fields)
        expect(result).toHaveLength(fields.length)
        fields.forEach((text, i) => checkSpans(text, result[i] ?? []))
      }),
      { numRuns: 150 },
    )
  })
})
