// Specification of the editors' corrections file: its shape, and the errors that name what is wrong.
import { describe, expect, test } from 'vitest'
import { parseCorrections, readCorrections } from './entity-corrections.ts'

describe('parseCorrections', () => {
  test('reads merges, splits, types and deletions into one list of verdicts', () => {
    const corrections = parseCorrections({
      merge: [
        { key: 'ORGANIZATION:武汉协', into: 'ORGANIZATION:武汉协和医院', why: 'the tagger stopped at 协' },
      ],
      split: [
        { key: 'LOCATION:江南区', text: '江南', into: 'LOCATION:江南', why: 'the region, not the district' },
      ],
      type: [{ key: 'LOCATION:东盟', type: 'ORGANIZATION', why: 'ASEAN is an organization' }],
      delete: [{ key: 'LOCATION:太阳', why: 'the Sun is no place' }],
    })
    expect(corrections.map((c) => [c.key, c.text, c.into])).toEqual([
      ['ORGANIZATION:武汉协', '', 'ORGANIZATION:武汉协和医院'],
      ['LOCATION:江南区', '江南', 'LOCATION:江南'],
      ['LOCATION:东盟', '', 'ORGANIZATION:东盟'],
      ['LOCATION:太阳', '', null],
    ])
  })

  test('names the file, the entry and the problem', () => {
    expect(() => parseCorrections({ delete: [{ key: '太阳', why: 'x' }] }, 'entities.json')).toThrow(
      'entities.json: delete[0]: key "太阳" is not an entity key TYPE:name',
    )
    expect(() => parseCorrections({ merge: [{ key: 'PERSON:甲乙', into: 'PERSON:甲乙丙' }] })).toThrow(
      /merge\[0\]: says no why/,
    )
    expect(() => parseCorrections({ rename: [] })).toThrow(/rename: is not one of merge, split, type, delete/)
  })

  test('the committed file is well formed', async () => {
    await expect(readCorrections()).resolves.toBeInstanceOf(Array)
  })
})
