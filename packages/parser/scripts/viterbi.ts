// Find the best-scoring well-formed tag sequence (BIES spans of entities and words) for per-character scores: the
// perceptron trainer decodes with it (inference reads the CRF's span probabilities instead, src/ner/likely-spans.ts).
import { isAllowedTransition, mayEndWith, PREDECESSORS as LISTS, TAG_COUNT } from '../src/ner/tags.ts'

const NEG = -1e30
const T = TAG_COUNT

// Allowed predecessors of each tag laid end to end, ascending: tag t's run from FIRST[t] to FIRST[t + 1]. BIES
// forbids most pairs, so the inner loop stays short, and one flat array keeps it direct.
const PREDECESSORS = Int32Array.from(LISTS.flat())
const FIRST = Int32Array.from([0, ...LISTS.map((_, t) => LISTS.slice(0, t + 1).flat().length)])
const STARTS = Array.from({ length: T }, (_, t) => isAllowedTransition(-1, t))
const ENDS = Array.from({ length: T }, (_, t) => mayEndWith(t))

// Working memory kept between calls (a sentence at a time, allocating it was a tenth of decoding): back pointers,
// grown as needed, the two rows of scores, and the transition score of each allowed pair, in the order of
// PREDECESSORS (read afresh each call: a trainer changes its transitions in place).
let back = new Uint8Array(4096 * T)
const SCORE = new Float64Array(T)
const NEXT = new Float64Array(T)
const PAIRS = new Float64Array(PREDECESSORS.length)

/**
 * Decode tags from `emissions` (`n * TAG_COUNT` scores, character-major) and `transitions`
 * (`TAG_COUNT * TAG_COUNT`, previous-major) into `out` (length n).
 *
 * @example viterbi(emissions, transitions, new Uint8Array(n))
 */
export function viterbi(emissions: Float32Array, transitions: Float32Array, out: Uint8Array): Uint8Array {
  const n = out.length
  if (n === 0) return out
  if (back.length < n * T) back = new Uint8Array(2 * n * T)
  const pairs = PAIRS
  for (let t = 0; t < T; t++) {
    for (let j = FIRST[t] as number; j < (FIRST[t + 1] as number); j++) {
      pairs[j] = transitions[(PREDECESSORS[j] as number) * T + t] as number
    }
  }
  let score = SCORE
  let next = NEXT
  for (let t = 0; t < T; t++) score[t] = STARTS[t] ? (emissions[t] ?? 0) : NEG
  for (let i = 1; i < n; i++) {
    const base = i * T
    for (let t = 0; t < T; t++) {
      let best = NEG
      let arg = 0
      for (let j = FIRST[t] as number, end = FIRST[t + 1] as number; j < end; j++) {
        const p = PREDECESSORS[j] as number
        const v = (score[p] as number) + (pairs[j] as number)
        if (v > best) {
          best = v
          arg = p
        }
      }
      next[t] = best + (emissions[base + t] as number)
      back[base + t] = arg
    }
    const swap = score
    score = next
    next = swap
  }
  let best = NEG
  let tag = 0
  for (let t = 0; t < T; t++) {
    if (ENDS[t] && (score[t] as number) > best) {
      best = score[t] as number
      tag = t
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = tag
    tag = back[i * T + tag] as number
  }
  return out
}
