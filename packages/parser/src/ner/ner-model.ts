// The tagger's model in memory, and scoring a text with it: pure functions, no I/O.
import { foldCode } from './char-class.ts'
import { extractFeatures, FEATURES_PER_CHAR, type FeatureResources } from './features.ts'
import { LEXICON_LAYERS, matchLexicon } from './lexicon-trie.ts'
import { TAG_COUNT, tagsToSpans, type TypedSpan } from './tags.ts'
import { viterbi } from './viterbi.ts'

/**
 * A loaded model: an open-addressing table of 32-byte entries (a feature key, 0 for empty, then its
 * `TAG_COUNT` Int16 weights), transitions in the same quantized units, and feature resources.
 */
export interface NerModel {
  /** The table as Int32: the key of slot `s` is `keys[s * 8]`. */
  keys: Int32Array
  /** The same table as Int16: the weights of slot `s` start at `weights[s * 16 + 2]`. */
  weights: Int16Array
  /** Slot count − 1 (a power of two minus one). */
  mask: number
  transitions: Float32Array
  resources: FeatureResources
  /** Lexicon words by type index, as trained. */
  lexicon: string[][]
}

/**
 * Per-character tag scores for `text`: `text.length * TAG_COUNT`, character-major.
 *
 * @example scoreEmissions(model, '谭德塞说')
 */
export function scoreEmissions(model: NerModel, text: string): Float32Array {
  // The sums below are unrolled for the thirteen tags of BIOES over three types.
  const T: 13 = TAG_COUNT
  const n = text.length
  const features = extractFeatures(text, model.resources)
  const emissions = new Float32Array(n * T)
  const { keys, weights: W, mask } = model
  for (let i = 0; i < n; i++) {
    // Thirteen running sums in locals rather than in the typed array: the hottest loop of the recognizer.
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      a4 = 0,
      a5 = 0,
      a6 = 0,
      a7 = 0,
      a8 = 0,
      a9 = 0,
      a10 = 0,
      a11 = 0,
      a12 = 0
    for (let f = i * FEATURES_PER_CHAR, end = f + FEATURES_PER_CHAR; f < end; f++) {
      const k = (features[f] as number) | 0
      let s = k & mask
      let found = keys[s << 3] as number
      while (found !== k && found !== 0) {
        s = (s + 1) & mask
        found = keys[s << 3] as number
      }
      if (found === 0) continue
      const w = (s << 4) + 2
      a0 += W[w] as number
      a1 += W[w + 1] as number
      a2 += W[w + 2] as number
      a3 += W[w + 3] as number
      a4 += W[w + 4] as number
      a5 += W[w + 5] as number
      a6 += W[w + 6] as number
      a7 += W[w + 7] as number
      a8 += W[w + 8] as number
      a9 += W[w + 9] as number
      a10 += W[w + 10] as number
      a11 += W[w + 11] as number
      a12 += W[w + 12] as number
    }
    const e = i * T
    emissions[e] = a0
    emissions[e + 1] = a1
    emissions[e + 2] = a2
    emissions[e + 3] = a3
    emissions[e + 4] = a4
    emissions[e + 5] = a5
    emissions[e + 6] = a6
    emissions[e + 7] = a7
    emissions[e + 8] = a8
    emissions[e + 9] = a9
    emissions[e + 10] = a10
    emissions[e + 11] = a11
    emissions[e + 12] = a12
  }
  return emissions
}

/**
 * The statistical tagger alone: typed spans over `text`, in order, never overlapping.
 *
 * @example tagEntities(model, '世界卫生组织总干事谭德塞') // [{ type: 'ORGANIZATION', start: 0, end: 6 }, …]
 */
export function tagEntities(model: NerModel, text: string): TypedSpan[] {
  if (text.length === 0) return []
  const tags = viterbi(scoreEmissions(model, text), model.transitions, new Uint8Array(text.length))
  return tagsToSpans(tags)
}

const WORD_LAYER = LEXICON_LAYERS - 1
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
