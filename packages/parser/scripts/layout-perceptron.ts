// Train the layout model as a structured averaged perceptron over whole pages: decode each page with the current
// weights, and where a line's tag is wrong, move weight from the tag given to the gold tag (Collins 2002). Only
// additions of whole numbers, so a run gives the same model on any machine.
import { bestTags, emissions } from '../src/layout/decode-tags.ts'
import { FEATURE_COUNT } from '../src/layout/line-features.ts'
import type { LayoutModel } from '../src/layout/layout-model.ts'
import { TAG_COUNT } from '../src/layout/line-tags.ts'
import type { EncodedPage } from './pages/encode-page.ts'

const T = TAG_COUNT

export interface PerceptronState {
  model: { weights: Float64Array; transitions: Float64Array; starts: Float64Array; pairs: Uint8Array }
  /** Each weight's updates, each times the clock when it was made, for averaging. */
  sums: { weights: Float64Array; transitions: Float64Array; starts: Float64Array }
  clock: number
}

/** A perceptron with zero weights, for features read with the pair table `pairs`. */
export function createPerceptron(pairs: Uint8Array): PerceptronState {
  const zeros = () => ({
    weights: new Float64Array(FEATURE_COUNT * T),
    transitions: new Float64Array(2 * T * T),
    starts: new Float64Array(T),
  })
  return { model: { ...zeros(), pairs }, sums: zeros(), clock: 1 }
}

function bump(
  state: PerceptronState,
  key: 'weights' | 'transitions' | 'starts',
  index: number,
  delta: number,
): void {
  state.model[key][index]! += delta
  state.sums[key][index]! += state.clock * delta
}

/** One pass over `pages` in `order`; returns how many lines were tagged wrong before their page's update. */
export function trainEpoch(
  state: PerceptronState,
  pages: readonly EncodedPage[],
  order: readonly number[],
): number {
  let wrong = 0
  let scores: Float64Array | undefined
  for (const index of order) {
    const page = pages[index]!
    const n = page.gold.length
    scores = emissions(page.features, state.model, scores)
    const guess = bestTags(scores, page.blankBefore, state.model, n, page.features.commaEnds)
    const { ids, offsets } = page.features
    for (let k = 0; k < n; k++) {
      const g = page.gold[k]!
      const p = guess[k]!
      if (g !== p) {
        wrong++
        for (let f = offsets[k]!; f < offsets[k + 1]!; f++) {
          bump(state, 'weights', ids[f]! * T + g, 1)
          bump(state, 'weights', ids[f]! * T + p, -1)
        }
      }
      if (k === 0) {
        if (g !== p) {
          bump(state, 'starts', g, 1)
          bump(state, 'starts', p, -1)
        }
        continue
      }
      const g0 = page.gold[k - 1]!
      const p0 = guess[k - 1]!
      if (g0 !== p0 || g !== p) {
        const table = page.blankBefore[k]! > 0 ? T * T : 0
        bump(state, 'transitions', table + g0 * T + g, 1)
        bump(state, 'transitions', table + p0 * T + p, -1)
      }
    }
    state.clock++
  }
  return wrong
}

/** The averaged model: each weight less its updates' mean age. */
export function averagedModel(state: PerceptronState): LayoutModel {
  const average = (key: 'weights' | 'transitions' | 'starts'): Float64Array =>
    Float64Array.from(state.model[key], (w, i) => w - state.sums[key][i]! / state.clock)
  return {
    weights: average('weights'),
    transitions: average('transitions'),
    starts: average('starts'),
    pairs: state.model.pairs,
  }
}
