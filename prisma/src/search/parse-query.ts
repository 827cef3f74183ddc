// Read a search query: spaced terms that must all match, "phrases", OR between alternatives, -term to exclude.
import { InputError } from '../input-error.ts'
import { toSimplified } from './convert-traditional.ts'
import { normalizeForSearch } from './normalize-text.ts'

/** One thing to look for: a word or a quoted phrase, matched as a substring. */
export interface QueryTerm {
  /** The term as the reader typed it (after NFKC), without its quotes or minus. */
  text: string
  /**
   * The normalized strings that find it, simplified first: `習近平` is found by `习近平` and by itself. An article
   * contains the term when it contains one of them.
   */
  forms: string[]
  /** It was quoted. */
  phrase: boolean
}

/** A query, understood: every clause of `all` must match (one of its alternatives), and no term of `none`. */
export interface ParsedQuery {
  /** The query as typed. */
  source: string
  all: QueryTerm[][]
  none: QueryTerm[]
}

/** Why a query cannot run, for the reader to fix. */
export type QueryProblem =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'CONTROL_CHARACTER'
  | 'UNCLOSED_QUOTE'
  | 'EMPTY_PHRASE'
  | 'DANGLING_OR'
  | 'EMPTY_EXCLUSION'
  | 'ONLY_EXCLUSIONS'
  | 'TOO_MANY_TERMS'

/**
 * A query the search cannot run; `problem` says why in a word, `message` in a sentence that names the input. It is
 * an InputError of the argument `query` (or whichever `argument` names it), so the API answers BAD_USER_INPUT.
 */
export class QueryError extends InputError {
  override readonly name = 'QueryError'
  readonly problem: QueryProblem
  constructor(problem: QueryProblem, message: string, argument = 'query') {
    super(argument, message)
    this.problem = problem
  }
}

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200
/** Most distinct terms in one query: each is an index lookup. */
export const MAX_QUERY_TERMS = 8

// Quotes a reader may type around a phrase: ASCII (and full-width, which NFKC makes ASCII), Chinese curly, corner.
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' }

/**
 * Parse `query`. Terms separated by spaces must all occur (AND); `"…"` is one term, spaces included; `OR`
 * between two terms means either; `-term` excludes articles that contain it. Matching is by substring after
 * NFKC (`１９９８` is `1998`) with ASCII letters folded, and traditional characters also find simplified text.
 *
 * @example
 * parseQuery('新冠 肺炎 -武汉')
 * // { all: [[{ text: '新冠', … }], [{ text: '肺炎', … }]], none: [{ text: '武汉', … }] }
 * parseQuery('疫情 OR 肺炎').all // [[疫情, 肺炎]]: one clause, two alternatives
 * @throws QueryError for an empty, over-long or malformed query, naming `argument`
 */
export function parseQuery(query: string, argument = 'query'): ParsedQuery {
  if (typeof query !== 'string') throw new QueryError('EMPTY', 'The query must be a string.', argument)
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(query))
    throw new QueryError(
      'CONTROL_CHARACTER',
      'The query must not contain line breaks or control characters.',
      argument,
    )
  const chars = [...query]
  if (chars.length > MAX_QUERY_LENGTH)
    throw new QueryError(
      'TOO_LONG',
      `The query is ${chars.length} characters long; at most ${MAX_QUERY_LENGTH} are allowed.`,
      argument,
    )
  const text = query.normalize('NFKC')
  const tokens = tokenize(text, argument)
  if (tokens.length === 0)
    throw new QueryError('EMPTY', 'The query is empty: type a word to search for.', argument)

  const all: QueryTerm[][] = []
  const none: QueryTerm[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind === 'or') {
      throw new QueryError(
        'DANGLING_OR',
        `OR needs a term on each side, as in "疫情 OR 肺炎": "${query}".`,
        argument,
      )
    }
    if (token.negated) {
      none.push(term(token.text, token.phrase))
      if (tokens[i + 1]?.kind === 'or')
        throw new QueryError(
          'DANGLING_OR',
          `An excluded term cannot be an alternative (-term OR …): "${query}".`,
          argument,
        )
      continue
    }
    const clause = [term(token.text, token.phrase)]
    while (tokens[i + 1]?.kind === 'or') {
      const next = tokens[i + 2]
      if (!next || next.kind === 'or' || next.negated)
        throw new QueryError(
          'DANGLING_OR',
          `OR needs a term on each side, as in "疫情 OR 肺炎": "${query}".`,
          argument,
        )
      clause.push(term(next.text, next.phrase))
      i += 2
    }
    all.push(clause)
  }
  if (all.length === 0)
    throw new QueryError(
      'ONLY_EXCLUSIONS',
      `The query only excludes (${none.map((t) => `-${t.text}`).join(' ')}): add a term to search for.`,
      argument,
    )
  const distinct = new Set([...all.flat(), ...none].map((t) => t.forms[0]))
  if (distinct.size > MAX_QUERY_TERMS)
    throw new QueryError(
      'TOO_MANY_TERMS',
      `The query has ${distinct.size} terms; at most ${MAX_QUERY_TERMS} are allowed.`,
      argument,
    )
  return { source: query, all, none }
}

/** Every term of a query that an article must or may contain (not the excluded ones), in order, once each. */
export function positiveTerms(query: ParsedQuery): QueryTerm[] {
  const seen = new Set<string>()
  return query.all.flat().filter((t) => !seen.has(t.forms.join('\n')) && !!seen.add(t.forms.join('\n')))
}

/**
 * The query written back in its canonical form, simplified; OR binds tighter than the space, so it needs no
 * brackets (and brackets are not operators: `(` is searched for as typed).
 *
 * @example formatQuery(parseQuery('習近平 疫情 OR "新冠 病毒" -武汉')) // '习近平 疫情 OR "新冠 病毒" -武汉'
 */
export function formatQuery(query: ParsedQuery): string {
  const show = (t: QueryTerm) => (t.phrase || /\s/.test(t.forms[0]!) ? `"${t.forms[0]}"` : t.forms[0]!)
  const clauses = query.all.map((clause) => clause.map(show).join(' OR '))
  return [...clauses, ...query.none.map((t) => `-${show(t)}`)].join(' ')
}

type Token = { kind: 'or' } | { kind: 'term'; text: string; phrase: boolean; negated: boolean }

function tokenize(text: string, argument: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const chars = [...text]
  while (i < chars.length) {
    const c = chars[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    let negated = false
    let at = i
    if (c === '-' && at + 1 < chars.length && !/\s/.test(chars[at + 1]!)) {
      negated = true
      at++
    } else if (c === '-') {
      throw new QueryError(
        'EMPTY_EXCLUSION',
        `A minus must be followed by the term to exclude: "${text}".`,
        argument,
      )
    }
    const close = QUOTES[chars[at]!]
    if (close) {
      const end = chars.indexOf(close, at + 1)
      if (end < 0)
        throw new QueryError('UNCLOSED_QUOTE', `The quote ${chars[at]} is never closed: "${text}".`, argument)
      const phrase = chars.slice(at + 1, end).join('')
      if (phrase.trim() === '')
        throw new QueryError('EMPTY_PHRASE', `A quoted phrase is empty: "${text}".`, argument)
      tokens.push({ kind: 'term', text: phrase, phrase: true, negated })
      i = end + 1
      continue
    }
    let end = at
    // A quote ends a word: `新冠"肺炎"` is the word 新冠 and the phrase 肺炎.
    while (end < chars.length && !/\s/.test(chars[end]!) && !(end > at && QUOTES[chars[end]!])) end++
    const word = chars.slice(at, end).join('')
    if (!negated && word === 'OR') tokens.push({ kind: 'or' })
    else tokens.push({ kind: 'term', text: word, phrase: false, negated })
    i = end
  }
  return tokens
}

function term(text: string, phrase: boolean): QueryTerm {
  const forms = [...new Set([normalizeForSearch(toSimplified(text)), normalizeForSearch(text)])]
  return { text, forms, phrase }
}
