// Cut a snippet around the first hit of a query in a text, marking every hit with <mark> and escaping the rest.
import { normalizeWithOffsets } from './normalize-text.ts'

export { normalizeForSearch } from './normalize-text.ts'

/** Where each needle occurs in `text`, as `[start, end)` offsets into the original text, in order, not overlapping. */
export function findHits(text: string, needles: readonly string[]): [number, number][] {
  const { text: haystack, origin } = normalizeWithOffsets(text)
  const spans: [number, number][] = []
  for (const needle of needles) {
    if (needle.length === 0) continue
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
      spans.push([at, at + needle.length])
  }
  // Earliest first; of two that overlap, the longer one (新冠肺炎 over 肺炎).
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const hits: [number, number][] = []
  let end = -1
  for (const [from, to] of spans) {
    if (from < end) continue
    hits.push([origin[from]!, origin[to]!])
    end = to
  }
  return hits
}

/**
 * A snippet of about `radius` characters either side of the first hit, or null when no needle occurs. `query`
 * is one normalized needle or several (a query's terms); they are found as search finds them (NFKC, ASCII
 * letters folded). Hits are wrapped in `<mark>…</mark>`; all other text is HTML-escaped (`&`, `<`, `>`, `"`),
 * so the snippet can be put into HTML as is. `…` marks a cut.
 *
 * @example highlight('疫情防控关乎生命，复工复产关乎生计', '复工') // '疫情防控关乎生命，<mark>复工</mark>复产关乎生计'
 */
export function highlight(text: string, query: string | readonly string[], radius = 30): string | null {
  const needles = typeof query === 'string' ? [normalizeWithOffsets(query).text] : query
  const hits = findHits(text, needles)
  const first = hits[0]
  if (!first) return null
  const start = Math.max(0, first[0] - radius)
  const end = Math.min(text.length, first[1] + radius)
  let out = start > 0 ? '…' : ''
  let at = start
  for (const [from, to] of hits) {
    if (to > end) break
    out += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`
    at = to
  }
  return out + escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
