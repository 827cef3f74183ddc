// Entity-level exact-match precision, recall and F1, per type and overall.
import type { EntityType } from '../src/types.ts'

/** A predicted or gold span: type and offsets are what must match exactly. */
export interface ScoredSpan {
  type: EntityType
  start: number
  end: number
}

/** Counts for one type or overall. */
export interface Score {
  gold: number
  predicted: number
  correct: number
}

const TYPES: readonly EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION']

/** A fresh tally per type and overall. */
export function emptyScores(): Record<EntityType | 'ALL', Score> {
  const s = () => ({ gold: 0, predicted: 0, correct: 0 })
  return { PERSON: s(), LOCATION: s(), ORGANIZATION: s(), ALL: s() }
}

/** Add one text's gold and predicted spans to `scores`. */
export function tallySpans(
  scores: Record<EntityType | 'ALL', Score>,
  gold: readonly ScoredSpan[],
  predicted: readonly ScoredSpan[],
): void {
  const keys = new Set(gold.map((g) => `${g.type}:${g.start}:${g.end}`))
  for (const g of gold) {
    scores[g.type].gold++
    scores.ALL.gold++
  }
  for (const p of predicted) {
    scores[p.type].predicted++
    scores.ALL.predicted++
    if (keys.has(`${p.type}:${p.start}:${p.end}`)) {
      scores[p.type].correct++
      scores.ALL.correct++
    }
  }
}

/** Precision, recall and F1 of a tally. */
export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.predicted ? s.correct / s.predicted : 0
  const r = s.gold ? s.correct / s.gold : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

/** The four rows (three types and overall) in print order. */
export const SCORE_ROWS: readonly (EntityType | 'ALL')[] = [...TYPES, 'ALL']
