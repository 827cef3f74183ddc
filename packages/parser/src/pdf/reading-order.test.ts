import { expect, test } from 'vitest'
import { readingOrder } from './reading-order.ts'

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 })

test('reads the columns under a headline left to right, then the article under a rule that spans them', () => {
  const boxes = [
    box(0, 0, 300, 30), // 0 headline over two columns
    box(160, 40, 300, 200), // 1 second column
    box(0, 40, 140, 200), // 2 first column
    box(0, 210, 300, 211), // 3 rule
    box(160, 220, 300, 300), // 4 next article, right column
    box(0, 220, 140, 300), // 5 next article, left column
  ]
  expect(readingOrder(boxes)).toEqual([0, 2, 1, 3, 5, 4])
})

test('reads a region whole before a photo under it, though the photo lies left of its last column', () => {
  const boxes = [box(0, 0, 600, 20), box(0, 30, 280, 200), box(320, 30, 600, 180), box(0, 230, 280, 300)]
  const region = { members: [0, 1, 2], box: box(0, 0, 600, 200) }
  expect(readingOrder(boxes, [region])).toEqual([0, 1, 2, 3])
  expect(readingOrder(boxes)).not.toEqual([0, 1, 2, 3])
})
