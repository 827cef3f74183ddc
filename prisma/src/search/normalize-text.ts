// The one normalization search applies to stored texts and to queries: NFKC, then ASCII letters lower-cased.
//
// NFKC makes full-width and half-width one: `１９９８` is `1998`, `ＡＰＰ` is `APP`, and the full-width punctuation
// of Chinese text (`，（）：`) becomes ASCII. The SQL function broadsheet_normalize does exactly this (see the
// migration search_nfkc), so the bigram index and every query agree.

/**
 * A text as the search index sees it.
 *
 * @example normalizeForSearch('１９９８年ＡＰＰ，') // '1998年app,'
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').replace(/[A-Z]/g, (letter) => letter.toLowerCase())
}

/** A normalized text with, for each of its UTF-16 units, the offset in the original text it came from. */
export interface NormalizedText {
  text: string
  /** `origin[i]` is where the original character behind `text[i]` starts; `origin[text.length]` is its length. */
  origin: number[]
}

/**
 * Normalize `text` as {@link normalizeForSearch} does, keeping track of offsets, so that a hit found in the
 * normalized text can be cut from the original. Each character with its combining marks is normalized on its
 * own; for the texts of a newspaper that equals normalizing the whole.
 *
 * @example
 * const { text, origin } = normalizeWithOffsets('…疫情') // text '...疫情', origin [0, 0, 0, 1, 2, 3]
 */
export function normalizeWithOffsets(text: string): NormalizedText {
  let out = ''
  const origin: number[] = []
  // Fast path: most characters of Chinese text are their own normal form.
  for (const match of text.matchAll(/[\s\S][\p{M}]*/gu)) {
    const piece = match[0]
    const at = match.index
    const normal = normalizeForSearch(piece)
    out += normal
    for (let k = 0; k < normal.length; k++) origin.push(at)
  }
  origin.push(text.length)
  return { text: out, origin }
}
