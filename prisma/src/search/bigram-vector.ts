// Build the bigram tsvector of a text in JavaScript, exactly as the SQL function broadsheet_bigrams does.
import { normalizeForSearch } from './normalize-text.ts'

/**
 * The tsvector literal of `text` for the search index: each character with the next at its position, the last
 * character alone. Ingest sends this instead of having PostgreSQL compute it, which is five times cheaper;
 * a test checks it equals `broadsheet_bigrams(text)` for any text.
 *
 * @example bigramVector('复工复产') // "'复工':1 '工复':2 '复产':3 '产':4"
 */
export function bigramVector(text: string): string {
  const normal = normalizeForSearch(text)
  const chars = Array.from(normal)
  const n = chars.length
  const escape = /['\\]/.test(normal)
  // Only a text of 256 or more characters can repeat a bigram 256 times: count repeats for those alone.
  const repeats = n >= MOST_REPEATS ? new Map<string, number>() : null
  let most = 0
  let out = ''
  for (let i = 0; i < n; i++) {
    const lexeme = i + 1 < n ? chars[i]! + chars[i + 1]! : chars[i]!
    if (repeats) {
      const seen = (repeats.get(lexeme) ?? 0) + 1
      repeats.set(lexeme, seen)
      if (seen > most) most = seen
    }
    const quoted = escape ? lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''") : lexeme
    out += i === 0 ? `'${quoted}':1` : ` '${quoted}':${i + 1}`
  }
  // A tsvector keeps 256 positions of a lexeme and none past 16383: mark such a text, search checks it by strpos.
  if (n > LONGEST_EXACT || most >= MOST_REPEATS) out += n === 0 ? `'${LOSSY}'` : ` '${LOSSY}'`
  return out
}

/** The lexeme that marks a text whose vector may miss a hit (see the migration search_long_texts). */
export const LOSSY = '\u0001lossy'
const LONGEST_EXACT = 16000
const MOST_REPEATS = 256

/** The text an article's search vector covers: kicker, title and subtitle joined by newlines. */
export function articleSearchText(article: {
  kicker: string | null
  title: string | null
  subtitle: string | null
}) {
  return `${article.kicker ?? ''}\n${article.title ?? ''}\n${article.subtitle ?? ''}`
}
