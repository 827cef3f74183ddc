// Find organizations the lexicon knows by name, such as `世卫组织`, which the 1998 training text never prints.
import { ORGANIZATION_ALIASES } from '../lexicon/entity-aliases.ts'
import type { TypedSpan } from '../ner/tags.ts'
import { spanCoverage } from './span-coverage.ts'

// Names and aliases of three or more characters, longest first: `世卫` alone is too easily part of a word.
const NAMES = [...new Set([...Object.keys(ORGANIZATION_ALIASES), ...Object.values(ORGANIZATION_ALIASES)])]
  .filter((name) => name.length >= 3)
  .sort((a, b) => b.length - a.length)
const FIRST = new RegExp(`[${[...new Set(NAMES.map((name) => name[0]))].join('')}]`)

/**
 * ORGANIZATION spans for known names that the tagger did not already cover with a longer mention
 * (`中共中央` inside `中共中央宣传部` stays part of the longer organization).
 *
 * @example findKnownOrganizations('世卫组织报告显示', []) // [{ type: 'ORGANIZATION', start: 0, end: 4 }]
 */
export function findKnownOrganizations(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  // One scan for the names' first characters spares most texts a search per name.
  if (!FIRST.test(text)) return []
  const found: TypedSpan[] = []
  const taken = new Uint8Array(text.length)
  const cover = spanCoverage(text.length, spans)
  for (const name of NAMES) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length
      if (taken.subarray(at, end).some(Boolean)) continue
      const around = spans[cover[at] ?? -1]
      if (around && end <= around.end && around.end - around.start > name.length) continue
      taken.fill(1, at, end)
      found.push({ type: 'ORGANIZATION', start: at, end })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
