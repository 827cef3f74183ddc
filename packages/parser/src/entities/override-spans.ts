// Let rule-found spans replace the tagger's spans they overlap, keeping the result ordered and disjoint.
import type { TypedSpan } from '../ner/tags.ts'

/**
 * `base` spans that overlap no `forced` span, plus the `forced` spans (the earlier one wins where forced spans
 * overlap each other), sorted by start.
 *
 * @example overrideSpans([{ type: 'PERSON', start: 0, end: 3 }], [{ type: 'PERSON', start: 0, end: 9 }])
 * // [{ type: 'PERSON', start: 0, end: 9 }]
 */
export function overrideSpans(base: readonly TypedSpan[], forced: readonly TypedSpan[]): TypedSpan[] {
  if (forced.length === 0) return [...base]
  const kept: TypedSpan[] = []
  for (const f of [...forced].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1)
    if (!last || f.start >= last.end) kept.push(f)
  }
  // Both lists are in order: one sweep finds the base spans that a forced span overlaps.
  const out: TypedSpan[] = []
  let k = 0
  for (const s of [...base].sort((a, b) => a.start - b.start)) {
    while (k < kept.length && (kept[k] as TypedSpan).end <= s.start) k++
    const f = kept[k]
    if (!f || f.start >= s.end) out.push(s)
  }
  return [...out, ...kept].sort((a, b) => a.start - b.start)
}
