// The tagger's model in memory, and scoring a text with it: pure functions, no I/O.
import { foldCode } from './char-class.ts'
import { extractFeatures, FEATURES_PER_CHAR, type FeatureResources } from './features.ts'
import { LEXICON_LAYERS, matchLexicon, WORD_LAYER } from './lexicon-trie.ts'
import { sentenceCuts } from './sentences.ts'
import { chooseSpans, SPAN_THRESHOLD, spanProbabilities, type SpanProbabilities } from './likely-spans.ts'
import { TAG_COUNT, type TypedSpan } from './tags.ts'

// Imported constants copied into this module once: the hot loops below read them per feature, and a module
// runner that compiles imports to getters (tsx) would otherwise call one each time.
const T = TAG_COUNT
const F = FEATURES_PER_CHAR

// Feature keys of the text being scored, reused from one call to the next (grown as needed): allocating them
// afresh for every paragraph cost an eighth of feature extraction. Nothing keeps a reference past a call.
let scratch = new Uint32Array(4096 * F)
// The same for the emissions, which the caller decodes before it scores the next text.
let emissionScratch = new Float32Array(4096 * T)

/**
 * A loaded model: an open-addressing table from feature key to a row of Int16 weights, transitions in the same
 * quantized units, and feature resources.
 */
export interface NerModel {
  /** Two Int32 per slot: the feature key (0 for an empty slot), then the offset of its row in `rows`. */
  slots: Int32Array
  /** Rows back to back, `TAG_COUNT` weights each, in tag order (0 where pruned). */
  rows: Int16Array
  /** Slot count − 1 (a power of two minus one). */
  mask: number
  /**
   * One bit per value of a key's high 21 bits, set where some feature of the model has them: most keys a text
   * produces (bigrams, trigrams) are not in the model, and this 256 KB filter stays in the cache where a probe
   * of the slot table would miss it.
   */
  present: Uint32Array
  transitions: Float32Array
  /** The log-potential of one quantized unit: the CRF's probabilities need scores in its own units. */
  unit: number
  resources: FeatureResources
  /** Lexicon words by type index, as trained. */
  lexicon: string[][]
}

/**
 * The quantized weight of feature `key` for `tag` (0 when the model has none).
 *
 * @example weightOf(model, key, 3)
 */
export function weightOf(model: NerModel, key: number, tag: number): number {
  let s = key & model.mask
  for (;;) {
    const found = model.slots[s << 1] as number
    if (found === 0) return 0
    if (found === (key | 0)) break
    s = (s + 1) & model.mask
  }
  return model.rows[(model.slots[(s << 1) + 1] as number) + tag] as number
}

/**
 * Per-character tag scores for `text`: `text.length * TAG_COUNT`, character-major. The array is reused by the
 * next call.
 *
 * @example scoreEmissions(model, '谭德塞说')
 */
export function scoreEmissions(model: NerModel, text: string): Float32Array {
  const n = text.length
  if (scratch.length < n * F) scratch = new Uint32Array(2 * n * F)
  const features = extractFeatures(text, model.resources, scratch)
  if (emissionScratch.length < n * T) emissionScratch = new Float32Array(2 * n * T)
  const emissions = emissionScratch.subarray(0, n * T)
  const { slots, rows, mask, present } = model
  // The hottest loop of the recognizer, in two passes: first every feature's probe of the slot table, whose
  // loads do not wait on one another, then the rows found.
  const total = n * F
  // The keys as Int32, each replaced in place by the offset of its row (−1 for none).
  const at = new Int32Array(features.buffer, features.byteOffset, total)
  for (let f = 0; f < total; f++) {
    const k = at[f] as number
    const bit = k >>> 11
    if (((present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) {
      at[f] = -1
      continue
    }
    let s = k & mask
    let key = slots[s << 1] as number
    while (key !== k && key !== 0) {
      s = (s + 1) & mask
      key = slots[s << 1] as number
    }
    at[f] = key === 0 ? -1 : (slots[(s << 1) + 1] as number)
  }
  // Sixteen running sums in locals, one row added whole per feature: the loop the JIT compiles best.
  const R = rows
  for (let i = 0; i < n; i++) {
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0,
      e4 = 0,
      e5 = 0,
      e6 = 0,
      e7 = 0
    let e8 = 0,
      e9 = 0,
      e10 = 0,
      e11 = 0,
      e12 = 0,
      e13 = 0,
      e14 = 0,
      e15 = 0
    for (let f = i * F, end = f + F; f < end; f++) {
      const r = at[f] as number
      if (r < 0) continue
      e0 += R[r] as number
      e1 += R[r + 1] as number
      e2 += R[r + 2] as number
      e3 += R[r + 3] as number
      e4 += R[r + 4] as number
      e5 += R[r + 5] as number
      e6 += R[r + 6] as number
      e7 += R[r + 7] as number
      e8 += R[r + 8] as number
      e9 += R[r + 9] as number
      e10 += R[r + 10] as number
      e11 += R[r + 11] as number
      e12 += R[r + 12] as number
      e13 += R[r + 13] as number
      e14 += R[r + 14] as number
      e15 += R[r + 15] as number
    }
    const e = i * T
    emissions[e] = e0
    emissions[e + 1] = e1
    emissions[e + 2] = e2
    emissions[e + 3] = e3
    emissions[e + 4] = e4
    emissions[e + 5] = e5
    emissions[e + 6] = e6
    emissions[e + 7] = e7
    emissions[e + 8] = e8
    emissions[e + 9] = e9
    emissions[e + 10] = e10
    emissions[e + 11] = e11
    emissions[e + 12] = e12
    emissions[e + 13] = e13
    emissions[e + 14] = e14
    emissions[e + 15] = e15
  }
  return emissions
}

/**
 * The statistical tagger alone: typed spans over `text`, in order, never overlapping. Each sentence is tagged on
 * its own, as the tagger was trained, and its entities are the spans the CRF gives a probability above
 * `threshold` (likely-spans.ts).
 *
 * @example tagEntities(model, '世界卫生组织总干事谭德塞') // [{ type: 'ORGANIZATION', start: 0, end: 6 }, …]
 */
export function tagEntities(model: NerModel, text: string, threshold = SPAN_THRESHOLD): TypedSpan[] {
  const spans: TypedSpan[] = []
  chooseSpans(entityCandidates(model, text, threshold), text.length, threshold, 0, spans)
  return spans
}

/**
 * Every entity span of `text` that the tagger gives a probability above `floor`, with that probability, sentence
 * by sentence as the tagger was trained; offsets into `text`. `tagEntities` chooses among them with `chooseSpans`;
 * document mode lists those below its threshold too, to see how likely the tagger finds a name where it did not
 * take one.
 *
 * @example entityCandidates(model, '总干事谭德塞的', 0.05)
 */
export function entityCandidates(model: NerModel, text: string, floor: number): SpanProbabilities {
  const expTransitions = expTransitionsOf(model)
  const out: SpanProbabilities = { type: [], start: [], end: [], p: [] }
  const cuts = sentenceCuts(text)
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] as number
    const end = cuts[k + 1] as number
    if (end === start) continue
    const found = spanProbabilities(
      scoreEmissions(model, text.slice(start, end)),
      end - start,
      model.unit,
      expTransitions,
      floor,
    )
    for (let c = 0; c < found.type.length; c++) {
      out.type.push(found.type[c] as number)
      out.start.push((found.start[c] as number) + start)
      out.end.push((found.end[c] as number) + start)
      out.p.push(found.p[c] as number)
    }
  }
  return out
}

const expTransitionSets = new WeakMap<NerModel, Float64Array>()

function expTransitionsOf(model: NerModel): Float64Array {
  let found = expTransitionSets.get(model)
  if (!found) {
    found = Float64Array.from(model.transitions, (v) => Math.exp(v * model.unit))
    expTransitionSets.set(model, found)
  }
  return found
}

const commonWordSets = new WeakMap<NerModel, ReadonlySet<string>>()

/**
 * Whether the model's lexicon holds `text` as a common word (a word the corpus does not tag as a name).
 *
 * @example isCommonWord(model, '党委') // true
 */
export function isCommonWord(model: NerModel, text: string): boolean {
  let words = commonWordSets.get(model)
  if (!words) {
    words = new Set(model.lexicon[WORD_LAYER] ?? [])
    commonWordSets.set(model, words)
  }
  return words.has(text)
}

/**
 * Per character of `text`, whether the longest common word matched around it crosses into it from the left
 * (bit 1: the character is inside a word) or runs on past it (bit 0 at a word's start, bit 2 at its end), as
 * the lexicon codes of the tagger describe them.
 *
 * @example commonWordCodes(model, '拉美国家')
 */
export function commonWordCodes(model: NerModel, text: string): Uint8Array {
  const codes = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i))
  const all = matchLexicon(codes, model.resources.trie)
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = all[i * LEXICON_LAYERS + WORD_LAYER] ?? 0
  return out
}
