// How far the tagger stands behind a name across a whole document: the names it took in one place but gives
// little probability wherever else they occur are no names to copy (`科幻` taken for a person in a few of its
// eighty occurrences in one article).
import type { SpanProbabilities } from '../ner/likely-spans.ts'
import { ENTITY_TYPES, type TypedSpan } from '../ner/tags.ts'
import type { KnownNames } from './propagate-mentions.ts'

/**
 * The mean probability the tagger gives `name` as the type at `typeIndex` (in `ENTITY_TYPES` order) over its
 * occurrences in `fields`, 0 where `candidates` (each field's spans with their probabilities) hold no such span.
 * An occurrence inside or across a surer span above `threshold` does not count: `国务院` in
 * `国务院联防联控机制` is part of a longer name, not evidence against `国务院`. 1 when no occurrence counts.
 *
 * @example nameSupport('褚时健', 0, fields, fields.map((f) => entityCandidates(model, f, 0.05)), 0.4)
 */
export function nameSupport(
  name: string,
  typeIndex: number,
  fields: readonly string[],
  candidates: readonly SpanProbabilities[],
  threshold: number,
): number {
  let sum = 0
  let count = 0
  fields.forEach((text, f) => {
    const { type, start, end, p } = candidates[f] as SpanProbabilities
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const stop = at + name.length
      let own = 0
      for (let c = 0; c < type.length; c++) {
        if (type[c] === typeIndex && start[c] === at && end[c] === stop) own = p[c] as number
      }
      let covered = false
      for (let c = 0; c < type.length && !covered; c++) {
        const other = type[c] !== typeIndex || start[c] !== at || end[c] !== stop
        const q = p[c] as number
        covered = other && q > threshold && q > own && (start[c] as number) < stop && (end[c] as number) > at
      }
      if (covered) continue
      sum += own
      count++
    }
  })
  return count === 0 ? 1 : sum / count
}

/**
 * The names of `names` that the tagger alone found (every span of them in `found` is one of `tagged`, the
 * tagger's own spans; a rule's names are its own evidence) and whose {@link nameSupport} is below `minimum`.
 *
 * @example unsupportedNames(fields, names, candidates, tagged, found, 0.4, 0.2) // Set { '科幻' }
 */
export function unsupportedNames(
  fields: readonly string[],
  names: KnownNames,
  candidates: readonly SpanProbabilities[],
  tagged: readonly (readonly TypedSpan[])[],
  found: readonly (readonly TypedSpan[])[],
  threshold: number,
  minimum: number,
): Set<string> {
  const byRule = new Set<string>()
  fields.forEach((text, f) => {
    const own = new Set((tagged[f] ?? []).map((s) => `${s.type}:${s.start}:${s.end}`))
    for (const s of found[f] ?? []) {
      if (!own.has(`${s.type}:${s.start}:${s.end}`)) byRule.add(text.slice(s.start, s.end))
    }
  })
  const weak = new Set<string>()
  for (const [name, type] of names) {
    if (byRule.has(name)) continue
    if (nameSupport(name, ENTITY_TYPES.indexOf(type), fields, candidates, threshold) < minimum) weak.add(name)
  }
  return weak
}
