// Keep a one-character place abbreviation only inside a compound, named by its full place: `美伊` in a story about
// Iran is 美国 and 伊朗; `奥运` holds no place at all.
import { PLACE_ABBREVIATION_WORDS } from '../lexicon/abbreviations.ts'
import { WORLD_STATES } from '../lexicon/world-places.ts'
import type { EntitySpan } from '../types.ts'

// `访[华]`, `[巴]方`: the words around a one-character place that make a compound of it.
const BEFORE = new Set<string>()
const AFTER = new Set<string>()
for (const word of PLACE_ABBREVIATION_WORDS) {
  const m = /^([^[\]]*)\[(.)\]([^[\]]*)$/u.exec(word)
  if (m === null) continue
  if (m[1]) BEFORE.add(`${m[1]}${m[2]}`)
  if (m[3]) AFTER.add(`${m[2]}${m[3]}`)
}

const nameOf = (canonical: string) => canonical.slice(canonical.indexOf(':') + 1)

/**
 * The fields' mentions (one document) with each one-character LOCATION kept only where it stands in a compound —
 * beside another one-character place (`中美`, `巴以`, `粤港澳`; not `东京` in `东京奥运会`) or in a word of the abbreviation lexicon (`[巴]方`, `访[华]`,
 * `[伊]核`) — and only when it is linked to its full name: the one its canonicalization already gave (`美` →
 * 美国), the one state of the document whose name starts with it (`伊` → 伊朗 beside 伊朗 in the story), or the one
 * state of the world that does (`叙` → 叙利亚). Any other one-character place is dropped: `奥` in `奥运会`, or `巴`
 * in a story naming both 巴西 and 巴基斯坦.
 *
 * @example linkPlaceAbbreviations(['美伊紧张关系', '伊朗外长'], spans)[0] // 美 → LOCATION:美国, 伊 → LOCATION:伊朗
 */
export function linkPlaceAbbreviations(
  fields: readonly string[],
  spans: readonly EntitySpan[][],
): EntitySpan[][] {
  const named = new Set(
    spans
      .flat()
      .filter((e) => e.type === 'LOCATION' && [...nameOf(e.canonical)].length > 1)
      .map((e) => nameOf(e.canonical)),
  )
  return spans.map((field, f) => {
    const text = fields[f] ?? ''
    return field.flatMap((span) => {
      if (span.type !== 'LOCATION' || span.end - span.start !== 1) return [span]
      // > | 东京奥运会   beside a whole place name 奥 is no abbreviation: only one-character places make a compound
      const beside = field.some(
        (other) =>
          other !== span &&
          other.type === 'LOCATION' &&
          other.end - other.start === 1 &&
          (other.end === span.start || other.start === span.end),
      )
      const inWord =
        BEFORE.has(text.slice(span.start - 1, span.end)) || AFTER.has(text.slice(span.start, span.end + 1))
      if (!beside && !inWord) return []
      if ([...nameOf(span.canonical)].length > 1) return [span]
      const inDocument = [...named].filter(
        (name) => name.startsWith(span.text) && WORLD_STATES.includes(name),
      )
      const inWorld = WORLD_STATES.filter((name) => name.startsWith(span.text))
      const full = inDocument.length === 1 ? inDocument[0] : inWorld.length === 1 ? inWorld[0] : undefined
      return full === undefined ? [] : [{ ...span, canonical: `LOCATION:${full}` }]
    })
  })
}
