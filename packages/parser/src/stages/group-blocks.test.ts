// Specification of block grouping: display blocks, body chunks and the blank lines between them.
import { expect, test } from 'vitest'
import { classifyLines } from './classify-lines.ts'
import { groupBlocks } from './group-blocks.ts'
import { splitLines } from './split-lines.ts'

const kinds = (text: string): [string, number, number][] =>
  groupBlocks(classifyLines(splitLines(text))).map((b) => [b.kind, ...b.lines])

test('sets a two-line heading between blank lines apart from the body around it', () => {
  const text = [
    '让党旗在复工复产一线高高飘扬。',
    '',
    '发挥党的组织优势',
    '吹响复工复产集结号',
    '',
    '“加强疫情防控这根弦不能松。”',
  ].join('\n')
  expect(kinds(text)).toEqual([
    ['body', 1, 1],
    ['display', 3, 4],
    ['body', 6, 6],
  ])
})

test('joins body chunks across blank lines left by column extraction', () => {
  const text = [
    '疫情防控关乎生命，复工复产关乎生计，一',
    '',
    '个都不能少！统筹做好疫情防控和经济社会发',
    '展，是一次大战。',
  ].join('\n')
  expect(kinds(text)).toEqual([['body', 1, 4]])
})

test('does not take a fragment for a heading when the text before it runs on', () => {
  const text = [
    '帮助企业解决物资保障。口罩采买困难、消杀物资不',
    '',
    '足的问题',
    '',
    '准备复工的江苏常州老三集团，由于防疫物资不足。',
  ]
  expect(kinds(text.join('\n'))).toEqual([['body', 1, 5]])
})

test('does not take a first line cut off by a blank line for a heading', () => {
  const text = [
    '决胜脱贫在今朝',
    '',
    '总有一些年份，注定会在时间的坐标上镌',
    '',
    '刻下熠熠生辉的印记，习近平总书记在新年贺',
    '词中指出，二〇二〇年是脱贫攻坚决战决胜',
    '之年。',
  ].join('\n')
  expect(kinds(text)).toEqual([
    ['display', 1, 1],
    ['body', 3, 7],
  ])
})

test('stands bylines, datelines and credits on their own and gathers consecutive bylines', () => {
  const text = ['□新华社记者 王鹏', '人民日报记者 江琳', '', '正文。', '', '（新华社北京3月12日电）'].join(
    '\n',
  )
  expect(kinds(text)).toEqual([
    ['bylines', 1, 2],
    ['body', 4, 4],
    ['dateline', 6, 6],
  ])
})

test('does not take a first line that opens with a dateline for a title', () => {
  const text = [
    '国务院任免国家工作人员',
    '',
    '新华社北京1月4日电国务院任免国家工作',
    '',
    '人员。',
    '任命朱咏雷为国家广播电视总局副局长。',
  ]
  expect(kinds(text.join('\n'))).toEqual([
    ['display', 1, 1],
    ['body', 3, 6],
  ])
})

test('lets a kicker end in a colon when a title follows it', () => {
  const text = ['李达：', '战功赫赫 智勇双全（为了民族复兴·英雄烈士谱）', '', '李达将军的雕像一身戎装。']
  expect(kinds(text.join('\n'))).toEqual([
    ['display', 1, 2],
    ['body', 4, 4],
  ])
})
