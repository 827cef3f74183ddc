// Train the structured averaged perceptron over precomputed feature rows (training only; inference is src/ner).
import { TAG_COUNT } from '../src/ner/tags.ts'
import { viterbi } from './viterbi.ts'
import { FEATURES_PER_CHAR } from '../src/ner/features.ts'
import type { Trainer, TrainingSentence } from './trainer.ts'

/** Weights under training, with the running sums that averaging needs. */
export interface PerceptronState {
  weights: Float32Array
  sums: Float64Array
  transitions: Float64Array
  transitionSums: Float64Array
  /** Updates so far (the averaging clock). */
  clock: number
}

const T = TAG_COUNT

/** Zero weights for `rowCount` features. */
export function createPerceptron(rowCount: number): PerceptronState {
  return {
    weights: new Float32Array(rowCount * T),
    sums: new Float64Array(rowCount * T),
    transitions: new Float64Array(T * T),
    transitionSums: new Float64Array(T * T),
    clock: 1,
  }
}

function emissionsOf(state: PerceptronState, rows: Int32Array, n: number, out: Float32Array): void {
  out.fill(0, 0, n * T)
  const w = state.weights
  for (let i = 0; i < n; i++) {
    const e = i * T
    for (let f = i * FEATURES_PER_CHAR, end = f + FEATURES_PER_CHAR; f < end; f++) {
      const r = rows[f] as number
      if (r < 0) continue
      const base = r * T
      for (let t = 0; t < T; t++) out[e + t] = (out[e + t] as number) + (w[base + t] as number)
    }
  }
}

function bump(state: PerceptronState, rows: Int32Array, i: number, tag: number, delta: number): void {
  const c = state.clock * delta
  for (let f = i * FEATURES_PER_CHAR, end = f + FEATURES_PER_CHAR; f < end; f++) {
    const r = rows[f] as number
    if (r < 0) continue
    const idx = r * T + tag
    state.weights[idx] = (state.weights[idx] as number) + delta
    state.sums[idx] = (state.sums[idx] as number) + c
  }
}

function bumpTransition(state: PerceptronState, prev: number, next: number, delta: number): void {
  const idx = prev * T + next
  state.transitions[idx] = (state.transitions[idx] as number) + delta
  state.transitionSums[idx] = (state.transitionSums[idx] as number) + state.clock * delta
}

/** One pass over `order`; returns the number of sentences decoded wrongly. */
export function trainEpoch(
  state: PerceptronState,
  sentences: readonly TrainingSentence[],
  order: Int32Array,
): number {
  let longest = 0
  for (const s of sentences) longest = Math.max(longest, s.gold.length)
  const emissions = new Float32Array(longest * T)
  const predicted = new Uint8Array(longest)
  const transitions = new Float32Array(T * T)
  let errors = 0
  for (const index of order) {
    const s = sentences[index] as TrainingSentence
    const n = s.gold.length
    emissionsOf(state, s.rows, n, emissions)
    transitions.set(state.transitions)
    const guess = viterbi(emissions.subarray(0, n * T), transitions, predicted.subarray(0, n))
    let wrong = false
    for (let i = 0; i < n; i++) {
      const g = s.gold[i] as number
      const p = guess[i] as number
      if (g !== p) {
        wrong = true
        bump(state, s.rows, i, g, 1)
        bump(state, s.rows, i, p, -1)
      }
      if (i > 0) {
        const gp = s.gold[i - 1] as number
        const pp = guess[i - 1] as number
        if (gp !== pp || g !== p) {
          bumpTransition(state, gp, g, 1)
          bumpTransition(state, pp, p, -1)
        }
      }
    }
    if (wrong) errors++
    state.clock++
  }
  return errors
}

/** The averaged weights: `w − sums / clock`. */
export function averagedWeights(state: PerceptronState): {
  weights: Float32Array
  transitions: Float32Array
} {
  const weights = new Float32Array(state.weights.length)
  for (let i = 0; i < weights.length; i++) {
    weights[i] = (state.weights[i] as number) - (state.sums[i] as number) / state.clock
  }
  const transitions = new Float32Array(T * T)
  for (let i = 0; i < transitions.length; i++) {
    transitions[i] = (state.transitions[i] as number) - (state.transitionSums[i] as number) / state.clock
  }
  return { weights, transitions }
}

/** A perceptron trainer: its model is the averaged weights. */
export function perceptronTrainer(rowCount: number): Trainer {
  const state = createPerceptron(rowCount)
  return {
    epoch: (sentences, order) => `${trainEpoch(state, sentences, order)} sentences wrong`,
    weights: () => averagedWeights(state),
  }
}
