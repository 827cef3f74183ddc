// Keep the `小` of endearment out of a child's or young person's name: `小王磊` → `王磊`, `小迎艳` → `迎艳`.
import type { TypedSpan } from '../ner/tags.ts'

// Japanese surnames that begin with `小` (`小林觉`, `小村正彦`): there the character is part of the name.
const JAPANESE_SURNAMES = new Set(
  '小林 小泽 小渊 小村 小田 小野 小川 小池 小泉 小岛 小仓 小松 小山 小西 小宫 小坂 小室 小原 小关 小柳 小滨 小和田'.split(
    ' ',
  ),
)

/**
 * PERSON spans of three characters that begin with `小` lose it. PKU January 1998 writes `小/a 王/nr 磊/nr`
 * (29 names of two characters after `小` in days 1–24) and has one three-character name that begins with `小`
 * (`小林觉`, Japanese); nicknames of two characters (`小许`, `小平`) and longer names (`小泽一郎`) stay whole.
 *
 * @example trimNamePrefixes('小王磊说', [{ type: 'PERSON', start: 0, end: 3 }]) // [{ type: 'PERSON', start: 1, end: 3 }]
 */
export function trimNamePrefixes(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  return spans.map((span) =>
    span.type === 'PERSON' &&
    span.end - span.start === 3 &&
    text[span.start] === '小' &&
    !JAPANESE_SURNAMES.has(text.slice(span.start, span.start + 2)) &&
    !JAPANESE_SURNAMES.has(text.slice(span.start, span.start + 3))
      ? { ...span, start: span.start + 1 }
      : span,
  )
}
