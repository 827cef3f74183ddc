// Decide whether an entity is one a reader would accept, from what the whole archive says about its name: how it is
// shaped, how often it is tagged where it appears, and what stands beside it.
import { GENERIC_BODIES, knownPlace, type EntityType } from '@broadsheet/parser'

/** What the archive says about one entity's name. */
export interface EntityStats {
  key: string
  type: EntityType
  name: string
  mentions: number
  /** Mentions from a corpus's gold annotation: the corpus vouches for these. */
  gold: number
  /** Occurrences in the archive's text of the entity's surface forms of two characters or more, tagged or not. */
  occurrences: number
  /** The characters just before and after those occurrences (`^` and `$` at a text's edges). */
  left: ReadonlyMap<string, number>
  right: ReadonlyMap<string, number>
}

/** How names of each type sit in text, learned from the archive's gold mentions, against text at large. */
export interface NameProfile {
  left: Record<EntityType, ReadonlyMap<string, number>>
  right: Record<EntityType, ReadonlyMap<string, number>>
  /** Every character of the archive's text, and the edges. */
  background: ReadonlyMap<string, number>
  /** The characters of people's given names (after the surname). */
  givenNames: ReadonlyMap<string, number>
  /** Every entity name of the archive: a name that nearly always runs on into another one is a fragment of it. */
  names: ReadonlySet<string>
}

const GENERIC = new Set(GENERIC_BODIES)

/** The least a person's name may score where it occurs (see `contextScore`). Below it, the name is no name. */
export const MIN_PERSON_SCORE = -1.75
/** A name always beside one character (at least this share of its occurrences) is part of a longer word. */
export const FRAGMENT_SHARE = 0.9
/** ... when that character hardly ever stands there beside names of the type. */
export const RARE_NEIGHBOUR = 0.003
const MIN_OCCURRENCES = 8
/**
 * Gold mentions of a type the archive needs before it can say what stands beside names of that type. An archive
 * of e-edition pages alone has none (only the PKU corpus is annotated): it judges no name by its neighbours.
 */
export const MIN_PROFILE_MENTIONS = 200

const HAN = /^\p{Script=Han}$/u

// A Chinese name has a given name to judge: two or three Han characters. A transliterated one
// (`罗伯托·阿泽维多`, `内塔尼亚胡`) has none.
function isChineseName(name: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(name)
}

/**
 * Why the entity is no entity a reader would accept, or null when it passes. In order:
 * - its name is one character (`王`, `伊`): a one-character mention stands only inside a compound, linked to its
 *   full name, and a linked one carries that name;
 * - a person named `张某` is anyone; a body every place has (`市委`, `常委会`) is none in particular; a place's
 *   team (`中国队`) is whichever team plays for it;
 * - its name is nearly always followed (or preceded) by the same character, one that hardly ever stands there beside
 *   names of its type or one that makes it part of another entity's name: a fragment (`众志成` of `众志成城`,
 *   `张高铁` of `京张高铁`, `武汉协` of `武汉协和医院`);
 * - a person's name, where it occurs, reads as no name: the characters beside it are unlike those beside the gold
 *   people of the archive, and its given name is unlike theirs (`林地`, `戴口罩`, `强军`).
 * Names the gold annotation gives for most of their mentions are taken as they are, bar the first two checks. The
 * neighbour tests run only when the archive holds gold names of the type to learn neighbours from (at least
 * {@link MIN_PROFILE_MENTIONS}); without them no name is judged by what stands beside it.
 *
 * @example checkEntity({ key: 'PERSON:王', name: '王', … }, profile) // 'one character, outside a compound'
 */
export function checkEntity(stats: EntityStats, profile: NameProfile): string | null {
  if ([...stats.name].length < 2) return 'one character, outside a compound'
  if (stats.type === 'PERSON' && /某+$/u.test(stats.name)) return 'an anonymized name (某)'
  if (stats.type === 'ORGANIZATION' && GENERIC.has(stats.name))
    return 'a body every place has, none in particular'
  if (stats.type === 'ORGANIZATION' && isPlacesTeam(stats.name))
    return 'a place’s team in whichever sport is played: many teams, not one body'
  if (stats.gold * 2 >= stats.mentions) return null
  const known = total(profile.left[stats.type]) >= MIN_PROFILE_MENTIONS
  const fragment = fragmentOf(stats, profile, known)
  if (fragment !== null) return `a fragment of ${fragment}`
  if (stats.type === 'PERSON' && known) {
    const shape = isChineseName(stats.name) ? Math.min(givenNameScore(stats.name, profile), 0) : 0
    const score = contextScore(stats, profile) + 0.5 * shape
    if (score < MIN_PERSON_SCORE) return `reads as no name where it occurs (score ${score.toFixed(2)})`
  }
  return null
}

// `中国队`, `澳大利亚队`, `北京队`: whoever plays for the place that day, in swimming, volleyball or football. A
// team named for its sport (`中国女排`, `天津女排`) is one body and stands.
function isPlacesTeam(name: string): boolean {
  return name.endsWith('队') && knownPlace(name.slice(0, -1)) !== null
}

// `众志成` → `众志成城` when nearly every occurrence goes on with one character no name of the type goes on with
// (when the archive knows what names of the type go on with), or that makes it part of another entity's name.
function fragmentOf(stats: EntityStats, profile: NameProfile, known: boolean): string | null {
  if (stats.occurrences < MIN_OCCURRENCES) return null
  for (const side of ['left', 'right'] as const) {
    const [char, count] = top(stats[side])
    if (!HAN.test(char) || count < FRAGMENT_SHARE * stats.occurrences) continue
    const longer = side === 'left' ? char + stats.name : stats.name + char
    if (known && share(profile[side][stats.type], char) < RARE_NEIGHBOUR) return longer
    for (const name of profile.names) if (name !== stats.name && name.includes(longer)) return longer
  }
  return null
}

/**
 * How much more likely the characters beside the name's occurrences are beside gold names of its type than
 * anywhere in the archive's text: the mean log-likelihood ratio of left and right neighbours, shrunk towards 0
 * for a name seen only a few times. Names score around 0 or above; common words well below.
 */
export function contextScore(stats: EntityStats, profile: NameProfile): number {
  const n = stats.occurrences
  if (n === 0) return 0
  let sum = 0
  for (const side of ['left', 'right'] as const) {
    for (const [char, count] of stats[side]) {
      sum +=
        count *
        (Math.log(smoothed(profile[side][stats.type], char)) - Math.log(smoothed(profile.background, char)))
    }
  }
  return (sum / n) * (n / (n + 5))
}

/**
 * How much more the given name's characters (after a one-character surname) appear in gold people's given names
 * than in text at large: the mean log ratio. `军` and `华` score high, `口` and `地` low.
 */
export function givenNameScore(name: string, profile: NameProfile): number {
  const given = [...name].slice(1)
  if (given.length === 0) return 0
  const score = given.reduce(
    (sum, char) =>
      sum + Math.log(smoothed(profile.givenNames, char)) - Math.log(smoothed(profile.background, char)),
    0,
  )
  return score / given.length
}

const totals = new WeakMap<ReadonlyMap<string, number>, number>()
function total(counts: ReadonlyMap<string, number>): number {
  let sum = totals.get(counts)
  if (sum === undefined) {
    sum = 0
    for (const n of counts.values()) sum += n
    totals.set(counts, sum)
  }
  return sum
}

// Add-half smoothing over a vocabulary of Han characters and punctuation.
function smoothed(counts: ReadonlyMap<string, number>, char: string): number {
  return ((counts.get(char) ?? 0) + 0.5) / (total(counts) + 0.5 * 8000)
}

function share(counts: ReadonlyMap<string, number>, char: string): number {
  const sum = total(counts)
  return sum === 0 ? 0 : (counts.get(char) ?? 0) / sum
}

function top(counts: ReadonlyMap<string, number>): [string, number] {
  let best: [string, number] = ['', 0]
  for (const entry of counts) if (entry[1] > best[1]) best = entry
  return best
}
