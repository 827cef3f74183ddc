// Index which span covers each character, so the rules look spans up in constant time on long texts.
import type { TypedSpan } from '../ner/tags.ts'

/**
 * For each position of a text of `length`, the index in `spans` of the span covering it, or -1. Spans are
 * expected disjoint; where they are not, the later one wins.
 *
 * @example spanCoverage(4, [{ type: 'PERSON', start: 1, end: 3 }]) // Int32Array [-1, 0, 0, -1]
 */
export function spanCoverage(length: number, spans: readonly TypedSpan[]): Int32Array {
  const cover = new Int32Array(length).fill(-1)
  spans.forEach((s, i) => cover.fill(i, Math.max(0, s.start), Math.min(length, s.end)))
  return cover
}
