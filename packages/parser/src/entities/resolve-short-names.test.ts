import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { recognizeDocumentEntities } from './recognize-entities.ts'
import { shortNameSurname } from './resolve-short-names.ts'

// An e-edition article, one field a line, as parsePage gives its title and paragraphs.
function article(path: string): string[] {
  return readFileSync(sharedPath(`corpus/epaper/${path}`), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}
const SURNAMES = new Set('吴王李赵')
const isSurname = (c: string) => SURNAMES.has(c)

describe('short names', () => {
  test('stand on a surname: alone, after 老 or 小, or before an address term', () => {
    expect(['王', '老吴', '小李', '赵大爷', '李阿姨'].map((n) => shortNameSurname(n, isSurname))).toEqual([
      '王',
      '吴',
      '李',
      '赵',
      '李',
    ])
    expect(['吴祥忠', '老舍', '小林觉', '王毅'].map((n) => shortNameSurname(n, isSurname))).toEqual([
      null,
      null,
      null,
      null,
    ])
  })

  // People's Daily, 2020-02-03, page 13: `老吴名叫吴祥忠` and `老吴` eight times.
  test('take the canonical id of the one full name in the document with their surname', (context) => {
    context.skip(!hasShared)
    const fields = article('2020-02/20200203/20200203-13-01.txt')
    const found = recognizeDocumentEntities(fields).flat()
    const short = found.filter((e) => e.text === '老吴')
    expect(short.length).toBeGreaterThanOrEqual(5)
    for (const e of short) expect(e).toMatchObject({ type: 'PERSON', canonical: 'PERSON:吴祥忠' })
    expect(found).toContainEqual(expect.objectContaining({ text: '吴祥忠', canonical: 'PERSON:吴祥忠' }))
  })

  // People's Daily, 2020-01-07, page 12: `王公正` is a mediator's nickname, and the article names 王金福 and 王福军.
  test('keep their own canonical id where the document has two full names with their surname', (context) => {
    context.skip(!hasShared)
    const found = recognizeDocumentEntities(article('2020-01/20200107/20200107-12-02.txt')).flat()
    const people = new Set(found.filter((e) => e.type === 'PERSON').map((e) => e.canonical))
    expect(people).toContain('PERSON:王金福')
    expect(people).toContain('PERSON:王福军')
    const bare = found.filter((e) => e.type === 'PERSON' && e.text === '王')
    expect(bare.length).toBeGreaterThan(0)
    for (const e of bare) expect(e.canonical).toBe('PERSON:王')
  })
})
