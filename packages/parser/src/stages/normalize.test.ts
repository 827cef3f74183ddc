// Specification of text normalization.
import { describe, expect, test } from 'vitest'
import { normalize } from './normalize.ts'

describe('normalize', () => {
  test('drops a byte-order mark and turns CRLF and CR into LF', () => {
    expect(normalize('\uFEFF标题\r\n正文\r结尾')).toBe('标题\n正文\n结尾')
  })

  test('turns the U+22EF ellipsis of PDF fonts into …', () => {
    expect(normalize('紧急状态⋯⋯')).toBe('紧急状态……')
  })

  test('folds full-width digits and Latin letters to ASCII and leaves everything else alone', () => {
    expect(normalize('３月１２日ＡＲＪ２１，“空中课堂”　□')).toBe('3月12日ARJ21，“空中课堂”　□')
  })

  test('keeps the number of lines', () => {
    expect(normalize('a\r\n\r\nb\n').split('\n')).toHaveLength(4)
  })
})
