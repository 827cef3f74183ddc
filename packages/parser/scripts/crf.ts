// Train the tagger's weights as a linear-chain CRF: stochastic gradient ascent on the log-likelihood of the gold
// tags, with L2, over precomputed feature rows (training only). The model it gives is the same kind as the
// perceptron's, one weight per feature and tag plus transitions; inference reads the same forward-backward
// (src/ner/forward-backward.ts) for the probability of each span.
import { FEATURES_PER_CHAR } from '../src/ner/features.ts'
import { createForwardBackward, forwardBackward, type ForwardBackward } from '../src/ner/forward-backward.ts'
import { PREDECESSORS, TAG_COUNT } from '../src/ner/tags.ts'
import type { Trainer, TrainingSentence } from './trainer.ts'

const T = TAG_COUNT
const F = FEATURES_PER_CHAR

/** Weights under training. The feature weights are `scale * scaled`: L2 shrinks every weight at each step by
 * shrinking `scale` alone, so a step costs only the rows of its sentence. */
export interface CrfState {
  scaled: Float32Array
  scale: number
  transitions: Float64Array
  /** Sentences seen so far (the learning rate's clock). */
  steps: number
}

export interface CrfOptions {
  /** The first step size; it decays as `rate / (1 + epochs so far)`, counted in sentences. */
  rate: number
  /** L2 strength per sentence: each step multiplies every weight by `1 − step × l2`. */
  l2: number
  /**
   * The chance that each feature of each character is left out of a sentence's step (dropout), 0 for none. The
   * features kept count `1 / (1 − dropout)` times, so the weights fit inference, where every feature counts once.
   */
  dropout?: number
  /** Uniform numbers in [0, 1) that choose the features left out. */
  random?: () => number
}

/** Zero weights for `rowCount` features. */
export function createCrf(rowCount: number): CrfState {
  return { scaled: new Float32Array(rowCount * T), scale: 1, transitions: new Float64Array(T * T), steps: 0 }
}

/**
 * Buffers for one sentence's gradient, sized for the longest sentence: its forward-backward (the potentials are
 * exp(emission − the position's largest emission)) and the gradient.
 */
export interface CrfWorkspace extends ForwardBackward {
  expTransitions: Float64Array
  /** Gold minus expected count, per position and tag: the log-likelihood's gradient for each feature on it. */
  emissionGradient: Float64Array
  /** The same per transition. */
  transitionGradient: Float64Array
}

export function createWorkspace(longest: number): CrfWorkspace {
  return {
    ...createForwardBackward(longest),
    expTransitions: new Float64Array(T * T),
    emissionGradient: new Float64Array(longest * T),
    transitionGradient: new Float64Array(T * T),
  }
}

/**
 * The negative log-likelihood of `sentence`'s gold tags under `state`, over well-formed tag sequences only
 * (BIES, as Viterbi decodes), with the feature weights multiplied by `boost`. Its gradient (of the
 * log-likelihood, per unit of the boosted emissions) goes into `work`.
 */
export function sentenceGradient(
  state: CrfState,
  sentence: TrainingSentence,
  work: CrfWorkspace,
  boost = 1,
): number {
  const { rows, gold } = sentence
  const n = gold.length
  const {
    potentials: e,
    alpha,
    beta,
    expTransitions: expTr,
    emissionGradient: g,
    transitionGradient: tg,
  } = work
  const { scaled, transitions } = state
  const scale = state.scale * boost
  let goldScore = 0
  for (let i = 0; i < n; i++) {
    const o = i * T
    e.fill(0, o, o + T)
    for (let f = i * F, end = f + F; f < end; f++) {
      const r = rows[f] as number
      if (r < 0) continue
      const base = r * T
      for (let t = 0; t < T; t++) e[o + t] = (e[o + t] as number) + (scaled[base + t] as number)
    }
    let max = -Infinity
    for (let t = 0; t < T; t++) {
      const v = (e[o + t] as number) * scale
      e[o + t] = v
      if (v > max) max = v
    }
    // Each position's largest emission comes out of both the gold score and log Z.
    goldScore += (e[o + (gold[i] as number)] as number) - max
    if (i > 0) goldScore += transitions[(gold[i - 1] as number) * T + (gold[i] as number)] as number
    for (let t = 0; t < T; t++) e[o + t] = Math.exp((e[o + t] as number) - max)
  }
  for (let k = 0; k < T * T; k++) expTr[k] = Math.exp(transitions[k] as number)
  const logZ = forwardBackward(work, expTr, n)
  // Gold counts minus marginals.
  tg.fill(0)
  for (let i = 0; i < n; i++) {
    const o = i * T
    let z = 0
    for (let t = 0; t < T; t++) z += (alpha[o + t] as number) * (beta[o + t] as number)
    for (let t = 0; t < T; t++) g[o + t] = -((alpha[o + t] as number) * (beta[o + t] as number)) / z
    g[o + (gold[i] as number)] = (g[o + (gold[i] as number)] as number) + 1
    if (i === 0) continue
    let pairs = 0
    for (let t = 0; t < T; t++) {
      const w = (e[o + t] as number) * (beta[o + t] as number)
      for (const p of PREDECESSORS[t] as readonly number[])
        pairs += (alpha[o - T + p] as number) * (expTr[p * T + t] as number) * w
    }
    for (let t = 0; t < T; t++) {
      const w = (e[o + t] as number) * (beta[o + t] as number)
      for (const p of PREDECESSORS[t] as readonly number[]) {
        const k = p * T + t
        tg[k] = (tg[k] as number) - ((alpha[o - T + p] as number) * (expTr[k] as number) * w) / pairs
      }
    }
    const k = (gold[i - 1] as number) * T + (gold[i] as number)
    tg[k] = (tg[k] as number) + 1
  }
  return logZ - goldScore
}

/**
 * One pass of SGD over `order`; returns the summed negative log-likelihood before each sentence's step (of the
 * features kept, with dropout).
 */
export function crfEpoch(
  state: CrfState,
  sentences: readonly TrainingSentence[],
  order: Int32Array,
  options: CrfOptions,
): number {
  let longest = 0
  for (const s of sentences) longest = Math.max(longest, s.gold.length)
  const work = createWorkspace(longest)
  const { emissionGradient: g, transitionGradient: tg } = work
  const dropout = options.dropout ?? 0
  const random = options.random ?? Math.random
  const kept = new Int32Array(longest * F)
  // The features kept count for those left out.
  const boost = 1 / (1 - dropout)
  let loss = 0
  for (const index of order) {
    let s = sentences[index] as TrainingSentence
    if (dropout > 0) {
      const rows = kept.subarray(0, s.rows.length)
      for (let f = 0; f < rows.length; f++) rows[f] = random() < dropout ? -1 : (s.rows[f] as number)
      s = { rows, gold: s.gold }
    }
    loss += sentenceGradient(state, s, work, boost)
    const rate = options.rate / (1 + state.steps / sentences.length)
    state.steps++
    state.scale *= 1 - rate * options.l2
    const step = (rate * boost) / state.scale
    const { rows, gold } = s
    const { scaled } = state
    for (let i = 0; i < gold.length; i++) {
      const o = i * T
      for (let f = i * F, end = f + F; f < end; f++) {
        const r = rows[f] as number
        if (r < 0) continue
        const base = r * T
        for (let t = 0; t < T; t++)
          scaled[base + t] = (scaled[base + t] as number) + step * (g[o + t] as number)
      }
    }
    for (let k = 0; k < T * T; k++)
      state.transitions[k] = (state.transitions[k] as number) + rate * (tg[k] as number)
    // Fold the scale back in before the scaled weights grow too large for Float32.
    if (state.scale < 1e-3) {
      for (let k = 0; k < scaled.length; k++) scaled[k] = (scaled[k] as number) * state.scale
      state.scale = 1
    }
  }
  return loss
}

/** The weights as they stand: `scale * scaled`, and the transitions. */
export function crfWeights(state: CrfState): { weights: Float32Array; transitions: Float32Array } {
  const weights = new Float32Array(state.scaled.length)
  for (let k = 0; k < weights.length; k++) weights[k] = (state.scaled[k] as number) * state.scale
  return { weights, transitions: Float32Array.from(state.transitions) }
}

/**
 * A CRF trainer whose model is the mean of its weights at the end of each epoch from `averageFrom` on (averaged
 * SGD, which settles what the last steps of a decaying rate leave uneven).
 */
export function crfTrainer(rowCount: number, options: CrfOptions & { averageFrom: number }): Trainer {
  const state = createCrf(rowCount)
  const mean = { weights: new Float32Array(rowCount * T), transitions: new Float32Array(T * T) }
  let epochs = 0
  let averaged = 0
  return {
    epoch(sentences, order) {
      const loss = crfEpoch(state, sentences, order, options)
      epochs++
      if (epochs >= options.averageFrom) {
        averaged++
        const now = crfWeights(state)
        for (const key of ['weights', 'transitions'] as const) {
          const into = mean[key]
          const from = now[key]
          for (let k = 0; k < into.length; k++)
            into[k] = (into[k] as number) + ((from[k] as number) - (into[k] as number)) / averaged
        }
      }
      return `negative log-likelihood ${loss.toFixed(0)}`
    },
    weights: () =>
      averaged > 0
        ? { weights: mean.weights.slice(), transitions: mean.transitions.slice() }
        : crfWeights(state),
  }
}
