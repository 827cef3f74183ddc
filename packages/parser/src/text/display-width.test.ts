// Specification of display width.
import { expect, test } from 'vitest'
import { displayWidth } from './display-width.ts'

test('counts a CJK character as one unit and an ASCII character as half', () => {
  expect(displayWidth('新冠肺炎')).toBe(4)
  expect(displayWidth('N95口罩')).toBe(3.5)
  expect(displayWidth('𠮷')).toBe(1)
})
