// Cut a snippet around the first hit of a query in a text, marking every hit with <mark> and escaping the rest.

/**
 * The normalization search applies to texts and queries (the SQL function broadsheet_normalize): ASCII letters
 * lower-cased, everything else unchanged, so that offsets in the normalized text are offsets in the original.
 */
export function normalizeForSearch(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
}

/**
 * A snippet of about `radius` characters either side of the first hit, or null when `query` does not occur.
 * Hits are wrapped in `<mark>…</mark>`; all other text is HTML-escaped (`&`, `<`, `>`, `"`), so the snippet can
 * be put into HTML as is. `…` marks a cut.
 *
 * @example highlight('疫情防控关乎生命，复工复产关乎生计', '复工') // '疫情防控关乎生命，<mark>复工</mark>复产关乎生计'
 */
export function highlight(text: string, query: string, radius = 30): string | null {
  const haystack = normalizeForSearch(text)
  const needle = normalizeForSearch(query)
  const first = haystack.indexOf(needle)
  if (first < 0 || needle.length === 0) return null
  const start = Math.max(0, first - radius)
  const end = Math.min(text.length, first + needle.length + radius)
  let out = start > 0 ? '…' : ''
  let at = start
  for (
    let hit = first;
    hit >= 0 && hit + needle.length <= end;
    hit = haystack.indexOf(needle, hit + needle.length)
  ) {
    out += `${escapeHtml(text.slice(at, hit))}<mark>${escapeHtml(text.slice(hit, hit + needle.length))}</mark>`
    at = hit + needle.length
  }
  return out + escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
