// Tag a page's lines with the layout model: emission scores from features, then the best tag sequence (Viterbi)
// among the sequences `canFollow` allows. Time is linear in the number of lines.
import type { LineFeatures } from './line-features.ts'
import type { LayoutModel } from './layout-model.ts'
import { canFollow, LINE_TAGS, TAG_COUNT } from './line-tags.ts'

const T = TAG_COUNT
const NEG = -1e30
/** `[no blank line between, a blank line between] × previous tag × tag`: 1 where `canFollow` allows it. */
export const ALLOWED = new Uint8Array(2 * T * T)
/** 1 for the tags of a title block: kicker, title, subtitle. */
export const TITLE_PART = Uint8Array.from(LINE_TAGS, (tag) =>
  tag === 'kicker' || tag === 'title' || tag === 'subtitle' ? 1 : 0,
)

/** For each transition table and tag, the tags allowed before it, laid end to end (`FIRST` marks where each starts). */
const PREDECESSORS: number[] = []
const FIRST = new Int32Array(2 * T + 1)
for (let b = 0; b < 2; b++)
  for (let t = 0; t < T; t++) {
    FIRST[b * T + t] = PREDECESSORS.length
    for (let p = 0; p < T; p++) if (canFollow(LINE_TAGS[p]!, LINE_TAGS[t]!, b === 1)) PREDECESSORS.push(p)
  }
FIRST[2 * T] = PREDECESSORS.length
const PREDECESSOR = Int32Array.from(PREDECESSORS)
const ENDS_ALLOWED = Uint8Array.from(LINE_TAGS, (tag) => (canFollow(tag, 'furniture') ? 1 : 0))
const STARTS_ALLOWED = new Uint8Array(T)
for (let b = 0; b < 2; b++)
  for (let p = 0; p < T; p++)
    for (let t = 0; t < T; t++)
      ALLOWED[b * T * T + p * T + t] = canFollow(LINE_TAGS[p]!, LINE_TAGS[t]!, b === 1) ? 1 : 0
for (let t = 0; t < T; t++) STARTS_ALLOWED[t] = canFollow(null, LINE_TAGS[t]!) ? 1 : 0

/** A score low enough that no path through it wins: the tags a line's pins rule out. */
export const RULED_OUT = -1e9

/** Each line's score for each tag: the sum of its features' weights, and RULED_OUT for tags its pins forbid. */
export function emissions(features: LineFeatures, model: LayoutModel, out?: Float64Array): Float64Array {
  const n = features.offsets.length - 1
  const scores = out !== undefined && out.length >= n * T ? out : new Float64Array(n * T)
  scores.fill(0, 0, n * T)
  const { ids, offsets, pins } = features
  const rows = model.rows
  const w = model.weights
  for (let k = 0; k < n; k++) {
    const o = k * T
    if (rows !== undefined) {
      const { start, tags, values } = rows
      for (let f = offsets[k]!; f < offsets[k + 1]!; f++) {
        const id = ids[f]!
        for (let j = start[id]!, end = start[id + 1]!; j < end; j++) scores[o + tags[j]!]! += values[j]!
      }
    } else {
      for (let f = offsets[k]!; f < offsets[k + 1]!; f++) {
        const base = ids[f]! * T
        for (let t = 0; t < T; t++) scores[o + t]! += w[base + t]!
      }
    }
    const pin = pins[k]!
    if (pin !== 0) for (let t = 0; t < T; t++) if (!(pin & (1 << t))) scores[o + t] = RULED_OUT
  }
  return scores
}

/**
 * The best tags (indices into LINE_TAGS) for `n` lines with `scores` from `emissions`; `blankBefore[k]` > 0 when
 * a blank line stands between lines k − 1 and k, which selects the transition table; where `commaEnds[k − 1]` is 1,
 * a title block cannot end at line k − 1.
 *
 * @example bestTags(emissions(features, model), blankBefore, model, n)
 */
export function bestTags(
  scores: Float64Array,
  blankBefore: Int32Array,
  model: LayoutModel,
  n: number,
  commaEnds?: Uint8Array,
): Uint8Array {
  const out = new Uint8Array(n)
  if (n === 0) return out
  const back = new Uint8Array(n * T)
  let score = new Float64Array(T)
  let next = new Float64Array(T)
  for (let t = 0; t < T; t++) score[t] = STARTS_ALLOWED[t] ? model.starts[t]! + scores[t]! : NEG
  const transitions = model.transitions
  for (let k = 1; k < n; k++) {
    const blank = blankBefore[k]! > 0 ? 1 : 0
    const table = blank * T * T
    const o = k * T
    const afterComma = commaEnds !== undefined && commaEnds[k - 1] === 1
    for (let t = 0; t < T; t++) {
      let best = NEG
      let arg = 0
      const leavesTitle = afterComma && !TITLE_PART[t]
      for (let j = FIRST[blank * T + t]!, last = FIRST[blank * T + t + 1]!; j < last; j++) {
        const p = PREDECESSOR[j]!
        if (leavesTitle && TITLE_PART[p]) continue
        const v = score[p]! + transitions[table + p * T + t]!
        if (v > best) {
          best = v
          arg = p
        }
      }
      next[t] = best + scores[o + t]!
      back[o + t] = arg
    }
    const swap = score
    score = next
    next = swap
  }
  let best = NEG
  let tag = 0
  for (let t = 0; t < T; t++) {
    // A paragraph cannot stop at its first or a middle line at the page's end.
    if (!ENDS_ALLOWED[t]) continue
    if (score[t]! > best) {
      best = score[t]!
      tag = t
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    out[k] = tag
    tag = back[k * T + tag]!
  }
  return out
}
