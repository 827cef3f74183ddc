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
  // Read the last visible character in place: this runs on every line, and lines are already trimmed as a rule.
  let end = text.length
  while (end > 0 && isTrailingSpace(text.charCodeAt(end - 1))) end--
  if (end === 0) return 'open'
  const last = text[end - 1]!
  if (last === '—' || last === '－') return end >= 2 && text[end - 2] === last ? 'lead-in' : 'open'
  if (SENTENCE_END.has(last) || CLOSERS.has(last)) return 'sentence'
  return 'open'
}

/** The whitespace `String.prototype.trimEnd` removes, by code unit. */
function isTrailingSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
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
