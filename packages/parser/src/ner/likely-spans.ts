// Choose a sentence's entities by the probability the CRF gives each span, summed over every way of cutting the
// words around it, instead of reading them off the single best sequence of tags (minimum Bayes risk decoding).
import { createForwardBackward, forwardBackward } from './forward-backward.ts'
import { ENTITY_TYPES, TAG_COUNT, type TypedSpan } from './tags.ts'

const T = TAG_COUNT

/**
 * A span is taken when its probability is above this, and of spans that overlap, the set with the largest sum of
 * (probability − threshold). Above 0.5 no two spans could overlap; 0.35–0.4 gave the best F1 on validation days
 * 21–24 and 17–20 for models trained on the days before them (see the package README).
 */
export const SPAN_THRESHOLD = 0.4

// Tags of an entity type: 4k + position.
const B = 0
const I = 1
const E = 2
const S = 3

// exp(−d × unit) for a whole number d of quantized units, as HIGH[d >> LOW_BITS] × LOW[d & LOW_MASK], up to
// e^−30 (about 10⁻¹³ of the best tag's weight).
const LOW_BITS = 10
const LOW_MASK = (1 << LOW_BITS) - 1
const LOW = new Float64Array(1 << LOW_BITS)
let HIGH = new Float64Array(0)
let tableUnit = Number.NaN

function fillExpTables(unit: number): void {
  for (let d = 0; d <= LOW_MASK; d++) LOW[d] = Math.exp(-d * unit)
  HIGH = Float64Array.from({ length: Math.ceil(30 / unit / (1 << LOW_BITS)) }, (_, h) =>
    Math.exp(-(h << LOW_BITS) * unit),
  )
  tableUnit = unit
}

// Working memory kept between calls (a sentence at a time) and grown as needed.
let work = createForwardBackward(1024)
let marginalSums = new Float64Array(1024)
let best = new Float64Array(1025)
let choice = new Int32Array(1025)
// Candidate spans of the sentence at hand.
const candidates: SpanProbabilities = { type: [], start: [], end: [], p: [] }

/** Spans of one sentence with their probabilities: type index (in `ENTITY_TYPES` order), start, end (exclusive), p. */
export interface SpanProbabilities {
  type: number[]
  start: number[]
  end: number[]
  p: number[]
}

/**
 * Every entity span of one sentence more probable than `threshold`, with its probability: `emissions`
 * (`n * TAG_COUNT` scores, character-major) and the model's transitions, both in quantized units, where `unit` is
 * the log-potential of one unit and `expTransitions` holds exp(transition × unit). The arrays returned are reused
 * by the next call.
 *
 * @example spanProbabilities(scoreEmissions(model, sentence), sentence.length, model.unit, expTransitions, 0.4)
 */
export function spanProbabilities(
  emissions: Float32Array,
  n: number,
  unit: number,
  expTransitions: Float64Array,
  threshold: number,
): SpanProbabilities {
  const { type: types, start: starts, end: ends, p: ps } = candidates
  types.length = starts.length = ends.length = ps.length = 0
  if (n === 0) return candidates
  if (work.norms.length < n) {
    work = createForwardBackward(2 * n)
    marginalSums = new Float64Array(2 * n)
  }
  const { potentials, alpha, beta, norms } = work
  if (unit !== tableUnit) fillExpTables(unit)
  const low = LOW
  const high = HIGH
  const limit = (high.length << LOW_BITS) - 1
  for (let i = 0; i < n; i++) {
    const o = i * T
    let max = -Infinity
    for (let t = 0; t < T; t++) if ((emissions[o + t] as number) > max) max = emissions[o + t] as number
    // Emissions are sums of whole quantized weights, so each tag's distance below the best is a whole number: its
    // exp is the product of two table entries, a fifth the cost of Math.exp. Past the tables a tag weighs e^−30 of
    // the best, too little to count and never zero: text whose scores forbid every well-formed path still has one.
    for (let t = 0; t < T; t++) {
      const d = Math.min(max - (emissions[o + t] as number), limit)
      potentials[o + t] = (high[d >>> LOW_BITS] as number) * (low[d & LOW_MASK] as number)
    }
  }
  forwardBackward(work, expTransitions, n)
  // alpha · beta summed over a position's tags: what turns them into probabilities there.
  for (let i = 0; i < n; i++) {
    let z = 0
    for (let t = i * T, end = t + T; t < end; t++) z += (alpha[t] as number) * (beta[t] as number)
    marginalSums[i] = z
  }
  for (let k = 0; k < ENTITY_TYPES.length; k++) {
    const b = 4 * k + B
    const inside = 4 * k + I
    const e = 4 * k + E
    const s = 4 * k + S
    const bToI = expTransitions[b * T + inside] as number
    const bToE = expTransitions[b * T + e] as number
    const iToI = expTransitions[inside * T + inside] as number
    const iToE = expTransitions[inside * T + e] as number
    for (let i = 0; i < n; i++) {
      const single =
        ((alpha[i * T + s] as number) * (beta[i * T + s] as number)) / (marginalSums[i] as number)
      if (single > threshold) push(k, i, i + 1, single)
      // No span that opens here is more likely than its first tag.
      let path = alpha[i * T + b] as number
      if ((path * (beta[i * T + b] as number)) / (marginalSums[i] as number) <= threshold) continue
      for (let j = i + 1; j < n; j++) {
        const o = j * T
        const toEnd = j === i + 1 ? bToE : iToE
        const toInside = j === i + 1 ? bToI : iToI
        const closed =
          (path * toEnd * (potentials[o + e] as number) * (beta[o + e] as number)) /
          (norms[j] as number) /
          (marginalSums[j] as number)
        if (closed > threshold) push(k, i, j + 1, closed)
        path = (path * toInside * (potentials[o + inside] as number)) / (norms[j] as number)
        // Nor is a longer span more likely than the path that runs on inside it.
        if ((path * (beta[o + inside] as number)) / (marginalSums[j] as number) <= threshold) break
      }
    }
  }
  return candidates
}

/**
 * Append to `into` the spans of `spans` (over a text of `n` characters) above `threshold`, of those that overlap
 * the set with the largest sum of (probability − threshold), in order, with offsets shifted by `offset`.
 *
 * @example chooseSpans(spanProbabilities(emissions, n, unit, expTransitions, 0.4), n, 0.4, 0, spans)
 */
export function chooseSpans(
  spans: SpanProbabilities,
  n: number,
  threshold: number,
  offset: number,
  into: TypedSpan[],
): void {
  const { type: types, start: starts, end: ends, p: ps } = spans
  if (types.length === 0) return
  if (best.length <= n) {
    best = new Float64Array(2 * n + 1)
    choice = new Int32Array(2 * n + 1)
  }
  // Weighted interval scheduling over the text's positions, the spans taken in order of their ends: one pass,
  // however long the text.
  const order = types
    .map((_, c) => c)
    .filter((c) => (ps[c] as number) > threshold)
    .sort((x, y) => (ends[x] as number) - (ends[y] as number))
  best[0] = 0
  for (let j = 1, k = 0; j <= n; j++) {
    best[j] = best[j - 1] as number
    choice[j] = -1
    for (; k < order.length && ends[order[k] as number] === j; k++) {
      const c = order[k] as number
      const gain = (best[starts[c] as number] as number) + (ps[c] as number) - threshold
      if (gain > (best[j] as number)) {
        best[j] = gain
        choice[j] = c
      }
    }
  }
  // Found from the end back, then put in order.
  const chosen: TypedSpan[] = []
  for (let j = n; j > 0;) {
    const c = choice[j] as number
    if (c < 0) {
      j--
      continue
    }
    chosen.push({
      type: ENTITY_TYPES[types[c] as number] as TypedSpan['type'],
      start: (starts[c] as number) + offset,
      end: (ends[c] as number) + offset,
    })
    j = starts[c] as number
  }
  for (let k = chosen.length - 1; k >= 0; k--) into.push(chosen[k] as TypedSpan)
}

function push(type: number, start: number, end: number, p: number): void {
  candidates.type.push(type)
  candidates.start.push(start)
  candidates.end.push(end)
  candidates.p.push(p)
}
