import { describe, expect, test } from 'vitest'
import { segmentText } from './segments.ts'

const xi = { id: 'RW50aXR5OjE=', name: '习近平', type: 'PERSON' }
const wuhan = { id: 'RW50aXR5OjI=', name: '武汉市', type: 'LOCATION' }

describe('segmentText', () => {
  test('cuts a paragraph into plain runs and linked mentions, losing no character', () => {
    const text = '习近平在武汉考察'
    const segments = segmentText(text, [
      { start: 4, end: 6, entity: wuhan },
      { start: 0, end: 3, entity: xi },
    ])
    expect(segments).toEqual([
      { text: '习近平', entity: xi },
      { text: '在' },
      { text: '武汉', entity: wuhan },
      { text: '考察' },
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  test('drops a mention that overlaps an earlier one or falls outside the text', () => {
    const segments = segmentText('习近平指出', [
      { start: 0, end: 3, entity: xi },
      { start: 2, end: 4, entity: wuhan },
      { start: 4, end: 9, entity: wuhan },
    ])
    expect(segments).toEqual([{ text: '习近平', entity: xi }, { text: '指出' }])
  })
})
