import { describe, expect, test } from 'vitest'
import type { TypedSpan } from '../ner/tags.ts'
import { followPkuConvention } from './follow-pku-convention.ts'

const L = (start: number, end: number): TypedSpan => ({ type: 'LOCATION', start, end })
const O = (start: number, end: number): TypedSpan => ({ type: 'ORGANIZATION', start, end })
const P = (start: number, end: number): TypedSpan => ({ type: 'PERSON', start, end })

describe('mentions in the PKU corpus’s convention', () => {
  test('drop one-character place abbreviations, which the corpus tags `中/j 美/j`', () => {
    expect(followPkuConvention('中美两国', [L(0, 1), L(1, 2)])).toEqual([])
    expect(followPkuConvention('克林顿访华', [P(0, 3), L(4, 5)])).toEqual([P(0, 3)])
  })

  test('make the country before 政府 and the government one ORGANIZATION, as `[美国/ns 政府/n]nt`', () => {
    expect(followPkuConvention('美国政府宣布', [L(0, 2)])).toEqual([O(0, 4)])
  })

  test('make a place and the 地区 after it one LOCATION, as the corpus brackets them three times in four', () => {
    // PKU 1998-01-22, page 6: `到/v [中亚/ns 地区/n]ns 争夺/v 投资/vn`. The dev set leaves 地区 out, as the
    // full convention does.
    const text = '国际巨商更是纷至沓来，到中亚地区争夺投资'
    expect(followPkuConvention(text, [L(12, 14)])).toEqual([L(12, 16)])
  })

  test('drop abbreviated organizations, alone or back to back (`中共/j 十五大/j`)', () => {
    expect(followPkuConvention('欧盟和中共十五大', [O(0, 2), O(3, 8)])).toEqual([])
    expect(followPkuConvention('世界卫生组织', [O(0, 6)])).toEqual([O(0, 6)])
  })

  test('drop people named inside a word of doctrine (`邓小平理论/n`)', () => {
    expect(followPkuConvention('邓小平理论和邓小平', [P(0, 3), P(6, 9)])).toEqual([P(6, 9)])
    expect(followPkuConvention('马克思列宁主义', [P(0, 3), P(3, 5)])).toEqual([])
  })

  test('make people printed back to back one PERSON, as the corpus joins adjacent `nr` tokens', () => {
    // PKU 1998-01-01: `（/w 杜/nr 中武/nr 孙/nr 传刚/nr ）/w`, two reporters and one PERSON.
    expect(followPkuConvention('（杜中武孙传刚）', [P(1, 4), P(4, 7)])).toEqual([P(1, 7)])
    // 1998-01-01: `江/nr 泽民/nr 、/w 李/nr 鹏/nr`, two PERSONs.
    expect(followPkuConvention('江泽民、李鹏', [P(0, 3), P(4, 6)])).toEqual([P(0, 3), P(4, 6)])
  })
})
