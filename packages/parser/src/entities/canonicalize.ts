// Name each entity canonically (`泸州`, `四川泸州市` → `LOCATION:泸州市`) and describe it for the archive.
import { LOCATION_ALIASES, LOCATION_ALIASES_AFTER, ORGANIZATION_ALIASES } from '../lexicon/entity-aliases.ts'
import { WORLD_CITY_STATES, WORLD_PLACES } from '../lexicon/world-places.ts'
import type { EntityType } from '../types.ts'
import { findDivisions, parentDivision, type Division } from './divisions.ts'

/** What the archive stores about an entity: `Entity(type, canonical name, aliases, parent)`. */
export interface EntityDescription {
  /** `${type}:${name}`, stable across runs. */
  canonical: string
  type: EntityType
  name: string
  /** Other names the entity goes by, as far as the lexicons know. */
  aliases: string[]
  /** The canonical id of the place that contains this one (`LOCATION:四川省`), or null. */
  parent: string | null
}

const JOINERS = /[•‧・∙]/g

/**
 * The gazetteer division a place name refers to, whole (`泸州`) or nested (`四川泸州市`, `四川省泸州市合江县`):
 * a nested name resolves to its innermost division, checked to lie inside the outer one.
 *
 * @example resolveDivision('四川泸州市')?.name // '泸州市'
 */
export function resolveDivision(text: string): Division | null {
  // > | 江南   the region south of the Yangtze, not 江南区 of Nanning: a district's short name alone names nothing
  //          sure; after its city (`武汉武昌`) it does
  const whole = findDivisions(text).find((d) => !isDistrictShortName(d, text))
  if (whole) return whole
  for (let k = 2; k <= text.length - 2; k++) {
    const outer = findDivisions(text.slice(0, k))
    if (outer.length === 0) continue
    const inner = resolveNested(text.slice(k), outer)
    if (inner) return inner
  }
  return null
}

// A city district (`江南区`, `武昌区`) called by its short name: the name alone is as often a region, a lake or a
// mountain (`江南`, `东湖`, `泰山`) as the district.
function isDistrictShortName(division: Division, text: string): boolean {
  return (
    division.level === 3 &&
    division.shortName === text &&
    /区$/u.test(division.name) &&
    !/(?:自治区|特别行政区|地区|新区|林区|矿区|特区)$/u.test(division.name)
  )
}

/**
 * The city districts whose short name is `name`, with the city each is in: what the archive needs to tell whether
 * `武昌` in its articles is the district of Wuhan (it stands beside 武汉 there) or something else.
 *
 * @example districtsCalled('武昌') // [{ name: '武昌区', city: '武汉市' }]
 */
export function districtsCalled(name: string): { name: string; city: string | null }[] {
  return findDivisions(name)
    .filter((d) => isDistrictShortName(d, name))
    .map((d) => ({ name: d.name, city: parentDivision(d)?.name ?? null }))
}

function resolveNested(text: string, outer: readonly Division[]): Division | null {
  const inside = (d: Division) => {
    for (let p = parentDivision(d); p; p = parentDivision(p)) if (outer.includes(p)) return true
    return false
  }
  const direct = findDivisions(text).find(inside)
  if (direct) return direct
  for (let k = 2; k <= text.length - 2; k++) {
    const middle = findDivisions(text.slice(0, k)).filter(inside)
    if (middle.length === 0) continue
    const inner = resolveNested(text.slice(k), middle)
    if (inner) return inner
  }
  return null
}

/**
 * The canonical name of a mention: aliases resolve to full names, places to their gazetteer division, and
 * the dots of transliterated names are unified. `before`, the character before the mention in its text, tells
 * apart the few abbreviations that name two places (`中澳`, `港澳`).
 *
 * @example canonicalName('ORGANIZATION', '世卫组织') // '世界卫生组织'
 * @example canonicalName('LOCATION', '四川泸州市') // '泸州市'
 * @example canonicalName('LOCATION', '澳', '港') // '澳门特别行政区'
 */
export function canonicalName(type: EntityType, text: string, before = ''): string {
  const name = text.trim().replace(JOINERS, '·')
  switch (type) {
    case 'PERSON':
      return name
    case 'ORGANIZATION':
      return ORGANIZATION_ALIASES[name] ?? name
    case 'LOCATION':
      return (
        LOCATION_ALIASES_AFTER[name]?.[before] ??
        LOCATION_ALIASES[name] ??
        resolveDivision(name)?.name ??
        name
      )
  }
}

/**
 * The canonical name of the place the gazetteer or the lexicons know by `name` (`武汉` → `武汉市`, `伊朗` →
 * `伊朗`), or null when `name` is no place they know (`火神山`).
 *
 * @example knownPlace('武汉') // '武汉市'
 */
export function knownPlace(name: string): string | null {
  const known = LOCATION_ALIASES[name] ?? resolveDivision(name)?.name
  if (known !== undefined) return known
  return WORLD_PLACES.includes(name) || ALIASED_PLACES.has(name) ? name : null
}

const ALIASED_PLACES = new Set(Object.values(LOCATION_ALIASES))

/**
 * The stable id of the entity a mention names: `${type}:${canonical name}`.
 *
 * @example canonicalId('LOCATION', '泸州') // 'LOCATION:泸州市'
 */
export function canonicalId(type: EntityType, text: string, before = ''): string {
  return `${type}:${canonicalName(type, text, before)}`
}

function aliasesOf(table: Readonly<Record<string, string>>, name: string): string[] {
  return Object.entries(table)
    .filter(([, target]) => target === name)
    .map(([alias]) => alias)
}

/**
 * Type, canonical name, aliases and containing place of an entity, from its canonical id.
 *
 * @example describeEntity('LOCATION:泸州市')
 * // { canonical: 'LOCATION:泸州市', type: 'LOCATION', name: '泸州市', aliases: ['泸州'], parent: 'LOCATION:四川省' }
 */
export function describeEntity(canonical: string): EntityDescription {
  const colon = canonical.indexOf(':')
  const type = canonical.slice(0, colon)
  const name = canonical.slice(colon + 1)
  if (type !== 'PERSON' && type !== 'LOCATION' && type !== 'ORGANIZATION') {
    throw new Error(`not a canonical entity id: ${canonical}`)
  }
  if (type === 'PERSON') return { canonical, type, name, aliases: [], parent: null }
  if (type === 'ORGANIZATION')
    return { canonical, type, name, aliases: aliasesOf(ORGANIZATION_ALIASES, name), parent: null }
  const divisions = findDivisions(name).filter((d) => d.name === name)
  // `澳` is also Macao after `港`: an alias of both places.
  const contextual = Object.entries(LOCATION_ALIASES_AFTER)
    .filter(([, after]) => Object.values(after).includes(name))
    .map(([alias]) => alias)
  const aliases = [...new Set([...aliasesOf(LOCATION_ALIASES, name), ...contextual])]
  const short = divisions[0]?.shortName
  if (short && findDivisions(short)[0]?.name === name) aliases.unshift(short)
  // `朝阳区` names districts of Beijing and of Changchun: with parents that differ, the parent is unknown.
  const parents = new Set(divisions.map((d) => parentDivision(d)?.name ?? null))
  const parentName = (parents.size === 1 ? [...parents][0] : null) ?? WORLD_CITY_STATES[name] ?? null
  return { canonical, type, name, aliases, parent: parentName ? `LOCATION:${parentName}` : null }
}
