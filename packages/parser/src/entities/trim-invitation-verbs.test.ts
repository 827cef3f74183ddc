import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { recognizeEntities } from './recognize-entities.ts'
import { trimInvitationVerbs } from './trim-invitation-verbs.ts'

describe('invitation verbs after a name', () => {
  // People's Daily e-edition, 2020-01-05, page 3: `国务委员兼外交部长王毅应约同法国外长勒德里昂通电话。`
  const FILE = sharedPath('corpus/epaper/2020-01/20200105/20200105-03-05.txt')
  const sentence = (hasShared ? readFileSync(FILE, 'utf8') : '')
    .split(/\r?\n/)
    .find((line) => line.includes('王毅应约'))
    ?.trim()

  test('stay out of the name: 王毅应约 names 王毅', (context) => {
    context.skip(!hasShared)
    expect(sentence).toBeDefined()
    const people = recognizeEntities(sentence ?? '').filter((e) => e.type === 'PERSON')
    expect(people.map((e) => e.text)).toContain('王毅')
    expect(people.map((e) => e.text)).not.toContain('王毅应')
  })

  test('leave a name alone where 应 is not before 约 or 邀, and a two-character name whole', () => {
    const spans = [{ type: 'PERSON' as const, start: 0, end: 3 }]
    expect(trimInvitationVerbs('王毅应约', spans)).toEqual([{ type: 'PERSON', start: 0, end: 2 }])
    expect(trimInvitationVerbs('王毅应邀', spans)).toEqual([{ type: 'PERSON', start: 0, end: 2 }])
    expect(trimInvitationVerbs('王毅应该', spans)).toEqual(spans)
    expect(trimInvitationVerbs('李应约', [{ type: 'PERSON', start: 0, end: 2 }])).toEqual([
      { type: 'PERSON', start: 0, end: 2 },
    ])
  })
})
