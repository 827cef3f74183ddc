import { expect, test } from 'vitest'
import { toTimelineBars } from './timeline.ts'

test('fills the empty months between two mentions with zero bars', () => {
  const bars = toTimelineBars(
    [
      { period: '2020-03', count: 1 },
      { period: '2020-01', count: 3 },
    ],
    'MONTH',
  )
  expect(bars.map((b) => [b.period, b.count])).toEqual([
    ['2020-01', 3],
    ['2020-02', 0],
    ['2020-03', 1],
  ])
})

test('does not draw the two decades between 1998 and 2020, but marks the gap', () => {
  const bars = toTimelineBars(
    [
      { period: '1998-01', count: 5 },
      { period: '2020-01', count: 2 },
    ],
    'MONTH',
  )
  expect(bars).toEqual([
    { period: '1998-01', count: 5, afterGap: false },
    { period: '2020-01', count: 2, afterGap: true },
  ])
})

test('counts days across a month end', () => {
  const bars = toTimelineBars(
    [
      { period: '2020-01-31', count: 1 },
      { period: '2020-02-02', count: 1 },
    ],
    'DAY',
  )
  expect(bars.map((b) => b.period)).toEqual(['2020-01-31', '2020-02-01', '2020-02-02'])
})
