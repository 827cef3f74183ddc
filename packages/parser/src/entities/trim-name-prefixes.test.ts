import { describe, expect, test } from 'vitest'
import { trimNamePrefixes } from './trim-name-prefixes.ts'

describe('trimNamePrefixes', () => {
  test('leaves the 小 of endearment out of a child’s full name', () => {
    // PKU 1998-01-21, page 11: `北京/ns 老人/n 牵挂/v 小/a 王/nr 磊/nr`.
    const title = '北京老人牵挂小王磊（附图片３张）'
    expect(trimNamePrefixes(title, [{ type: 'PERSON', start: 6, end: 9 }])).toEqual([
      { type: 'PERSON', start: 7, end: 9 },
    ])
  })

  test('keeps Japanese names whose surname begins with 小', () => {
    // PKU 1998-01-24, page 8: `刘/nr 昌赫/nr 九/m 段/q 中盘/n 胜/v 小林觉/nr 九/m 段/q`.
    const result = '刘昌赫九段中盘胜小林觉九段'
    const span = { type: 'PERSON', start: 8, end: 11 } as const
    expect(trimNamePrefixes(result, [span])).toEqual([span])
  })

  test('keeps nicknames of two characters, and other types, whole', () => {
    // PKU 1998-01-22, page 11: `小许/nr`, a nickname of two characters.
    const letter = '班长交给小许一封寄自台湾的信'
    const nickname = [{ type: 'PERSON', start: 4, end: 6 }] as const
    expect(trimNamePrefixes(letter, nickname)).toEqual(nickname)
    // The same title as above: only PERSON spans are trimmed.
    const place = [{ type: 'LOCATION', start: 6, end: 9 }] as const
    expect(trimNamePrefixes('北京老人牵挂小王磊（附图片３张）', place)).toEqual(place)
  })
})
