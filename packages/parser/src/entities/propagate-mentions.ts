// Tag every other occurrence of a name already found in the same document: `董事长褚时健…` teaches `经查，褚时健…`.
import type { TypedSpan } from '../ner/tags.ts'
import type { EntityType } from '../types.ts'

/** Names found in a document, each with the type it was found as most often. */
export type KnownNames = ReadonlyMap<string, EntityType>

/**
 * The names of `spans` over `text` (two characters or more), added to `into` as counts per type.
 *
 * @example collectNames('褚时健说', [{ type: 'PERSON', start: 0, end: 3 }], new Map())
 */
export function collectNames(
  text: string,
  spans: readonly TypedSpan[],
  into: Map<string, Map<EntityType, number>>,
): Map<string, Map<EntityType, number>> {
  for (const span of spans) {
    if (span.end - span.start < 2) continue
    const name = text.slice(span.start, span.end)
    const counts = into.get(name) ?? new Map<EntityType, number>()
    counts.set(span.type, (counts.get(span.type) ?? 0) + 1)
    into.set(name, counts)
  }
  return into
}

/**
 * One type per name: the type it was found as most often; names found as two types equally often are left out.
 *
 * @example settleNames(collectNames(text, spans, new Map())).get('褚时健') // 'PERSON'
 */
export function settleNames(counts: ReadonlyMap<string, ReadonlyMap<EntityType, number>>): KnownNames {
  const out = new Map<string, EntityType>()
  for (const [name, byType] of counts) {
    const ranked = [...byType].sort((a, b) => b[1] - a[1])
    const [first, second] = ranked
    if (first && (!second || second[1] < first[1])) out.set(name, first[0])
  }
  return out
}

/**
 * `spans` plus a span for every occurrence of a known name that overlaps no span yet and is not `blocked`,
 * longest names first.
 *
 * @example propagateMentions('董事长褚时健。经查，褚时健', [{ type: 'PERSON', start: 3, end: 6 }], new Map([['褚时健', 'PERSON']]))
 * // adds { type: 'PERSON', start: 10, end: 13 }
 */
export function propagateMentions(
  text: string,
  spans: readonly TypedSpan[],
  names: KnownNames,
  blocked: (start: number, end: number) => boolean = () => false,
): TypedSpan[] {
  if (names.size === 0) return [...spans]
  const byFirst = namesByFirstCharacter(names)
  const taken = new Uint8Array(text.length)
  for (const s of spans) taken.fill(1, s.start, s.end)
  const added: TypedSpan[] = []
  for (let i = 0; i < text.length; i++) {
    if (taken[i]) continue
    const candidates = byFirst.get(text[i] as string)
    if (!candidates) continue
    for (const name of candidates) {
      const end = i + name.length
      if (!text.startsWith(name, i) || taken.subarray(i, end).some(Boolean) || blocked(i, end)) continue
      added.push({ type: names.get(name) as EntityType, start: i, end })
      taken.fill(1, i, end)
      i = end - 1
      break
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : [...spans]
}

const indexes = new WeakMap<KnownNames, Map<string, string[]>>()

/**
 * The names by their first character, longest first, built once per set of names (a document gives the same set
 * to each of its fields); the set must not change after.
 *
 * @example namesByFirstCharacter(new Map([['褚时健', 'PERSON']])).get('褚') // ['褚时健']
 */
export function namesByFirstCharacter(names: KnownNames): Map<string, string[]> {
  let byFirst = indexes.get(names)
  if (byFirst) return byFirst
  byFirst = new Map<string, string[]>()
  for (const name of names.keys()) {
    const list = byFirst.get(name[0] as string) ?? []
    list.push(name)
    byFirst.set(name[0] as string, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  indexes.set(names, byFirst)
  return byFirst
}
