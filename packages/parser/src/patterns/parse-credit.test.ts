// Specification of photo credit lines.
import { expect, test } from 'vitest'
import { isCreditLine } from './parse-credit.ts'

test('recognizes agency hand-outs, photographers and their sources', () => {
  for (const line of [
    '据新华社发',
    '新华社记者 肖艺九摄',
    '陈  勇摄（人民视觉）',
    '本报记者  赵益普  周之然摄',
    '马希平摄（新华社发）',
  ]) {
    expect(isCreditLine(line), line).toBe(true)
  }
})

test('does not take a sentence that ends in 摄 or 发 for a credit', () => {
  for (const line of [
    '他举起相机拍摄',
    '疫情防控关乎生命，复工复产关乎生计，全面出发',
    '新华社北京3月12日电',
  ]) {
    expect(isCreditLine(line), line).toBe(false)
  }
})
