// Specification of line endings.
import { expect, test } from 'vitest'
import { endsLikeDisplay, hasSentenceBreak, lineEnding } from './punctuation.ts'

test('tells sentence ends, lead-ins and run-on lines apart', () => {
  expect(lineEnding('展，是一次大战，也是一次大考。')).toBe('sentence')
  expect(lineEnding('“我是书记，我先上！”')).toBe('sentence')
  expect(lineEnding('从上游到下游，助力打通产业链——')).toBe('lead-in')
  expect(lineEnding('疫情防控关乎生命，复工复产关乎生计，一')).toBe('open')
  expect(lineEnding('通道——\u3000 ')).toBe('lead-in')
  expect(lineEnding('一次大考。\t')).toBe('sentence')
  expect(lineEnding('—')).toBe('open')
  expect(lineEnding(' \u3000')).toBe('open')
})

test('lets a title end in a closing quote or genre tag but not in a finished sentence', () => {
  expect(endsLikeDisplay('“空中课堂”')).toBe(true)
  expect(endsLikeDisplay('汇聚起守望相助的力量（人民时评）')).toBe(true)
  expect(endsLikeDisplay('我是党员，让我来！”')).toBe(false)
  expect(hasSentenceBreak('军令如山。闻令而动')).toBe(true)
  expect(hasSentenceBreak('扛起责任，把初心写在抗疫一线')).toBe(false)
})
