// Decide which entities of the archive are one real thing: an alias and its full name, one name under two types,
// an organization with and without its city, a hospital's short name and the hospital.
import type { EntityType } from '@broadsheet/parser'

/** An entity as merging sees it. */
export interface MergeCandidate {
  key: string
  type: EntityType
  name: string
  mentions: number
  articles: number
}

/** What merging needs to know beyond the entities: the lexicons and the gazetteer, through the parser. */
export interface MergeKnowledge {
  /** The canonical id an organization's name resolves to (`东盟` → `ORGANIZATION:东南亚国家联盟`). */
  organizationKey(name: string): string
  /** The gazetteer place a name is, as its canonical name (`武汉` → `武汉市`), or null for none. */
  knownPlace(name: string): string | null
  /** The places that contain a place, nearest first (`蔡甸区` → 武汉市, 湖北省). */
  placeAncestors(place: string): string[]
  /** The city districts a short name may be (`武昌` → 武昌区 of 武汉市). */
  districtsCalled(name: string): { name: string; city: string | null }[]
  /** How many articles mention both entities. */
  sharedArticles(a: string, b: string): number
  /** How well the places a name occurs in fit names of a type (see `contextScore`); higher fits better. */
  typeFit(name: string, type: EntityType): number
}

/** A merge: every mention of `key` goes to `into`, for `reason`. */
export interface Merge {
  key: string
  into: string
  reason: string
}

/** Organization kinds a place's short name heads: `火神山` is 火神山医院 where the two meet. */
const ORGANIZATION_HEADS = [
  '医院',
  '大学',
  '学院',
  '公司',
  '集团',
  '银行',
  '研究院',
  '研究所',
  '中学',
  '小学',
]

/**
 * The merges that make one entity of each real thing, chains followed to their end:
 * - a name the lexicon knows as an organization's, typed otherwise (`LOCATION:东盟` → the ASEAN organization);
 * - one name under several types: the type with most mentions takes the others (`ORGANIZATION:中国` → the place);
 * - an organization printed with and without its place (`金银潭医院`, `武汉金银潭医院`, `武汉市金银潭医院`), when the
 *   archive knows that organization under one place only and its bare name stands beside that place in most
 *   articles: all go to the form with most mentions;
 * - a place the gazetteer does not know that heads one organization's name (`火神山`, `火神山医院`), when most
 *   articles naming the place name that organization too;
 * - a city district's short name (`武昌`) and the district (`武昌区`), when most articles naming it name its city
 *   (`武汉市`) too; elsewhere the name is something else (`江南`, the region).
 *
 * @example planEntityMerges([{ key: 'LOCATION:东盟', … }], knowledge) // [{ key: 'LOCATION:东盟', into: 'ORGANIZATION:东南亚国家联盟', … }]
 */
export function planEntityMerges(entities: readonly MergeCandidate[], knowledge: MergeKnowledge): Merge[] {
  const byKey = new Map(entities.map((e) => [e.key, e]))
  const into = new Map<string, Merge>()
  const merge = (key: string, target: string, reason: string) => {
    if (key !== target && !into.has(key)) into.set(key, { key, into: target, reason })
  }

  // The lexicon's aliases, whatever the type the tagger gave, and aliases added since the archive was loaded.
  for (const e of entities) {
    const organization = knowledge.organizationKey(e.name)
    if (organization !== `ORGANIZATION:${e.name}`) merge(e.key, organization, 'an organization’s other name')
  }

  // One name, several types: a clear majority of its mentions decides (three in four, five at least); short of
  // one, the type whose names stand where this one stands (`总统普京` is a person's place).
  const byName = group(entities, (e) => e.name)
  for (const same of byName.values()) {
    if (same.length < 2) continue
    const total = same.reduce((n, e) => n + e.mentions, 0)
    const ranked = [...same].sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1))
    const top = ranked[0] as MergeCandidate
    const clear = top.mentions >= 5 && top.mentions * 4 >= total * 3
    const fit = (e: MergeCandidate) => knowledge.typeFit(e.name, e.type)
    const chosen = clear ? top : [...same].sort((a, b) => fit(b) - fit(a) || b.mentions - a.mentions)[0]!
    const reason = clear
      ? `typed ${chosen.type} in most mentions`
      : `stands where ${chosen.type} names stand in the archive`
    for (const other of same) merge(other.key, chosen.key, reason)
  }

  // 武汉市金银潭医院 = 武汉市 + 金银潭医院: organizations by the part after a place.
  const cores = new Map<string, { place: string; entity: MergeCandidate }[]>()
  for (const e of entities) {
    const split = e.type === 'ORGANIZATION' ? splitPlacePrefix(e.name, knowledge.knownPlace) : null
    if (split !== null)
      cores.set(split.core, [...(cores.get(split.core) ?? []), { place: split.place, entity: e }])
  }
  for (const [core, prefixed] of cores) {
    // 武汉蔡甸火神山医院 and 武汉火神山医院: a district and its city are one place here, the city.
    const places = [...new Set(prefixed.map((p) => p.place))]
    const place = places.find((p) => places.every((q) => q === p || knowledge.placeAncestors(q).includes(p)))
    if (place === undefined) continue
    const bare = byKey.get(`ORGANIZATION:${core}`)
    // The bare name is this place's organization only where the place stands beside it: `交通运输部` beside
    // `菲律宾交通运输部` is China's ministry, `金银潭医院` is Wuhan's hospital.
    if (bare !== undefined && knowledge.sharedArticles(bare.key, `LOCATION:${place}`) * 2 < bare.articles)
      continue
    const variants = [...prefixed.map((p) => p.entity), ...(bare ? [bare] : [])]
    if (variants.length < 2) continue
    const main = [...variants].sort(
      (a, b) => b.mentions - a.mentions || b.name.length - a.name.length || (a.key < b.key ? -1 : 1),
    )[0]!
    for (const v of variants) merge(v.key, main.key, `the same organization with or without ${place}`)
  }

  for (const e of entities) {
    if (e.type !== 'LOCATION' || knowledge.knownPlace(e.name) !== null) continue
    const heads = ORGANIZATION_HEADS.map((head) => byKey.get(`ORGANIZATION:${e.name}${head}`)).filter(
      (o): o is MergeCandidate => o !== undefined,
    )
    if (heads.length !== 1) continue
    const organization = heads[0] as MergeCandidate
    if (knowledge.sharedArticles(e.key, organization.key) * 2 >= e.articles)
      merge(e.key, organization.key, `${organization.name}’s short name`)
  }

  for (const e of entities) {
    if (e.type !== 'LOCATION' || knowledge.knownPlace(e.name) !== null) continue
    const districts = knowledge.districtsCalled(e.name)
    const district = districts[0]
    if (districts.length !== 1 || district === undefined || district.city === null) continue
    if (knowledge.sharedArticles(e.key, `LOCATION:${district.city}`) * 2 >= e.articles)
      merge(
        e.key,
        `LOCATION:${district.name}`,
        `the district of ${district.city}, beside it in most articles`,
      )
  }

  // Follow chains: 火神山 → 火神山医院 → 武汉火神山医院.
  const final = (key: string): string => {
    const seen = new Set<string>()
    let at = key
    while (into.has(at) && !seen.has(at)) {
      seen.add(at)
      at = into.get(at)!.into
    }
    return at
  }
  return [...into.values()].map((m) => ({ ...m, into: final(m.key) })).filter((m) => m.into !== m.key)
}

/**
 * A name's leading place and the rest (`武汉市金银潭医院` → 武汉市 + 金银潭医院), the longest place first, the
 * rest four characters at least; null when the name starts with no place.
 *
 * @example splitPlacePrefix('武汉火神山医院', knownPlace) // { place: '武汉市', core: '火神山医院' }
 */
export function splitPlacePrefix(
  name: string,
  knownPlace: (name: string) => string | null,
): { place: string; core: string } | null {
  for (let k = Math.min(5, name.length - 4); k >= 2; k--) {
    const place = knownPlace(name.slice(0, k))
    if (place !== null) return { place, core: name.slice(k) }
  }
  return null
}

function group<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(by(item), [...(groups.get(by(item)) ?? []), item])
  return groups
}
