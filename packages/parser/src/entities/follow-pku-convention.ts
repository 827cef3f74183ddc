// Bring mentions found in the full convention back to the PKU corpus's: abbreviations and names inside words go untagged.
import {
  CELESTIAL_BODIES,
  ORGANIZATION_ABBREVIATIONS,
  PLACE_ABBREVIATION_WORDS,
} from '../lexicon/abbreviations.ts'
import type { TypedSpan } from '../ner/tags.ts'

const ORGANIZATIONS = new Set(ORGANIZATION_ABBREVIATIONS)
// The places of more than one character that the abbreviation words bracket: `[中华]民族`, `[拉美]`.
const LONG_PLACES = new Set([
  ...PLACE_ABBREVIATION_WORDS.flatMap((w) => [...w.matchAll(/\[([^\]]{2,})\]/g)].map((m) => m[1] as string)),
  ...CELESTIAL_BODIES,
])
// > 要把学习邓小平理论同学习…
//         ^^^ one word, `邓小平理论/n`, in the corpus; a PERSON in the full convention.
const DOCTRINE = /^(?:列宁)?(?:理论|思想|主义)/

/**
 * Spans as the PKU corpus tags them: the country before `政府` and the government are one ORGANIZATION
 * (`[美国/ns 政府/n]nt`), and a place and the `地区` after it one LOCATION (`[中亚/ns 地区/n]ns`: 177 brackets
 * against 61 apart in January); one-character place abbreviations (`中美`, `访华`), places and organizations the
 * abbreviation lexicon lists (`中华`, `欧盟`, `市委`) and people named inside a word (`邓小平理论`) are no
 * mention at all. People printed back to back are one PERSON, as the corpus's adjacent `nr` tokens are
 * (`李鹏乔石`).
 *
 * @example followPkuConvention('中美两国', [{ type: 'LOCATION', start: 0, end: 1 }, { type: 'LOCATION', start: 1, end: 2 }])
 * // []
 */
export function followPkuConvention(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = []
  for (const [i, span] of spans.entries()) {
    const name = text.slice(span.start, span.end)
    const next = spans[i + 1]
    // The word right after the span, where no other mention begins inside it.
    const followedBy = (word: string) =>
      text.startsWith(word, span.end) && (!next || next.start >= span.end + word.length)
    if (span.type === 'LOCATION' && followedBy('政府')) {
      out.push({ type: 'ORGANIZATION', start: span.start, end: span.end + 2 })
      continue
    }
    if (span.type === 'LOCATION' && followedBy('地区') && name.length > 1 && !LONG_PLACES.has(name)) {
      out.push({ type: 'LOCATION', start: span.start, end: span.end + 2 })
      continue
    }
    if (span.type === 'LOCATION' && (name.length === 1 || LONG_PLACES.has(name))) continue
    if (span.type === 'ORGANIZATION' && isAbbreviationRun(name)) continue
    if (span.type === 'PERSON' && DOCTRINE.test(text.slice(span.end))) continue
    const last = out.at(-1)
    if (span.type === 'PERSON' && last?.type === 'PERSON' && last.end === span.start) {
      out[out.length - 1] = { ...last, end: span.end }
      continue
    }
    out.push(span)
  }
  return out
}

// `中共十五大`: abbreviations back to back.
function isAbbreviationRun(name: string): boolean {
  const ends = new Uint8Array(name.length + 1)
  ends[0] = 1
  for (let i = 0; i < name.length; i++) {
    if (!ends[i]) continue
    for (let j = i + 2; j <= name.length; j++) if (ORGANIZATIONS.has(name.slice(i, j))) ends[j] = 1
  }
  return ends[name.length] === 1
}
