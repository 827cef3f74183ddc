// Specification of line classification.
import { expect, test } from 'vitest'
import { classifyLines } from './classify-lines.ts'
import { splitLines } from './split-lines.ts'

const roles = (text: string): string[] => classifyLines(splitLines(text)).map((l) => l.role)

test('tells bylines, datelines, credits, text and blank lines apart', () => {
  expect(roles('□新华社记者 王鹏\n\n（新华社北京3月12日电）\n据新华社发\n疫情防控关乎生命，')).toEqual([
    'byline',
    'blank',
    'dateline',
    'credit',
    'text',
  ])
})

test('reads a photographer’s byline as a credit, not a byline', () => {
  expect(roles('新华社记者 肖艺九摄')).toEqual(['credit'])
})

test('measures CJK characters as one unit and ASCII as half', () => {
  const [line] = classifyLines(splitLines('14亿多中国人民'))
  expect(line?.width).toBe(7)
  expect(line?.ending).toBe('open')
})
