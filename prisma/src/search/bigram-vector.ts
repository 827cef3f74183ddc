// Build the bigram tsvector of a text in JavaScript, exactly as the SQL function broadsheet_bigrams does.
import { normalizeForSearch } from './highlight.ts'

/**
 * The tsvector literal of `text` for the search index: each character with the next at its position, the last
 * character alone. Ingest sends this instead of having PostgreSQL compute it, which is five times cheaper;
 * a test checks it equals `broadsheet_bigrams(text)` for any text.
 *
 * @example bigramVector('复工复产') // "'复工':1 '工复':2 '复产':3 '产':4"
 */
export function bigramVector(text: string): string {
  const chars = [...normalizeForSearch(text)]
  const parts: string[] = []
  const repeats = new Map<string, number>()
  let most = 0
  for (let i = 0; i < chars.length; i++) {
    const lexeme = chars[i]! + (chars[i + 1] ?? '')
    const seen = (repeats.get(lexeme) ?? 0) + 1
    repeats.set(lexeme, seen)
    if (seen > most) most = seen
    const quoted =
      lexeme.includes("'") || lexeme.includes('\\')
        ? lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")
        : lexeme
    parts.push(`'${quoted}':${i + 1}`)
  }
  // A tsvector keeps 256 positions of a lexeme and none past 16383: mark such a text, search checks it by strpos.
  if (chars.length > LONGEST_EXACT || most >= MOST_REPEATS) parts.push(`'${LOSSY}'`)
  return parts.join(' ')
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
