import { describe, expect, test } from 'vitest'
import { findDivisions } from '../entities/divisions.ts'
import { LOCATION_ALIASES } from './entity-aliases.ts'
import { WORLD_ALIASES, WORLD_CITY_STATES, WORLD_PLACES } from './world-places.ts'

describe('the world gazetteer', () => {
  const cities = Object.keys(WORLD_CITY_STATES)
  const states = new Set(Object.values(WORLD_CITY_STATES))

  test('places each city in a state that is no city itself', () => {
    expect(states.has('法国')).toBe(true)
    expect(cities.filter((city) => states.has(city))).toEqual([])
  })

  test('gives every alias a target that the gazetteer holds, and no alias is a place of its own', () => {
    for (const target of Object.values(WORLD_ALIASES)) expect(WORLD_PLACES).toContain(target)
    const own = new Set([...cities, ...states])
    expect(Object.keys(WORLD_ALIASES).filter((alias) => own.has(alias))).toEqual([])
    expect(LOCATION_ALIASES['印尼']).toBe('印度尼西亚')
  })

  test('names no place that China’s divisions already hold, so no city has two parents', () => {
    expect(cities.filter((city) => findDivisions(city).some((d) => d.name === city))).toEqual([])
  })
})
