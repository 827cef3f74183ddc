// Train the layout model as a linear-chain CRF: stochastic gradient ascent on the log-likelihood of each page's gold
// tags, with L2, over the sequences `canFollow` allows. Its weights spread over all the evidence a line offers
// (a perceptron stops learning from a pattern once other features already fit), which carries to pages unlike the
// training set. Inference decodes the same model with Viterbi (src/layout/decode-tags.ts).
import { ALLOWED, emissions, RULED_OUT, TITLE_PART } from '../src/layout/decode-tags.ts'
import { FEATURE_COUNT } from '../src/layout/line-features.ts'
import type { LayoutModel } from '../src/layout/layout-model.ts'
import { canFollow, LINE_TAGS, TAG_COUNT } from '../src/layout/line-tags.ts'
import type { EncodedPage } from './pages/encode-page.ts'

const T = TAG_COUNT
const START = new Uint8Array(T)
const END = new Uint8Array(T)
for (let t = 0; t < T; t++) {
  START[t] = canFollow(null, LINE_TAGS[t]!) ? 1 : 0
  END[t] = canFollow(LINE_TAGS[t]!, 'furniture') ? 1 : 0
}

export interface CrfOptions {
  /** The first step size; it decays as `rate / (1 + epochs so far)`. */
  rate: number
  /** L2 strength per page: each step multiplies every weight by `1 − step × l2`. */
  l2: number
}

/** Weights under training: feature weights are `scale × scaled`, so L2 costs one multiplication a step. */
interface CrfState {
  scaled: Float64Array
  scale: number
  transitions: Float64Array
  starts: Float64Array
  pairs: Uint8Array
  pagesSeen: number
}

function modelOf(state: CrfState): LayoutModel {
  const weights = new Float64Array(state.scaled.length)
  for (let i = 0; i < weights.length; i++) weights[i] = state.scaled[i]! * state.scale
  return {
    weights,
    transitions: Float64Array.from(state.transitions),
    starts: Float64Array.from(state.starts),
    pairs: state.pairs,
  }
}

/** Buffers for one page's forward-backward, grown to the longest page. */
interface Work {
  potentials: Float64Array
  alpha: Float64Array
  beta: Float64Array
  expTransitions: Float64Array
}

function grow(work: Work, n: number): void {
  if (work.alpha.length >= n * T) return
  work.potentials = new Float64Array(n * T)
  work.alpha = new Float64Array(n * T)
  work.beta = new Float64Array(n * T)
}

/**
 * One SGD step on `page`; returns its negative log-likelihood. The marginals come from a scaled forward-backward
 * over the allowed transitions.
 */
function step(
  state: CrfState,
  page: EncodedPage,
  rate: number,
  l2: number,
  work: Work,
  scores: Float64Array,
): number {
  const n = page.gold.length
  if (n === 0) return 0
  grow(work, n)
  const { potentials: e, alpha, beta, expTransitions: expTr } = work
  const commas = page.features.commaEnds
  const model = {
    weights: state.scaled,
    transitions: state.transitions,
    starts: state.starts,
    pairs: state.pairs,
  }
  emissions(page.features, model, scores)
  const scale = state.scale
  let goldScore = 0
  let logZ = 0
  for (let k = 0; k < n; k++) {
    const o = k * T
    let max = -Infinity
    for (let t = 0; t < T; t++) {
      const v = scores[o + t]! * scale
      e[o + t] = v
      if (v > max) max = v
    }
    goldScore += e[o + page.gold[k]!]! - max
    for (let t = 0; t < T; t++) e[o + t] = scores[o + t]! <= RULED_OUT ? 0 : Math.exp(e[o + t]! - max)
  }
  for (let k = 1; k < n; k++) {
    const table = page.blankBefore[k]! > 0 ? T * T : 0
    goldScore += state.transitions[table + page.gold[k - 1]! * T + page.gold[k]!]!
  }
  goldScore += state.starts[page.gold[0]!]!
  // Forward, normalizing each position.
  for (let i = 0; i < 2 * T * T; i++) expTr[i] = Math.exp(state.transitions[i]!)
  let sum = 0
  for (let t = 0; t < T; t++) {
    alpha[t] = START[t] ? Math.exp(state.starts[t]!) * e[t]! : 0
    sum += alpha[t]!
  }
  const norms = new Float64Array(n)
  norms[0] = sum
  for (let t = 0; t < T; t++) alpha[t] = alpha[t]! / sum
  for (let k = 1; k < n; k++) {
    const o = k * T
    sum = 0
    for (let t = 0; t < T; t++) {
      let a = 0
      const table = page.blankBefore[k]! > 0 ? T * T : 0
      const cut = commas[k - 1] === 1 && !TITLE_PART[t]
      for (let p = 0; p < T; p++)
        if (ALLOWED[table + p * T + t] && !(cut && TITLE_PART[p]))
          a += alpha[o - T + p]! * expTr[table + p * T + t]!
      a *= e[o + t]!
      alpha[o + t] = a
      sum += a
    }
    norms[k] = sum
    for (let t = 0; t < T; t++) alpha[o + t] = alpha[o + t]! / sum
  }
  // The end: only tags that may close a page.
  let endSum = 0
  for (let t = 0; t < T; t++) endSum += END[t] ? alpha[(n - 1) * T + t]! : 0
  for (let k = 0; k < n; k++) logZ += Math.log(norms[k]!)
  logZ += Math.log(endSum)
  // Backward, with the same norms.
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = END[t] ? 1 / endSum : 0
  for (let k = n - 2; k >= 0; k--) {
    const o = k * T
    const table = page.blankBefore[k + 1]! > 0 ? T * T : 0
    for (let p = 0; p < T; p++) {
      let b = 0
      const cut = commas[k] === 1 && TITLE_PART[p]
      for (let t = 0; t < T; t++)
        if (ALLOWED[table + p * T + t] && !(cut && !TITLE_PART[t]))
          b += expTr[table + p * T + t]! * e[o + T + t]! * beta[o + T + t]!
      beta[o + p] = b / norms[k + 1]!
    }
  }
  // Gradient of the log-likelihood: gold counts minus expected counts.
  state.pagesSeen++
  state.scale *= 1 - rate * l2
  const stepSize = rate / state.scale
  const { ids, offsets } = page.features
  const marginal = new Float64Array(T)
  for (let k = 0; k < n; k++) {
    const o = k * T
    let z = 0
    for (let t = 0; t < T; t++) z += alpha[o + t]! * beta[o + t]!
    for (let t = 0; t < T; t++) marginal[t] = -(alpha[o + t]! * beta[o + t]!) / z
    marginal[page.gold[k]!]! += 1
    for (let f = offsets[k]!; f < offsets[k + 1]!; f++) {
      const base = ids[f]! * T
      for (let t = 0; t < T; t++) if (marginal[t] !== 0) state.scaled[base + t]! += stepSize * marginal[t]!
    }
    if (k === 0) {
      for (let t = 0; t < T; t++) state.starts[t]! += rate * marginal[t]!
      continue
    }
    // Pair marginals: alpha(k-1, p) · tr · e(k, t) · beta(k, t) / norm(k).
    const table = page.blankBefore[k]! > 0 ? T * T : 0
    for (let p = 0; p < T; p++) {
      const a = alpha[o - T + p]!
      if (a === 0) continue
      for (let t = 0; t < T; t++) {
        if (!ALLOWED[table + p * T + t]) continue
        if (commas[k - 1] === 1 && TITLE_PART[p] && !TITLE_PART[t]) continue
        const pair = (a * expTr[table + p * T + t]! * e[o + t]! * beta[o + t]!) / norms[k]!
        state.transitions[table + p * T + t]! -= rate * pair
      }
    }
    state.transitions[table + page.gold[k - 1]! * T + page.gold[k]!]! += rate
  }
  if (state.scale < 1e-6) {
    for (let i = 0; i < state.scaled.length; i++) state.scaled[i]! *= state.scale
    state.scale = 1
  }
  return logZ - goldScore
}

/**
 * Train for `epochs` passes over `pages`, in the orders `orders(epoch)` gives; the model is the mean of the weights
 * after each of the last `average` epochs.
 */
export function trainCrf(
  pages: readonly EncodedPage[],
  pairs: Uint8Array,
  epochs: number,
  orders: (epoch: number) => readonly number[],
  options: CrfOptions,
  log: (line: string) => void = () => {},
  average = 3,
): LayoutModel {
  const state: CrfState = {
    scaled: new Float64Array(FEATURE_COUNT * T),
    scale: 1,
    transitions: new Float64Array(2 * T * T),
    starts: new Float64Array(T),
    pairs,
    pagesSeen: 0,
  }
  const work: Work = {
    potentials: new Float64Array(0),
    alpha: new Float64Array(0),
    beta: new Float64Array(0),
    expTransitions: new Float64Array(2 * T * T),
  }
  const scores = new Float64Array(pages.reduce((m, p) => Math.max(m, p.gold.length), 0) * T)
  const mean: LayoutModel = {
    weights: new Float64Array(FEATURE_COUNT * T),
    transitions: new Float64Array(2 * T * T),
    starts: new Float64Array(T),
    pairs,
  }
  let averaged = 0
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const rate = options.rate / (1 + (epoch - 1))
    let loss = 0
    for (const index of orders(epoch)) loss += step(state, pages[index]!, rate, options.l2, work, scores)
    log(`epoch ${epoch}: negative log-likelihood ${loss.toFixed(0)}`)
    if (epoch > epochs - average) {
      averaged++
      const now = modelOf(state)
      for (const key of ['weights', 'transitions', 'starts'] as const) {
        const into = mean[key]
        const from = now[key]
        for (let i = 0; i < into.length; i++) into[i]! += (from[i]! - into[i]!) / averaged
      }
    }
  }
  return averaged > 0 ? mean : modelOf(state)
}
