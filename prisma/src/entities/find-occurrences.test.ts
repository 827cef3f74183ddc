// Specification of the one-pass search for many names in many texts.
import { expect, test } from 'vitest'
import { createOccurrenceFinder } from './find-occurrences.ts'

const occurrences = (patterns: string[], text: string) => {
  const found: string[] = []
  createOccurrenceFinder(patterns).scan(text, (p, at) => found.push(`${patterns[p]}@${at}`))
  return found.sort()
}

test('finds every occurrence of every name, nested and overlapping ones included', () => {
  // 2020-02 e-edition: `众志成城` and the fragment the tagger took from it.
  expect(occurrences(['众志成', '众志成城', '志成'], '众志成城、共克时艰，众志成城')).toEqual([
    '众志成@0',
    '众志成@10',
    '众志成城@0',
    '众志成城@10',
    '志成@1',
    '志成@11',
  ])
})

test('follows a failed match to the longest suffix that is a prefix of another name', () => {
  expect(occurrences(['武汉协和医院', '协和医院'], '武汉协和医院与北京协和医院')).toEqual([
    '协和医院@2',
    '协和医院@9',
    '武汉协和医院@0',
  ])
})
