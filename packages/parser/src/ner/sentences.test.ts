import { describe, expect, test } from 'vitest'
import { sentenceCuts } from './sentences.ts'

describe('sentenceCuts', () => {
  // PKU 1998-01-01, 01-001-006: one sentence.
  const greeting =
    '在１９９８年来临之际，我十分高兴地通过中央人民广播电台、中国国际广播电台和中央电视台，向全国各族人民，' +
    '向香港特别行政区同胞、澳门和台湾同胞、海外侨胞，向世界各国的朋友们，致以诚挚的问候和良好的祝愿！'

  test('cuts after every 。, ！, ？ and ；, and at the end of the text', () => {
    expect(sentenceCuts(greeting)).toEqual([0, greeting.length])
    expect(sentenceCuts(greeting + greeting)).toEqual([0, greeting.length, 2 * greeting.length])
    // PKU 1998-01-06, 05-014-007.
    expect(sentenceCuts('与“球”奋斗，中国足球至今不前。换个路子，与“人”奋斗，如何？')).toEqual([0, 16, 31])
    // PKU 1998-01-01, 03-011-004.
    const vietnam =
      '他说，越南的经济既取得了巨大成就，也存在薄弱的方面；既存在继续迅速发展的可能，又存在抑制增长速度的因素。'
    expect(sentenceCuts(vietnam)).toEqual([0, 26, vietnam.length])
  })

  test('gives a text without an end mark, or no text, one sentence', () => {
    expect(sentenceCuts('光大银行北京分行')).toEqual([0, 8])
    expect(sentenceCuts('')).toEqual([0, 0])
  })
})
