import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { loadNerModel } from '../ner/load-model.ts'
import { entityCandidates } from '../ner/ner-model.ts'
import { nameSupport } from './name-support.ts'
import { NAME_SUPPORT, recognizeDocumentEntities, recognizeEntities } from './recognize-entities.ts'

const model = loadNerModel()

// An e-edition article: its title lines and paragraphs, one field each, as parsePage gives them.
function article(path: string): string[] {
  return readFileSync(sharedPath(`corpus/epaper/${path}`), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}
const candidatesOf = (fields: readonly string[]) => fields.map((f) => entityCandidates(model, f, 0.02))

describe.skipIf(!hasShared)('name support', () => {
  // People's Daily, 2020-02-14, page 20: an essay on Chinese science fiction that says `科幻` 80 times.
  const essay = hasShared ? article('2020-02/20200214/20200214-20-01.txt') : []
  const people = (spans: readonly { type: string; text: string }[][]) =>
    spans.flat().filter((e) => e.type === 'PERSON' && e.text === '科幻').length

  test('is low for a word the tagger takes for a person in a few of its many occurrences', () => {
    const alone = essay.map((field) => recognizeEntities(field))
    expect(people(alone)).toBeGreaterThanOrEqual(10)
    const support = nameSupport(new Map([['科幻', 'PERSON']]), essay, candidatesOf(essay), 0.4)
    expect(support.get('科幻')).toBeLessThan(NAME_SUPPORT)
  })

  test('keeps such a word out of document mode instead of copying it through the article', () => {
    expect(people(recognizeDocumentEntities(essay))).toBe(0)
    expect(people(recognizeDocumentEntities(essay, { support: 0 }))).toBeGreaterThan(40)
  })

  // People's Daily, 2020-01-03, page 4: `国务院` alone once, and inside `国务院扶贫开发领导小组` and `国务院扶贫办`.
  test('does not count the occurrences inside a surer, longer name', () => {
    const report = article('2020-01/20200103/20200103-04-02.txt')
    const occurrences = report.join('\n').split('国务院').length - 1
    expect(occurrences).toBeGreaterThanOrEqual(3)
    const support = nameSupport(new Map([['国务院', 'ORGANIZATION']]), report, candidatesOf(report), 0.4)
    expect(support.get('国务院')).toBeGreaterThan(0.9)
    expect(recognizeDocumentEntities(report).flat()).toContainEqual(
      expect.objectContaining({ text: '国务院', type: 'ORGANIZATION' }),
    )
  })
})
