// Specification of byline lines: agency, role, names, and what is not a byline.
import { describe, expect, test } from 'vitest'
import { matchClosingSignature, matchSignature, parseBylineLine, parseReporters } from './parse-byline.ts'

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

  test('joins a padded name before what its signer did: 付 文 is 付文, 方 圆文 is 方圆', () => {
    expect(parseBylineLine('本报记者 付 文')?.[0]?.names).toEqual(['付文'])
    expect(parseBylineLine('本报记者  方  圆文')?.[0]?.names).toEqual(['方圆'])
    expect(parseBylineLine('本报记者  贺  勇摄')?.[0]?.names).toEqual(['贺勇'])
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

describe('parseReporters', () => {
  test('reads the reporters of a dateline, who sign for its agency', () => {
    expect(parseReporters('记者邹伟、王思北', '新华社')).toEqual([
      { text: '记者邹伟、王思北', agency: '新华社', role: '记者', names: ['邹伟', '王思北'] },
    ])
  })

  test('reads reporters of two papers in one bracket', () => {
    expect(
      parseReporters('解放军报记者王文杰、新华社记者罗玉文', '新华社')?.map((b) => [b.agency, b.names]),
    ).toEqual([
      ['解放军报', ['王文杰']],
      ['新华社', ['罗玉文']],
    ])
  })

  test('reads names alone only when they read as names', () => {
    expect(parseReporters('张京、陈辉', '新华社')?.[0]?.names).toEqual(['张京', '陈辉'])
    expect(parseReporters('国际观察')).toBeNull()
    expect(parseReporters('作者为本报记者')).toBeNull()
  })
})

describe('signatures', () => {
  test('reads a signature line with its dateline and reporters', () => {
    const signature = matchSignature('（新华社北京1月3日电  记者梅世雄）')
    expect(signature?.dateline?.text).toBe('新华社北京1月3日电')
    expect(signature?.bylines).toEqual([
      { text: '记者梅世雄', agency: '新华社', role: '记者', names: ['梅世雄'] },
    ])
    expect(matchSignature('（本报记者  程是颉整理）')?.bylines[0]?.names).toEqual(['程是颉'])
    expect(matchSignature('（参与记者：李东旭、白平）')?.bylines[0]?.names).toEqual(['李东旭', '白平'])
  })

  test('leaves a bracket that only holds a dateline, or that names nobody, to others', () => {
    expect(matchSignature('（新华社北京2月5日电）')).toBeNull()
    expect(matchSignature('（相关报道见第二版）')).toBeNull()
    expect(matchSignature('（本系列评论到此结束）')).toBeNull()
  })

  test('finds the signature that closes a paragraph after its last sentence', () => {
    const paragraph = '本报讯截至１９９７年底，新疆航空公司已安全飞行４２年无事故。（祝谦）'
    expect(matchClosingSignature(paragraph)).toMatchObject({
      text: '（祝谦）',
      bylines: [{ names: ['祝谦'] }],
    })
    expect(matchClosingSignature('中国政府向马达加斯加政府赠送药品（图片）')).toBeNull()
  })
})
