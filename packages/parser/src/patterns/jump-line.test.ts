// Specification of jump lines: where a story goes on or comes from, in Chinese or Arabic numerals.
import { expect, test } from 'vitest'
import { matchJumpLine, trailingJumpStart } from './jump-line.ts'

test('reads the page a story continues on and the page it comes from', () => {
  expect(matchJumpLine('（下转第二版）')).toEqual({ direction: 'continues', page: 2 })
  expect(matchJumpLine('（上接第一版）')).toEqual({ direction: 'continued', page: 1 })
  expect(matchJumpLine('（转第12版）')).toEqual({ direction: 'continues', page: 12 })
  expect(matchJumpLine('接第十四版')).toEqual({ direction: 'continued', page: 14 })
})

test('does not take a sentence about pages, or page 0, for a jump line', () => {
  expect(matchJumpLine('本报今日出版16版')).toBeNull()
  expect(matchJumpLine('（下转第〇版）')).toBeNull()
  expect(matchJumpLine('转载请注明出处')).toBeNull()
})

test('finds a jump line run onto the end of the story’s last line', () => {
  expect(trailingJumpStart('出口欧美市场。（下转第二版）')).toBe(7)
  expect(trailingJumpStart('（下转第二版）')).toBe(-1)
  expect(trailingJumpStart('出口欧美市场。')).toBe(-1)
})
