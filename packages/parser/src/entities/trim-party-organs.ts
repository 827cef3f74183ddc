// Name the organization, not its party committee: `光大银行北京分行党支部` → ORGANIZATION `光大银行北京分行`.
import type { TypedSpan } from '../ner/tags.ts'

// > 光大银行北京分行党支部动员党员业务骨干…
//   ^^^^^^^^^^^^^^^^ the organization the archive tracks; 党支部 is its party branch, printed as a suffix.
const PARTY_ORGAN = /(?:党委|党组织|党组|党支部|党总支|党工委)$/
// What an organization's own name ends with; `双泾村党支部` keeps its suffix, since a village is a place.
const ORGANIZATION_END = /(?:行|司|团|局|部|院|会|厂|校|社|所|委|队|中心|集团|公司|协会|银行)$/

/**
 * ORGANIZATION spans with a party-organ suffix shrunk to the organization they belong to.
 *
 * @example trimPartyOrgans('光大银行北京分行党支部', [{ type: 'ORGANIZATION', start: 0, end: 11 }])
 * // [{ type: 'ORGANIZATION', start: 0, end: 8 }]
 */
export function trimPartyOrgans(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'ORGANIZATION') return span
    const name = text.slice(span.start, span.end)
    const organ = PARTY_ORGAN.exec(name)
    if (!organ) return span
    const owner = name.slice(0, organ.index)
    return owner.length >= 2 && ORGANIZATION_END.test(owner)
      ? { ...span, end: span.start + owner.length }
      : span
  })
}
