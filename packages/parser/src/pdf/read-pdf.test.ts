import { expect, test } from 'vitest'
import { foldGlyphs } from './read-pdf.ts'

test('folds glyphs that embedded CJK fonts map to radicals, and the two-em dash, leaving punctuation alone', () => {
  // > | 新冠肺炎疫情发⽣   ⺠族   ⻓江   ⸺习近平主席…
  expect(foldGlyphs('疫情发⽣，⺠族⻓江：⸺启示录')).toBe('疫情发生，民族长江：——启示录')
})
