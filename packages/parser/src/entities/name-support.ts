// How far the tagger stands behind a name across a whole document: the names it took in one place but gives
// little probability wherever else they occur are no names to copy (`科幻` taken for a person in a few of its
// eighty occurrences in one article).
import type { SpanProbabilities } from '../ner/likely-spans.ts'
import { ENTITY_TYPES, type TypedSpan } from '../ner/tags.ts'
import { namesByFirstCharacter, type KnownNames } from './propagate-mentions.ts'

/**
 * For each name of `names`, the mean probability the tagger gives it as its type over its occurrences in `fields`,
 * 0 where `candidates` (each field's spans with their probabilities) hold no such span. An occurrence inside or
 * across a surer span above `threshold` does not count: `国务院` in `国务院扶贫开发领导小组` is part of a longer
 * name, not evidence against `国务院`. 1 for a name with no occurrence that counts. One pass over each field.
 *
 * @example nameSupport(new Map([['褚时健', 'PERSON']]), fields, candidates, 0.4).get('褚时健')
 */
export function nameSupport(
  names: KnownNames,
  fields: readonly string[],
  candidates: readonly SpanProbabilities[],
  threshold: number,
): Map<string, number> {
  const byFirst = namesByFirstCharacter(names)
  const sums = new Map<string, { sum: number; count: number }>()
  fields.forEach((text, f) => {
    const { type, start, end, p } = candidates[f] as SpanProbabilities
    // Each candidate's probability by type and offsets, and per character the surest span above the threshold
    // that covers it.
    const probability = new Map<string, number>()
    const surest = new Float64Array(text.length)
    for (let c = 0; c < type.length; c++) {
      const q = p[c] as number
      probability.set(`${type[c]}:${start[c]}:${end[c]}`, q)
      if (q <= threshold) continue
      for (let i = start[c] as number; i < (end[c] as number); i++)
        surest[i] = Math.max(surest[i] as number, q)
    }
    for (let at = 0; at < text.length; at++) {
      for (const name of byFirst.get(text[at] as string) ?? []) {
        if (!text.startsWith(name, at)) continue
        const stop = at + name.length
        const own =
          probability.get(`${ENTITY_TYPES.indexOf(names.get(name) as TypedSpan['type'])}:${at}:${stop}`) ?? 0
        let covered = false
        for (let i = at; i < stop && !covered; i++) covered = (surest[i] as number) > own
        if (covered) continue
        const tally = sums.get(name) ?? { sum: 0, count: 0 }
        tally.sum += own
        tally.count++
        sums.set(name, tally)
      }
    }
  })
  return new Map(
    [...names.keys()].map((name) => {
      const tally = sums.get(name)
      return [name, tally ? tally.sum / tally.count : 1]
    }),
  )
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
  const gated = new Map([...names].filter(([name]) => !byRule.has(name)))
  const support = nameSupport(gated, fields, candidates, threshold)
  return new Set([...support].filter(([, mean]) => mean < minimum).map(([name]) => name))
}
