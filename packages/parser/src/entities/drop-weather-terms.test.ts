import { describe, expect, test } from 'vitest'
import { dropWeatherTerms } from './drop-weather-terms.ts'

describe('weather in a forecast table', () => {
  test('is no mention, alone or chained with 转', () => {
    const text = '北京晴转雷阵雨19℃／32℃天津雷阵雨转多云'
    const spans = ['北京', '晴转雷阵雨', '天津', '雷阵雨转多云'].map((name) => {
      const start = text.indexOf(name)
      return { type: 'LOCATION', start, end: start + name.length } as const
    })
    expect(dropWeatherTerms(text, spans).map((s) => text.slice(s.start, s.end))).toEqual(['北京', '天津'])
  })
})
