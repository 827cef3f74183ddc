// Specification of line splitting.
import { expect, test } from 'vitest'
import { splitLines } from './split-lines.ts'

test('numbers lines from 1, trims them and marks blank and indented ones', () => {
  expect(splitLines(' □新华社记者 王鹏\n\u00a0 \n\u3000\u3000正文')).toEqual([
    { no: 1, text: '□新华社记者 王鹏', blank: false, indented: false },
    { no: 2, text: '', blank: true, indented: false },
    { no: 3, text: '正文', blank: false, indented: true },
  ])
})
