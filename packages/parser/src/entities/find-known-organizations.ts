// Find organizations the lexicon knows by name, such as `世卫组织`, which the 1998 training text never prints, and
// companies by their brand (`华为`), which it prints untagged.
import { COMPANIES } from '../lexicon/companies.ts'
import { ORGANIZATION_ALIASES } from '../lexicon/entity-aliases.ts'
import type { TypedSpan } from '../ner/tags.ts'
import { spanCoverage } from './span-coverage.ts'

/**
 * A finder of ORGANIZATION spans for `names` that the tagger did not already cover with a longer mention
 * (`中共中央` inside `中共中央宣传部` stays part of the longer organization).
 */
function nameFinder(names: readonly string[]): (text: string, spans: readonly TypedSpan[]) => TypedSpan[] {
  const longestFirst = [...new Set(names)].sort((a, b) => b.length - a.length)
  const first = new RegExp(`[${[...new Set(longestFirst.map((name) => name[0]))].join('')}]`)
  return (text, spans) => {
    // One scan for the names' first characters spares most texts a search per name.
    if (!first.test(text)) return []
    const found: TypedSpan[] = []
    const taken = new Uint8Array(text.length)
    const cover = spanCoverage(text.length, spans)
    for (const name of longestFirst) {
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
}

/**
 * ORGANIZATION spans for the names and aliases of the lexicon, of three or more characters (`世卫` alone is too
 * easily part of a word).
 *
 * @example findKnownOrganizations('世卫组织报告显示', []) // [{ type: 'ORGANIZATION', start: 0, end: 4 }]
 */
export const findKnownOrganizations = nameFinder(
  [...Object.keys(ORGANIZATION_ALIASES), ...Object.values(ORGANIZATION_ALIASES)].filter(
    (name) => name.length >= 3,
  ),
)

/**
 * ORGANIZATION spans for companies named by their brand, in the full convention only: the PKU corpus leaves
 * them untagged (`丰田/nz`).
 *
 * @example findKnownCompanies('华为发布新款手机', []) // [{ type: 'ORGANIZATION', start: 0, end: 2 }]
 */
export const findKnownCompanies = nameFinder(COMPANIES)
