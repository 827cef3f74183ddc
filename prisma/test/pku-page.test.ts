import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { expect, test } from 'vitest'
import { pkuPage } from '../src/seed/pku-page.ts'

const CORPUS = sharedPath('corpus/pku1998/199801-01-27.txt')

// People's Daily, 1998-01-05, page 3, article 1: a party worker named `黄开发`, then `老黄` in his own words.
test('a PKU page links a short name of the corpus to the one full name with its surname in the article', (context) => {
  context.skip(!hasShared)
  const lines = readFileSync(CORPUS, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.startsWith('19980105-03-001-'))
  const [article] = pkuPage(lines.join('\n'), 1, '人民日报').parsed.items
  const people = [
    ...(article?.titleEntities ?? []),
    ...(article?.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.entities)) ?? []),
  ].filter((e) => e.type === 'PERSON')
  expect(people).toContainEqual(expect.objectContaining({ text: '黄开发', canonical: 'PERSON:黄开发' }))
  expect(people).toContainEqual(expect.objectContaining({ text: '老黄', canonical: 'PERSON:黄开发' }))
})
