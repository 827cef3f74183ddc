// Specification of extraction-space removal.
import { expect, test } from 'vitest'
import { cleanDisplay, cleanSpaces } from './clean-spaces.ts'

test('removes extraction spaces next to CJK characters and inside numbers with units', () => {
  expect(cleanSpaces('病例累计超过 11.8 万例，欧盟 27国无一免')).toBe('病例累计超过11.8万例，欧盟27国无一免')
  expect(cleanSpaces('3 月 12 日')).toBe('3月12日')
})

test('keeps one space between Latin words', () => {
  expect(cleanSpaces('The  Lancet 发表')).toBe('The Lancet发表')
})

test('keeps the space between the phrases of a heading, collapsed to one', () => {
  expect(cleanDisplay('全球同战　 刻不容缓')).toBe('全球同战 刻不容缓')
  expect(cleanDisplay('2019 年全国')).toBe('2019年全国')
})

test('leaves text that is not well-formed UTF-16 as it was, apart from its spaces', () => {
  expect(cleanSpaces('\ud800 文 字 \udc00')).toBe('\ud800文字\udc00')
})
