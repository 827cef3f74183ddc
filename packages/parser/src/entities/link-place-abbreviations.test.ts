// Specification of one-character places: kept only inside a compound, and named by their full place.
import { describe, expect, test } from 'vitest'
import { recognizeDocumentEntities } from './recognize-entities.ts'

// The places of a document, as `text→canonical`, field by field.
const places = (fields: string[]) =>
  recognizeDocumentEntities(fields).map((spans) =>
    spans.filter((e) => e.type === 'LOCATION').map((e) => `${e.text}→${e.canonical.slice(9)}`),
  )

describe('one-character places', () => {
  test('stand beside another place, named by the state of the story they abbreviate', () => {
    // 2020-01 e-edition: `美伊紧张关系` in a story about Iran; `巴以` in one about Palestine.
    expect(places(['针对美伊紧张关系升级', '伊朗外长扎里夫表示'])[0]).toEqual(['美→美国', '伊→伊朗'])
    expect(places(['否则，巴以和平很难实现。', '巴勒斯坦总统阿巴斯说'])[0]).toEqual([
      '巴→巴勒斯坦',
      '以→以色列',
    ])
  })

  test('name the one place they always stand for, or the one state of the world they can', () => {
    expect(places(['粤港澳大湾区建设'])[0]).toEqual(['粤→广东省', '港→香港特别行政区', '澳→澳门特别行政区'])
    expect(places(['中奥两国友好'])[0]).toEqual(['中→中国', '奥→奥地利'])
  })

  test('are no mention outside a compound: 奥 in 奥运 is the Olympics, beside 东京 too', () => {
    expect(places(['中国乒乓球队全力争夺奥运积分。'])[0]).toEqual([])
    expect(places(['2020年东京奥运会不会因疫情而'])[0]).toEqual(['东京→东京'])
  })
})
