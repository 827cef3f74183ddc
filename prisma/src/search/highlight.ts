// Cut a snippet around the first hit of a query in a text, as plain parts with each hit marked.

/**
 * The normalization search applies to texts and queries (the SQL function broadsheet_normalize): ASCII letters
 * lower-cased, everything else unchanged, so that offsets in the normalized text are offsets in the original.
 */
export function normalizeForSearch(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
}

/** A run of a snippet: plain text, with `hit` true where it is the query. */
export interface HighlightPart {
  text: string
  hit: boolean
}

/**
 * A snippet of about `radius` characters either side of the first hit, or null when `query` does not occur: plain
 * text parts, each hit its own part with `hit: true`. `…` marks a cut. Nothing is escaped: the parts are data, and
 * whoever renders them escapes for their medium.
 *
 * @example
 * highlight('疫情防控关乎生命，复工复产关乎生计', '复工')
 * // [{ text: '疫情防控关乎生命，', hit: false }, { text: '复工', hit: true }, { text: '复产关乎生计', hit: false }]
 */
export function highlight(text: string, query: string, radius = 30): HighlightPart[] | null {
  const haystack = normalizeForSearch(text)
  const needle = normalizeForSearch(query)
  const first = haystack.indexOf(needle)
  if (first < 0 || needle.length === 0) return null
  const start = Math.max(0, first - radius)
  const end = Math.min(text.length, first + needle.length + radius)
  const parts: HighlightPart[] = []
  const plain = (value: string) => {
    if (value) parts.push({ text: value, hit: false })
  }
  let at = start
  let before = start > 0 ? '…' : ''
  for (
    let hit = first;
    hit >= 0 && hit + needle.length <= end;
    hit = haystack.indexOf(needle, hit + needle.length)
  ) {
    plain(before + text.slice(at, hit))
    before = ''
    parts.push({ text: text.slice(hit, hit + needle.length), hit: true })
    at = hit + needle.length
  }
  plain(text.slice(at, end) + (end < text.length ? '…' : ''))
  return parts
}
