// Specification of cutting compound lines: two headlines side by side, a jump line run onto text.
import { expect, test } from 'vitest'
import { splitCompoundLines } from './split-compound-lines.ts'
import { splitLines } from './split-lines.ts'

const parts = (text: string) => splitCompoundLines(splitLines(text)).map((l) => [l.no, l.part, l.text])

test('cuts a letter-spaced headline glued after another, keeping both on the line’s number', () => {
  expect(parts('全国春耕生产进展顺利 国 务 院 召 开')).toEqual([
    [1, 'head', '全国春耕生产进展顺利'],
    [1, 'glued', '国 务 院 召 开'],
  ])
})

test('leaves a headline spaced out from its start whole, as a masthead is', () => {
  expect(parts('经 济 日 报')).toEqual([[1, 'whole', '经 济 日 报']])
})

test('leaves running text with spaced numbers whole', () => {
  expect(parts('历时 3 天 3 夜，他们从')).toEqual([[1, 'whole', '历时 3 天 3 夜，他们从']])
})

test('cuts a jump line off the end of a story’s last line', () => {
  expect(parts('出口欧美市场。（下转第二版）')).toEqual([
    [1, 'head', '出口欧美市场。'],
    [1, 'jump', '（下转第二版）'],
  ])
})
