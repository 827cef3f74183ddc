// Specification of byline lines: agency, role, names, and what is not a byline.
import { describe, expect, test } from 'vitest'
import { parseBylineLine } from './parse-byline.ts'

describe('parseBylineLine', () => {
  test('reads agency, role and names, dropping the □ marker', () => {
    expect(parseBylineLine('□新华社记者 韩墨 赵嫣 刘石磊')).toEqual([
      {
        text: '新华社记者 韩墨 赵嫣 刘石磊',
        agency: '新华社',
        role: '记者',
        names: ['韩墨', '赵嫣', '刘石磊'],
      },
    ])
  })

  test('reads a commentator with no names', () => {
    expect(parseBylineLine('□新华社评论员')).toEqual([
      { text: '新华社评论员', agency: '新华社', role: '评论员', names: [] },
    ])
  })

  test('joins a two-character name padded to three with spaces', () => {
    expect(parseBylineLine('本报记者  贺  勇')?.[0]?.names).toEqual(['贺勇'])
    expect(parseBylineLine('本报记者 贺广华 程远州')?.[0]?.names).toEqual(['贺广华', '程远州'])
  })

  test('splits a line signed by two roles into two bylines that share its text', () => {
    const bylines = parseBylineLine('本报记者 王明峰 本报通讯员 李华')
    expect(bylines?.map((b) => [b.text, b.role, b.names])).toEqual([
      ['本报记者 王明峰', '记者', ['王明峰']],
      ['本报通讯员 李华', '通讯员', ['李华']],
    ])
  })

  test('refuses body text that merely mentions a reporter', () => {
    expect(parseBylineLine('记者从中央纪委国家监委获悉：截至')).toBeNull()
    expect(parseBylineLine('记者了解到，目前')).toBeNull()
    expect(parseBylineLine('疫情防控关乎生命')).toBeNull()
  })
})
