// Specification of reading numbers as print writes them: page numbers, days and years.
import { expect, test } from 'vitest'
import { readNumeral } from './read-numeral.ts'

test('reads page numbers in Chinese numerals up to the twenties', () => {
  expect([readNumeral('二'), readNumeral('十'), readNumeral('十二'), readNumeral('二十')]).toEqual([
    2, 10, 12, 20,
  ])
  expect(readNumeral('二十四')).toBe(24)
  expect(readNumeral('十十')).toBeNull()
})

test('reads full-width digits and years written digit by digit', () => {
  expect(readNumeral('１２')).toBe(12)
  expect(readNumeral('一九九八')).toBe(1998)
  expect(readNumeral('三十一')).toBe(31)
  expect(readNumeral('第二')).toBeNull()
})
