// The CRF's forward-backward pass over well-formed tag sequences (BIES, as tags.ts allows them): training reads
// its marginals for the gradient, inference the probability of each entity span.
import { isAllowedTransition, mayEndWith, TAG_COUNT } from './tags.ts'

const T = TAG_COUNT
const STARTS = Array.from({ length: T }, (_, t) => isAllowedTransition(-1, t))
const ENDS = Array.from({ length: T }, (_, t) => mayEndWith(t))
// BIES leaves two kinds of pairs (tags.ts): a tag that opens a span or word (B, S of any type) follows any tag that
// closes one (E, S), and I or E follows its own type's B or I. The passes below are written out for that shape,
// the tags in the order of these lists (4k + position), which is what keeps them a fifth of decoding's time.
const OPENERS = Int32Array.of(0, 3, 4, 7, 8, 11, 12, 15)
const CLOSERS = Int32Array.of(2, 3, 6, 7, 10, 11, 14, 15)
// exp-transition from CLOSERS[y] to OPENERS[x] at x * 8 + y (filled each call).
const OPEN_AFTER_CLOSE = new Float64Array(64)

/** A sentence's forward-backward, each array `n * TAG_COUNT` (or `n`) long or longer. */
export interface ForwardBackward {
  /** exp(emission − a constant of the position), per position and tag: the input. */
  potentials: Float64Array
  /** Forward values, each position normalized to sum 1. */
  alpha: Float64Array
  /** Backward values, each position normalized to sum 1 (the last one is 1 where a sentence may end). */
  beta: Float64Array
  /**
   * The forward normalizer of each position: a path's weight from position i to j, divided by the normalizers
   * of i + 1…j, is on the scale of `alpha[i]` and `beta[j]`.
   */
  norms: Float64Array
}

/** Arrays for sentences of up to `longest` characters. */
export function createForwardBackward(longest: number): ForwardBackward {
  return {
    potentials: new Float64Array(longest * T),
    alpha: new Float64Array(longest * T),
    beta: new Float64Array(longest * T),
    norms: new Float64Array(longest),
  }
}

/**
 * Run forward and backward over the first `n` positions of `work.potentials`, with `expTransitions`
 * (`TAG_COUNT * TAG_COUNT`, previous-major, 0 where a pair is not allowed). Returns log Z, less the constants
 * taken out of the potentials.
 *
 * @example const logZ = forwardBackward(work, expTransitions, n)
 */
export function forwardBackward(work: ForwardBackward, expTransitions: Float64Array, n: number): number {
  const { potentials: e, alpha, beta, norms } = work
  let logZ = 0
  let sum = 0
  for (let t = 0; t < T; t++) {
    alpha[t] = STARTS[t] ? (e[t] as number) : 0
    sum += alpha[t] as number
  }
  for (let t = 0; t < T; t++) alpha[t] = (alpha[t] as number) / sum
  norms[0] = sum
  logZ += Math.log(sum)
  const m = OPEN_AFTER_CLOSE
  for (let x = 0; x < 8; x++) {
    for (let y = 0; y < 8; y++)
      m[x * 8 + y] = expTransitions[(CLOSERS[y] as number) * T + (OPENERS[x] as number)] as number
  }
  for (let i = 1; i < n; i++) {
    const o = i * T
    const q = o - T
    const c0 = alpha[q + 2] as number
    const c1 = alpha[q + 3] as number
    const c2 = alpha[q + 6] as number
    const c3 = alpha[q + 7] as number
    const c4 = alpha[q + 10] as number
    const c5 = alpha[q + 11] as number
    const c6 = alpha[q + 14] as number
    const c7 = alpha[q + 15] as number
    sum = 0
    for (let x = 0; x < 8; x++) {
      const t = o + (OPENERS[x] as number)
      const r = x * 8
      const a =
        (c0 * (m[r] as number) +
          c1 * (m[r + 1] as number) +
          c2 * (m[r + 2] as number) +
          c3 * (m[r + 3] as number) +
          c4 * (m[r + 4] as number) +
          c5 * (m[r + 5] as number) +
          c6 * (m[r + 6] as number) +
          c7 * (m[r + 7] as number)) *
        (e[t] as number)
      alpha[t] = a
      sum += a
    }
    for (let k = 0; k < 16; k += 4) {
      const b = alpha[q + k] as number
      const inside = alpha[q + k + 1] as number
      const a1 =
        (b * (expTransitions[k * T + k + 1] as number) +
          inside * (expTransitions[(k + 1) * T + k + 1] as number)) *
        (e[o + k + 1] as number)
      const a2 =
        (b * (expTransitions[k * T + k + 2] as number) +
          inside * (expTransitions[(k + 1) * T + k + 2] as number)) *
        (e[o + k + 2] as number)
      alpha[o + k + 1] = a1
      alpha[o + k + 2] = a2
      sum += a1 + a2
    }
    for (let t = 0; t < T; t++) alpha[o + t] = (alpha[o + t] as number) / sum
    norms[i] = sum
    logZ += Math.log(sum)
  }
  const last = (n - 1) * T
  let ending = 0
  for (let t = 0; t < T; t++) if (ENDS[t]) ending += alpha[last + t] as number
  logZ += Math.log(ending)
  for (let t = 0; t < T; t++) beta[last + t] = ENDS[t] ? 1 : 0
  for (let i = n - 2; i >= 0; i--) {
    const o = i * T
    const q = o + T
    // What each tag of position i + 1 carries back: its potential times its beta.
    const w0 = (e[q] as number) * (beta[q] as number)
    const w1 = (e[q + 3] as number) * (beta[q + 3] as number)
    const w2 = (e[q + 4] as number) * (beta[q + 4] as number)
    const w3 = (e[q + 7] as number) * (beta[q + 7] as number)
    const w4 = (e[q + 8] as number) * (beta[q + 8] as number)
    const w5 = (e[q + 11] as number) * (beta[q + 11] as number)
    const w6 = (e[q + 12] as number) * (beta[q + 12] as number)
    const w7 = (e[q + 15] as number) * (beta[q + 15] as number)
    let total = 0
    for (let y = 0; y < 8; y++) {
      const b =
        w0 * (m[y] as number) +
        w1 * (m[8 + y] as number) +
        w2 * (m[16 + y] as number) +
        w3 * (m[24 + y] as number) +
        w4 * (m[32 + y] as number) +
        w5 * (m[40 + y] as number) +
        w6 * (m[48 + y] as number) +
        w7 * (m[56 + y] as number)
      beta[o + (CLOSERS[y] as number)] = b
      total += b
    }
    for (let k = 0; k < 16; k += 4) {
      const toInside = (e[q + k + 1] as number) * (beta[q + k + 1] as number)
      const toEnd = (e[q + k + 2] as number) * (beta[q + k + 2] as number)
      const b =
        toInside * (expTransitions[k * T + k + 1] as number) +
        toEnd * (expTransitions[k * T + k + 2] as number)
      const inside =
        toInside * (expTransitions[(k + 1) * T + k + 1] as number) +
        toEnd * (expTransitions[(k + 1) * T + k + 2] as number)
      beta[o + k] = b
      beta[o + k + 1] = inside
      total += b + inside
    }
    for (let p = 0; p < T; p++) beta[o + p] = (beta[o + p] as number) / total
  }
  return logZ
}
