// Specification of credit lines: photo credits and the page staff's.
import { expect, test } from 'vitest'
import { isCreditLine, isStaffCreditLine } from './parse-credit.ts'

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

// Lines from the e-edition's closing credits (2020-01 and 2020-02).
test("recognizes the page staff's credits, with one name or several run together", () => {
  for (const line of [
    '　　版式设计：蔡华伟',
    '版式设计：蔡华伟郭祥',
    '版式设计　张丹峰',
    '版式设计  蔡华伟',
    '本版制图：张丹峰 ',
    '制图：汪哲平',
  ]) {
    expect(isStaffCreditLine(line), line).toBe(true)
  }
})

test('does not take a sentence about drawing or a data source for a staff credit', () => {
  for (const line of [
    '现在学会了用电脑制图，几乎可以做到误差在1毫米以内。',
    '数据来源：本报及新华社报道',
    '图片来源：影像中国',
    '版式设计是一门学问',
  ]) {
    expect(isStaffCreditLine(line), line).toBe(false)
  }
})
