// The tagger's model in memory, and scoring a text with it: pure functions, no I/O.
import { foldCode } from './char-class.ts'
import { extractFeatures, FEATURES_PER_CHAR, type FeatureResources } from './features.ts'
import { LEXICON_LAYERS, matchLexicon, WORD_LAYER } from './lexicon-trie.ts'
import { FULL_ROW, TAG_COUNT, tagsToSpans, type TypedSpan } from './tags.ts'
import { viterbi } from './viterbi.ts'

/**
 * A loaded model: an open-addressing table from feature key to a sparse row of Int16 weights, transitions in
 * the same quantized units, and feature resources.
 */
export interface NerModel {
  /** Two Int32 per slot: the feature key (0 for an empty slot), then the offset of its row in `rows`. */
  slots: Int32Array
  /**
   * Rows back to back: a 16-bit mask of the tags with a weight, then those weights in tag order; or `FULL_ROW`,
   * then a weight for every tag.
   */
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
  let at = model.slots[(s << 1) + 1] as number
  const m = (model.rows[at++] as number) & 0xffff
  if (!(m & (1 << tag))) return 0
  for (let t = 0; t < tag; t++) if (m & (1 << t)) at++
  return model.rows[at] as number
}

/**
 * Per-character tag scores for `text`: `text.length * TAG_COUNT`, character-major.
 *
 * @example scoreEmissions(model, '谭德塞说')
 */
export function scoreEmissions(model: NerModel, text: string): Float32Array {
  const T = TAG_COUNT
  const n = text.length
  const features = extractFeatures(text, model.resources)
  const emissions = new Float32Array(n * T)
  const { slots, rows, mask, present } = model
  // The hottest loop of the recognizer, in two passes: first every feature's probe of the slot table, whose
  // loads do not wait on one another, then only the non-zero weights of the rows found.
  const total = n * FEATURES_PER_CHAR
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
  for (let i = 0; i < n; i++) {
    const e = i * T
    for (let f = i * FEATURES_PER_CHAR, end = f + FEATURES_PER_CHAR; f < end; f++) {
      let r = at[f] as number
      if (r < 0) continue
      let m = (rows[r++] as number) & 0xffff
      if (m === FULL_ROW) {
        for (let t = 0; t < T; t++) emissions[e + t] = (emissions[e + t] as number) + (rows[r + t] as number)
        continue
      }
      while (m !== 0) {
        const t = 31 - Math.clz32(m & -m)
        emissions[e + t] = (emissions[e + t] as number) + (rows[r++] as number)
        m &= m - 1
      }
    }
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
