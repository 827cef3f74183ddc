// Cut a snippet around the first hit of a query in a text, as plain parts with each hit marked.
import { normalizeForSearch, normalizeKeepingOffsets } from './normalize-text.ts'

export { normalizeForSearch } from './normalize-text.ts'

/** A run of a snippet: plain text, with `hit` true where it is the query. */
export interface HighlightPart {
  text: string
  hit: boolean
}

/**
 * Where each needle occurs in `text`, as `[start, end)` offsets into the original text, in order, not overlapping.
 * Needles are normalized (see normalizeForSearch) and found as search finds them: after NFKC, ASCII letters folded.
 *
 * @example findHits('新冠肺炎疫情', ['肺炎', '新冠肺炎']) // [[0, 4]]: of two that overlap, the longer one
 */
export function findHits(text: string, needles: readonly string[]): [number, number][] {
  const { text: haystack, origin } = normalizeKeepingOffsets(text)
  const spans: [number, number][] = []
  for (const needle of needles) {
    if (needle.length === 0) continue
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
      spans.push([at, at + needle.length])
  }
  // Earliest first; of two that overlap, the longer one (新冠肺炎 over 肺炎).
  if (needles.length > 1) spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const hits: [number, number][] = []
  let end = -1
  for (const [from, to] of spans) {
    if (from < end) continue
    hits.push(origin === null ? [from, to] : [origin[from]!, origin[to]!])
    end = to
  }
  return hits
}

/**
 * A snippet of about `radius` characters either side of the first hit, or null when no needle occurs: plain text
 * parts, each hit its own part with `hit: true`. `query` is one needle or several (a query's terms), found as
 * {@link findHits} finds them. `…` marks a cut. Nothing is escaped: the parts are data, and whoever renders them
 * escapes for their medium.
 *
 * @example
 * highlight('疫情防控关乎生命，复工复产关乎生计', '复工')
 * // [{ text: '疫情防控关乎生命，', hit: false }, { text: '复工', hit: true }, { text: '复产关乎生计', hit: false }]
 */
export function highlight(
  text: string,
  query: string | readonly string[],
  radius = 30,
): HighlightPart[] | null {
  const needles = typeof query === 'string' ? [normalizeForSearch(query)] : query
  const hits = findHits(text, needles)
  const first = hits[0]
  if (!first) return null
  const start = Math.max(0, first[0] - radius)
  const end = Math.min(text.length, first[1] + radius)
  const parts: HighlightPart[] = []
  const plain = (value: string) => {
    if (value) parts.push({ text: value, hit: false })
  }
  let at = start
  let before = start > 0 ? '…' : ''
  for (const [from, to] of hits) {
    if (to > end) break
    plain(before + text.slice(at, from))
    before = ''
    parts.push({ text: text.slice(from, to), hit: true })
    at = to
  }
  plain(before + text.slice(at, end) + (end < text.length ? '…' : ''))
  return parts
}

/**
 * A snippet as one plain string, hits unmarked: for a format with no markup, such as an export.
 *
 * @example plainSnippet(highlight('疫情防控关乎生命', '防控')) // '疫情防控关乎生命'
 */
export function plainSnippet(parts: readonly HighlightPart[] | null): string | null {
  return parts === null ? null : parts.map((part) => part.text).join('')
}
