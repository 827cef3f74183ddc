// Classify how a line ends: a finished sentence, a lead-in (`——`), or text that runs on.

/** How a line's last visible character leaves the sentence. */
export type LineEnding = 'sentence' | 'lead-in' | 'open'

const SENTENCE_END = new Set(['。', '！', '？', '…', '；', '：', '!', '?', ';', ':'])
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'"])

/**
 * How `text` ends. A closing quote or bracket counts as a sentence end: `“我是书记，我先上！”`, `“十项行动”。`.
 *
 * @example lineEnding('从上游到下游，助力打通产业链——') // 'lead-in'
 */
export function lineEnding(text: string): LineEnding {
  const trimmed = text.trimEnd()
  const last = trimmed.at(-1)
  if (last === undefined) return 'open'
  if (last === '—' || last === '－')
    return trimmed.endsWith('——') || trimmed.endsWith('－－') ? 'lead-in' : 'open'
  if (SENTENCE_END.has(last) || CLOSERS.has(last)) return 'sentence'
  return 'open'
}

/** True when `text` holds a sentence break (`。！？；`) anywhere, which a title or heading line never does. */
export function hasSentenceBreak(text: string): boolean {
  return /[。；;]|[！？!?](?!$)/u.test(text.trimEnd())
}

/**
 * True when `text` could end a title or heading: it does not finish a sentence. A closing quote or bracket is
 * fine unless a sentence end stands before it (`“空中课堂”` may end a title line; `我先上！”` may not).
 *
 * @example endsLikeDisplay('“空中课堂”') // true
 */
export function endsLikeDisplay(text: string): boolean {
  const trimmed = text.trimEnd()
  const last = trimmed.at(-1)
  if (last === undefined) return false
  if (CLOSERS.has(last)) {
    const before = trimmed.at(-2)
    return before === undefined || !SENTENCE_END.has(before)
  }
  return lineEnding(trimmed) === 'open'
}
