// Specification of the archive's check of an entity's name.
import { describe, expect, test } from 'vitest'
import { checkEntity, contextScore, type EntityStats, type NameProfile } from './check-entity.ts'

// A profile in miniature: what stands beside gold names, against text at large. Counts shaped like the archive's
// (persons follow 、 and titles such as 主席, and go on with 说 or 、).
const counts = (entries: [string, number][]) => new Map(entries)
const profile: NameProfile = {
  left: {
    PERSON: counts([
      ['、', 400],
      ['席', 200],
      ['者', 150],
      ['，', 250],
    ]),
    LOCATION: counts([
      ['在', 300],
      ['，', 200],
    ]),
    ORGANIZATION: counts([
      ['，', 300],
      ['、', 200],
    ]),
  },
  right: {
    PERSON: counts([
      ['说', 300],
      ['、', 300],
      ['表', 200],
      ['同', 150],
    ]),
    LOCATION: counts([
      ['的', 300],
      ['市', 100],
    ]),
    ORGANIZATION: counts([
      ['的', 300],
      ['和', 200],
    ]),
  },
  background: counts([
    ['、', 3000],
    ['，', 9000],
    ['的', 8000],
    ['在', 3000],
    ['说', 900],
    ['城', 400],
    ['用', 800],
    ['地', 900],
    ['林', 300],
    ['造', 200],
    ['和', 2500],
    ['医', 300],
  ]),
  givenNames: counts([
    ['伟', 50],
    ['华', 60],
    ['军', 40],
    ['平', 40],
  ]),
  names: new Set(['武汉协和医院', '习近平']),
}
const stats = (over: Partial<EntityStats>): EntityStats => ({
  key: `${over.type ?? 'PERSON'}:${over.name}`,
  type: 'PERSON',
  name: '',
  mentions: 20,
  gold: 0,
  occurrences: 0,
  left: new Map(),
  right: new Map(),
  ...over,
})

describe('checkEntity', () => {
  test('takes no name of one character, no anonymized person and no body every place has', () => {
    expect(checkEntity(stats({ name: '王' }), profile)).toMatch(/one character/)
    expect(checkEntity(stats({ name: '张某' }), profile)).toMatch(/anonymized/)
    expect(checkEntity(stats({ name: '常委会', type: 'ORGANIZATION' }), profile)).toMatch(/every place has/)
  })

  test('takes no place’s team in whichever sport, and keeps a team named for its sport', () => {
    for (const name of ['中国队', '美国队', '澳大利亚队'])
      expect(checkEntity(stats({ name, type: 'ORGANIZATION', gold: 20 }), profile)).toMatch(/many teams/)
    for (const name of ['中国女排', '天津女排', '中国女足'])
      expect(checkEntity(stats({ name, type: 'ORGANIZATION', gold: 20 }), profile)).toBeNull()
  })

  test('drops a fragment: 众志成 is always followed by 城, which follows no person', () => {
    const name = stats({
      name: '众志成',
      occurrences: 240,
      left: counts([['，', 240]]),
      right: counts([['城', 240]]),
    })
    expect(checkEntity(name, profile)).toBe('a fragment of 众志成城')
  })

  test('drops a fragment of another entity’s name even when the character is common there', () => {
    const name = stats({
      name: '武汉协',
      type: 'ORGANIZATION',
      occurrences: 36,
      left: counts([['，', 36]]),
      right: counts([['和', 36]]),
    })
    expect(checkEntity(name, profile)).toBe('a fragment of 武汉协和')
  })

  test('drops a person that stands where no person stands, and keeps one that stands where people do', () => {
    const forest = stats({
      name: '林地',
      occurrences: 100,
      left: counts([
        ['用', 60],
        ['造', 40],
      ]),
      right: counts([
        ['的', 50],
        ['城', 50],
      ]),
    })
    expect(checkEntity(forest, profile)).toMatch(/reads as no name/)
    const person = stats({
      name: '王伟',
      occurrences: 30,
      left: counts([['席', 30]]),
      right: counts([['说', 30]]),
    })
    expect(checkEntity(person, profile)).toBeNull()
    expect(contextScore(person, profile)).toBeGreaterThan(0)
  })

  test('takes the gold annotation’s word for names it gives most of their mentions', () => {
    const gold = stats({
      name: '林地',
      gold: 15,
      occurrences: 100,
      left: counts([['用', 100]]),
      right: counts([['的', 100]]),
    })
    expect(checkEntity(gold, profile)).toBeNull()
  })
})

describe('checkEntity in an archive without gold names (e-edition pages alone)', () => {
  const none = () => new Map<string, number>()
  const bare: NameProfile = {
    ...profile,
    left: { PERSON: none(), LOCATION: none(), ORGANIZATION: none() },
    right: { PERSON: none(), LOCATION: none(), ORGANIZATION: none() },
    givenNames: none(),
  }

  test('judges no name by its neighbours: 习近平, nearly always before 总书记, stands', () => {
    const xi = stats({
      name: '习近平',
      occurrences: 120,
      left: counts([['，', 120]]),
      right: counts([
        ['总', 115],
        ['同', 5],
      ]),
    })
    expect(checkEntity(xi, bare)).toBeNull()
    const forest = stats({
      name: '林地',
      occurrences: 100,
      left: counts([['用', 100]]),
      right: counts([['的', 100]]),
    })
    expect(checkEntity(forest, bare)).toBeNull()
  })

  test('still drops one character and a fragment of another entity’s name', () => {
    expect(checkEntity(stats({ name: '王' }), bare)).toMatch(/one character/)
    const name = stats({
      name: '武汉协',
      type: 'ORGANIZATION',
      occurrences: 36,
      left: counts([['，', 36]]),
      right: counts([['和', 36]]),
    })
    expect(checkEntity(name, bare)).toBe('a fragment of 武汉协和')
  })
})
