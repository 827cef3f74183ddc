// Specification of furniture signs: what mastheads, running heads and colophons say about themselves.
import { expect, test } from 'vitest'
import {
  FURNITURE_COLOPHON,
  FURNITURE_DATE,
  FURNITURE_NAME,
  FURNITURE_PAPER,
  FURNITURE_SERIAL,
  FURNITURE_URL,
  furnitureSigns,
} from './furniture.ts'

test('recognizes the date lines of a masthead, split or whole', () => {
  for (const line of ['2024年10月', '16 日 星期三', '2020年1月9日 星期四'])
    expect(furnitureSigns(line) & FURNITURE_DATE).toBeTruthy()
})

test('recognizes issue numbers, serials and the paper’s name', () => {
  expect(furnitureSigns('国内统一连续出版物号 CN11-0014') & FURNITURE_SERIAL).toBeTruthy()
  expect(furnitureSigns('第13582期 今日16版') & FURNITURE_SERIAL).toBeTruthy()
  expect(furnitureSigns('经 济 日 报') & FURNITURE_PAPER).toBeTruthy()
  expect(furnitureSigns('网址：www.example.com.cn') & FURNITURE_URL).toBeTruthy()
})

test('recognizes a colophon’s roles and the names set after a slash', () => {
  expect(furnitureSigns('本期值班副总编 / 王晓 责任编辑 / 李刚') & FURNITURE_COLOPHON).toBeTruthy()
  expect(furnitureSigns('/ 李刚') & FURNITURE_NAME).toBeTruthy()
})

test('finds nothing in running text, even text that names a date', () => {
  for (const line of [
    '新冠肺炎疫情发生以来，各级党组织和广大',
    '3月12日，在广西南宁市武鸣区',
    '记者从公安部获悉，截至2019年底',
  ])
    expect(furnitureSigns(line), line).toBe(0)
})
