// Keep whitespace and stray punctuation out of the edges of a mention: ` 王鹏` → `王鹏`.
import type { TypedSpan } from '../ner/tags.ts'

const EDGE = /[\s\p{P}]/u
// Quotes and brackets may sit inside a name (`“旅行者”号`), but not at its edges alone; `·` joins names.
const KEEP = new Set(['·', '-'])

/**
 * Spans shrunk past whitespace and punctuation at either edge; spans left empty are dropped.
 *
 * @example trimSpans(' 王鹏', [{ type: 'PERSON', start: 0, end: 3 }]) // [{ type: 'PERSON', start: 1, end: 3 }]
 */
export function trimSpans(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = []
  const trimmable = (c: string) => EDGE.test(c) && !KEEP.has(c)
  for (const span of spans) {
    let { start, end } = span
    while (start < end && trimmable(text[start] as string)) start++
    while (end > start && trimmable(text[end - 1] as string)) end--
    if (end > start) out.push({ type: span.type, start, end })
  }
  return out
}
