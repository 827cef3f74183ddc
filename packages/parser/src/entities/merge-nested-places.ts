// Join a place and the place inside it into one LOCATION: `四川` + `泸州市` → `四川泸州市`.
import type { TypedSpan } from '../ner/tags.ts'
import { resolveDivision } from './canonicalize.ts'

// `长春朝阳区` resolves to Changchun's district, `朝阳区` alone to Beijing's: they are compared by name.
function isNestedIn(whole: string, inner: string): boolean {
  const name = resolveDivision(inner)?.name
  return name !== undefined && resolveDivision(whole)?.name === name
}

/**
 * Merge runs of adjacent LOCATION spans when the whole run names a division nested in the first
 * (`四川泸州市`, `安徽省合肥市`); the merged mention's canonical name is the innermost division.
 *
 * @example mergeNestedPlaces('四川泸州市', [{ type: 'LOCATION', start: 0, end: 2 }, { type: 'LOCATION', start: 2, end: 5 }])
 * // [{ type: 'LOCATION', start: 0, end: 5 }]
 */
export function mergeNestedPlaces(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = []
  for (const span of spans) {
    const last = out.at(-1)
    if (
      last?.type === 'LOCATION' &&
      span.type === 'LOCATION' &&
      last.end === span.start &&
      resolveDivision(text.slice(last.start, last.end)) &&
      isNestedIn(text.slice(last.start, span.end), text.slice(span.start, span.end))
    ) {
      last.end = span.end
      continue
    }
    out.push({ ...span })
  }
  return out
}
