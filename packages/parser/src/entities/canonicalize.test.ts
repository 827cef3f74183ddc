import { describe, expect, test } from 'vitest'
import {
  canonicalId,
  canonicalName,
  describeEntity,
  districtsCalled,
  knownPlace,
  resolveDivision,
} from './canonicalize.ts'

describe('canonical names', () => {
  test('names 世卫组织 and 世界卫生组织 as one organization', () => {
    expect(canonicalId('ORGANIZATION', '世卫组织')).toBe('ORGANIZATION:世界卫生组织')
    expect(canonicalId('ORGANIZATION', '世界卫生组织')).toBe('ORGANIZATION:世界卫生组织')
  })

  test('names 泸州市, 泸州 and 四川泸州市 as one place', () => {
    for (const mention of ['泸州市', '泸州', '四川泸州市', '四川省泸州市']) {
      expect(canonicalId('LOCATION', mention)).toBe('LOCATION:泸州市')
    }
  })

  test('resolves a nested name only when the inner place lies inside the outer one', () => {
    expect(resolveDivision('北京朝阳区')?.code).toBe('110105')
    expect(resolveDivision('长春朝阳区')?.parentCode).toBe('2201')
    expect(resolveDivision('四川石家庄市')).toBeNull()
  })

  test('names one-character provinces, and 澳 by the character before it: Macao after 港 or 珠', () => {
    expect(canonicalId('LOCATION', '澳', '港')).toBe('LOCATION:澳门特别行政区')
    expect(canonicalId('LOCATION', '澳', '珠')).toBe('LOCATION:澳门特别行政区')
    expect(canonicalId('LOCATION', '澳', '中')).toBe('LOCATION:澳大利亚')
    expect(canonicalId('LOCATION', '澳')).toBe('LOCATION:澳大利亚')
    expect(describeEntity('LOCATION:澳门特别行政区').aliases).toEqual(['澳门', '澳'])
    expect(describeEntity('LOCATION:湖北省').aliases).toEqual(['湖北', '鄂'])
    expect(['湘', '鄂', '赣'].map((name) => canonicalId('LOCATION', name))).toEqual([
      'LOCATION:湖南省',
      'LOCATION:湖北省',
      'LOCATION:江西省',
    ])
  })

  test('names a state by the name it goes by, whichever the text prints', () => {
    // People's Daily 2020: `印尼总统佐科`, `沙特`, `阿联酋`; PKU 1998: `汉城`.
    expect(canonicalId('LOCATION', '印尼')).toBe('LOCATION:印度尼西亚')
    expect(canonicalId('LOCATION', '沙特')).toBe('LOCATION:沙特阿拉伯')
    expect(canonicalId('LOCATION', '阿联酋')).toBe('LOCATION:阿拉伯联合酋长国')
    expect(canonicalId('LOCATION', '汉城')).toBe('LOCATION:首尔')
  })

  test('keeps names the lexicons do not know, and unifies the dots of transliterated names', () => {
    expect(canonicalName('LOCATION', '意大利')).toBe('意大利')
    expect(canonicalName('PERSON', '玛丽亚•范凯尔克霍弗')).toBe('玛丽亚·范凯尔克霍弗')
  })
})

describe('describeEntity', () => {
  test('places a city in its province and lists its short name as an alias', () => {
    expect(describeEntity('LOCATION:泸州市')).toEqual({
      canonical: 'LOCATION:泸州市',
      type: 'LOCATION',
      name: '泸州市',
      aliases: ['泸州'],
      parent: 'LOCATION:四川省',
    })
    expect(describeEntity('LOCATION:四川省').parent).toBeNull()
  })

  test('places a foreign city in its state, and lists a state’s other names', () => {
    expect(describeEntity('LOCATION:巴黎').parent).toBe('LOCATION:法国')
    expect(describeEntity('LOCATION:首尔')).toMatchObject({ aliases: ['汉城'], parent: 'LOCATION:韩国' })
    expect(describeEntity('LOCATION:印度尼西亚')).toMatchObject({ aliases: ['印尼'], parent: null })
    // Auckland and Oakland: a name two states share has no parent.
    expect(describeEntity('LOCATION:奥克兰').parent).toBeNull()
  })

  test('lists the aliases of an organization', () => {
    expect(describeEntity('ORGANIZATION:世界卫生组织').aliases).toContain('世卫组织')
  })

  test('leaves the parent unknown for a district name that several cities share', () => {
    expect(describeEntity('LOCATION:朝阳区').parent).toBeNull()
  })

  test('rejects an id that is not type:name', () => {
    expect(() => describeEntity('THING:x')).toThrow(/not a canonical entity id/)
  })
})

describe('districts and known places', () => {
  test('a city district’s short name alone is no district: 江南 is the region, not 江南区 of Nanning', () => {
    expect(canonicalId('LOCATION', '江南')).toBe('LOCATION:江南')
    expect(canonicalId('LOCATION', '武汉武昌')).toBe('LOCATION:武昌区')
    expect(districtsCalled('武昌')).toEqual([{ name: '武昌区', city: '武汉市' }])
  })

  test('knows a place by any of its names, and knows no place it has never heard of', () => {
    expect(['武汉', '中国', '伊朗', '火神山'].map(knownPlace)).toEqual(['武汉市', '中国', '伊朗', null])
  })

  test('resolves the usual short names of the Party’s central bodies', () => {
    expect(canonicalId('ORGANIZATION', '中央政治局')).toBe('ORGANIZATION:中共中央政治局')
    expect(canonicalId('ORGANIZATION', '中央政治局常委会')).toBe('ORGANIZATION:中共中央政治局常务委员会')
  })
})
