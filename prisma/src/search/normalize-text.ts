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
  const { text: normal, origin } = normalizeKeepingOffsets(text)
  if (origin !== null) return { text: normal, origin }
  const identity = new Array<number>(text.length + 1)
  for (let i = 0; i <= text.length; i++) identity[i] = i
  return { text: normal, origin: identity }
}

/**
 * As {@link normalizeWithOffsets}, but `origin` is null when every offset is its own (the usual case), so that a
 * caller scanning thousands of texts builds no array for them.
 */
export function normalizeKeepingOffsets(text: string): { text: string; origin: number[] | null } {
  const normal = normalizeForSearch(text)
  // Most texts keep their length: CJK characters are their own normal form and full-width punctuation (，：)
  // maps one to one. If no character of the text changes its length, offsets are offsets.
  if (normal.length === text.length && !CHANGES_LENGTH.test(text)) return { text: normal, origin: null }
  // Otherwise only the characters that may change length, each with its combining marks, are normalized on their
  // own; the runs between them keep their offsets.
  let out = ''
  const origin: number[] = []
  let at = 0
  for (const match of text.matchAll(CHANGING_PIECE)) {
    const run = text.slice(at, match.index)
    out += normalizeForSearch(run)
    for (let k = 0; k < run.length; k++) origin.push(at + k)
    const piece = normalizeForSearch(match[0])
    out += piece
    for (let k = 0; k < piece.length; k++) origin.push(match.index)
    at = match.index + match[0].length
  }
  const rest = text.slice(at)
  out += normalizeForSearch(rest)
  for (let k = 0; k <= rest.length; k++) origin.push(at + k)
  return { text: out, origin }
}

// Characters whose NFKC form may differ in length (everything but ASCII, the CJK ideographs, kana, Hangul
// syllables and the full-width forms that map one to one), and combining marks, which NFKC may compose.
const CHANGES_LENGTH =
  // eslint-disable-next-line no-control-regex -- ASCII keeps its length, control characters included
  /[^\u0000-\u007f\u3000-\u303f\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff5e\u2018\u2019\u201c\u201d\u2014\u00b7]|[\u0300-\u036f\u3099\u309a]/

// A character that may change length under NFKC, or any character followed by what NFKC may compose with it
// (combining marks, and the Hangul vowel and final jamo that make a syllable, compatibility jamo included: 가 + ᆨ
// is 각), with those.
const CHANGING_PIECE = new RegExp(
  `[\\s\\S](?:\\p{M}|[\\u1160-\\u11ff\\u3131-\\u318e])+|(?:${CHANGES_LENGTH.source})(?:\\p{M}|[\\u1160-\\u11ff\\u3131-\\u318e])*`,
  'gu',
)
