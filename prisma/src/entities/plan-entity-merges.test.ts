// Specification of the merges that make one entity of each real thing, with the parser's lexicons and gazetteer.
import { canonicalId, districtsCalled, knownPlace, type EntityType } from '@broadsheet/parser'
import { describe, expect, test } from 'vitest'
import { describeEntity } from '../ingest/describe-entity.ts'
import { planEntityMerges, type MergeCandidate, type MergeKnowledge } from './plan-entity-merges.ts'

const entity = (key: string, mentions: number, articles = mentions): MergeCandidate => ({
  key,
  type: key.slice(0, key.indexOf(':')) as EntityType,
  name: key.slice(key.indexOf(':') + 1),
  mentions,
  articles,
})

function knowledge(shared: Record<string, number> = {}, fits: Record<string, number> = {}): MergeKnowledge {
  return {
    organizationKey: (name) => canonicalId('ORGANIZATION', name),
    knownPlace,
    districtsCalled,
    placeAncestors: (place) => {
      const parent = describeEntity(`LOCATION:${place}`).parent
      return parent === null ? [] : [parent.slice('LOCATION:'.length)]
    },
    sharedArticles: (a, b) => shared[`${a} ${b}`] ?? 0,
    typeFit: (name, type) => fits[`${type}:${name}`] ?? 0,
  }
}

const merges = (entities: MergeCandidate[], k = knowledge()) =>
  planEntityMerges(entities, k).map((m) => `${m.key} → ${m.into}`)

describe('planEntityMerges', () => {
  test('an organization’s alias typed as a place goes to the organization: 东盟', () => {
    expect(merges([entity('LOCATION:东盟', 186)])).toEqual(['LOCATION:东盟 → ORGANIZATION:东南亚国家联盟'])
  })

  test('one name under two types goes to the clear majority, or else to the type whose names stand where it does', () => {
    expect(merges([entity('LOCATION:吉林省', 98), entity('PERSON:吉林省', 1)])).toEqual([
      'PERSON:吉林省 → LOCATION:吉林省',
    ])
    const putin = knowledge({}, { 'PERSON:普京': 0.9, 'LOCATION:普京': -1.2 })
    expect(merges([entity('LOCATION:普京', 2), entity('PERSON:普京', 1)], putin)).toEqual([
      'LOCATION:普京 → PERSON:普京',
    ])
  })

  test('a hospital with and without its city is one, when the bare name lives in that city’s stories', () => {
    const wuhan = knowledge({ 'ORGANIZATION:金银潭医院 LOCATION:武汉市': 50 })
    const variants = [
      entity('ORGANIZATION:金银潭医院', 53, 26),
      entity('ORGANIZATION:武汉市金银潭医院', 29),
      entity('ORGANIZATION:武汉金银潭医院', 28),
    ]
    expect(merges(variants, wuhan).sort()).toEqual([
      'ORGANIZATION:武汉市金银潭医院 → ORGANIZATION:金银潭医院',
      'ORGANIZATION:武汉金银潭医院 → ORGANIZATION:金银潭医院',
    ])
  })

  test('a ministry printed once after a foreign country stays China’s ministry', () => {
    const variants = [entity('ORGANIZATION:交通运输部', 40, 28), entity('ORGANIZATION:菲律宾交通运输部', 1)]
    expect(merges(variants, knowledge({ 'ORGANIZATION:交通运输部 LOCATION:菲律宾': 1 }))).toEqual([])
  })

  test('a place no gazetteer knows that heads one hospital is the hospital: 火神山', () => {
    const k = knowledge({ 'LOCATION:火神山 ORGANIZATION:火神山医院': 60 })
    expect(
      merges([entity('LOCATION:火神山', 98, 68), entity('ORGANIZATION:火神山医院', 125, 54)], k),
    ).toEqual(['LOCATION:火神山 → ORGANIZATION:火神山医院'])
  })

  test('a district’s short name beside its city is the district; elsewhere it is something else', () => {
    const k = knowledge({ 'LOCATION:武昌 LOCATION:武汉市': 20 })
    expect(merges([entity('LOCATION:武昌', 30, 25), entity('LOCATION:江南', 102, 75)], k)).toEqual([
      'LOCATION:武昌 → LOCATION:武昌区',
    ])
  })
})
