// Turn a text into hashed feature keys, a fixed number per character, shared by training and inference.
import { CHAR_CLASS, classifyCode, foldCode } from './char-class.ts'
import {
  LEXICON_LAYERS,
  LOCATION_SUFFIX_LAYER,
  matchLexicon,
  ORGANIZATION_SUFFIX_LAYER,
  type LexiconTrie,
} from './lexicon-trie.ts'

/**
 * Feature keys per character, one per template (0–34). Gone: character trigrams, which seldom survived pruning
 * and did not move validation F1, and the skip bigram (−1, +1), which the CRF does better without.
 */
export const FEATURES_PER_CHAR = 35

// Imported constants copied once: a module runner that compiles imports to getters (tsx) would call one per read.
const L = LEXICON_LAYERS
const ORGANIZATION_SUFFIX = ORGANIZATION_SUFFIX_LAYER
const LOCATION_SUFFIX = LOCATION_SUFFIX_LAYER
const PUNCTUATION = CHAR_CLASS.punctuation
const SPACE = CHAR_CLASS.space
const F = FEATURES_PER_CHAR
const fold = foldCode
const classify = classifyCode

const BEFORE = 1
const AFTER = 2

// A key mixes the template's seed with its two values (a third is folded into the second), then a finalizer
// spreads them into the low bits (the slot of the model's table) and the high bits (its presence filter). A new
// mix is a new model format (see model-format.ts).
const TEMPLATE_SEEDS = Int32Array.from({ length: F }, (_, t) => Math.imul(t + 1, 0x9e3779b1))
// The template values of the character at hand. The second stays 0 for templates of one value: nothing writes it.
const VALUES_A = new Int32Array(F)
const VALUES_B = new Int32Array(F)

// Working arrays of one text, kept from one call to the next and grown as needed: allocating eight per
// paragraph cost a tenth of extraction. Each call writes every element it reads.
function workArrays(n: number) {
  return {
    c: new Int32Array(n + 6),
    k: new Int32Array(n + 6),
    longest: new Int32Array(n),
    seg: new Uint8Array(n + 2),
    wordOf: new Int32Array(n),
    wordHashes: new Int32Array(n + 2),
    suffixAhead: new Uint8Array(n),
    lexicon: new Uint8Array(n * LEXICON_LAYERS),
  }
}
let work = workArrays(4096)

function distanceBucket(end: number, i: number): number {
  if (end < 0) return 7
  const d = end - i
  return d < 4 ? d : d < 6 ? 4 : d < 9 ? 5 : 6
}

/** What the feature extractor needs besides the text: the lexicon trie and surname strengths. */
export interface FeatureResources {
  trie: LexiconTrie
  /** Indexed by UTF-16 code unit: 0 not a surname, 1–4 rising frequency. */
  surnames: Uint8Array
  /** Indexed by folded UTF-16 code unit: the character's cluster in unlabeled text, 0 for none. */
  clusters: Uint8Array
}

/**
 * Feature keys for every character of `text`: `FEATURES_PER_CHAR` keys per character, character-major.
 * Templates: bias; unigrams at −2…+2; bigrams (−2,−1) (−1,0) (0,1) (1,2); the character classes of the window;
 * dictionary-match codes per type and all three together; common-word matches; the surname strength of the
 * character and its neighbours; the character's place in a maximum-match segmentation, its word and their
 * neighbours; how far ahead an organization or place suffix ends; and the character clusters around it.
 *
 * The keys go into `into` when it is long enough (the caller's scratch buffer: a fresh array per text costs
 * an eighth of extraction), else into a new array.
 *
 * @example extractFeatures('谭德塞说', resources).length // 4 * FEATURES_PER_CHAR
 */
export function extractFeatures(text: string, resources: FeatureResources, into?: Uint32Array): Uint32Array {
  const n = text.length
  if (work.wordOf.length < n) work = workArrays(2 * n)
  const { c, k, longest, seg, wordOf, wordHashes, suffixAhead } = work
  c[0] = c[1] = c[2] = BEFORE
  c[n + 3] = c[n + 4] = c[n + 5] = AFTER
  k[0] = k[1] = k[2] = k[n + 3] = k[n + 4] = k[n + 5] = 0
  longest.fill(0, 0, n)
  for (let i = 0; i < n; i++) {
    const code = fold(text.charCodeAt(i))
    c[i + 3] = code
    k[i + 3] = classify(code)
  }
  const lex = matchLexicon(c.subarray(3, n + 3), resources.trie, longest, work.lexicon)
  // Forward maximum matching over every lexicon word: PKU entities start and end at word boundaries. `seg` holds the
  // character's place in its word (0 B, 1 M, 2 E, 3 S) and the word's length bucket; `wordHashes` the identity of
  // each word, with sentinels before the first and after the last.
  let words = 0
  for (let i = 0; i < n;) {
    const length = Math.max(1, longest[i] ?? 0)
    const bucket = (length >= 6 ? 6 : length) << 2
    let h = length
    words++
    for (let j = i; j < i + length; j++) {
      h = Math.imul(h ^ (h >>> 15) ^ (c[j + 3] ?? 0), 0x5bd1e995)
      seg[j + 1] = bucket | (length === 1 ? 3 : j === i ? 0 : j === i + length - 1 ? 2 : 1)
      wordOf[j] = words
    }
    wordHashes[words] = h
    i += length
  }
  wordHashes[0] = BEFORE
  wordHashes[words + 1] = AFTER
  seg[0] = seg[n + 1] = 31
  // How far ahead the nearest organization or place suffix ends within the clause, bucketed (7 for none): a
  // long name opens several characters before the word that types it (`最高人民检察院`).
  let org = -1
  let loc = -1
  for (let i = n - 1; i >= 0; i--) {
    const kind = k[i + 3] ?? 0
    if (kind === PUNCTUATION || kind === SPACE) org = loc = -1
    if ((lex[i * L + ORGANIZATION_SUFFIX] ?? 0) & 4) org = i
    if ((lex[i * L + LOCATION_SUFFIX] ?? 0) & 4) loc = i
    suffixAhead[i] = distanceBucket(org, i) | (distanceBucket(loc, i) << 3)
  }
  const s = resources.surnames
  const q = resources.clusters
  const out = into && into.length >= n * F ? into.subarray(0, n * F) : new Uint32Array(n * F)
  // Each template's one or two values, then one loop hashes them all: a call per key would not be inlined in a
  // function this long.
  const a = VALUES_A
  const b = VALUES_B
  for (let i = 0; i < n; i++) {
    const p = i + 3
    const m2 = c[p - 2] as number
    const m1 = c[p - 1] as number
    const c0 = c[p] as number
    const p1 = c[p + 1] as number
    const p2 = c[p + 2] as number
    const lp = lex[i * L] as number
    const ll = lex[i * L + 1] as number
    const lo = lex[i * L + 2] as number
    const lw = lex[i * L + 3] as number
    const lwBefore = i > 0 ? (lex[(i - 1) * L + 3] as number) : 255
    const lwAfter = i + 1 < n ? (lex[(i + 1) * L + 3] as number) : 255
    const typed = lp | (ll << 8) | (lo << 16)
    a[0] = 0
    b[0] = 0
    a[1] = m2
    a[2] = m1
    a[3] = c0
    a[4] = p1
    a[5] = p2
    a[6] = m2
    b[6] = m1
    a[7] = m1
    b[7] = c0
    a[8] = c0
    b[8] = p1
    a[9] = p1
    b[9] = p2
    a[10] =
      (k[p - 2] as number) |
      ((k[p - 1] as number) << 4) |
      ((k[p] as number) << 8) |
      ((k[p + 1] as number) << 12) |
      ((k[p + 2] as number) << 16)
    a[11] = lp
    a[12] = ll
    a[13] = lo
    a[14] = typed
    a[15] =
      (s[c0] as number) |
      ((s[m1] as number) << 4) |
      ((k[p + 1] as number) << 8) |
      ((k[p + 2] as number) << 12)
    // Common-word matches: a name is where no word of the language covers the characters (`褚时健被开除`).
    a[16] = lw
    a[17] = lw
    b[17] = c0
    a[18] = lwBefore
    b[18] = Math.imul(lw, 0x85ebca6b) ^ lwAfter
    a[19] = lw
    b[19] = typed
    // Surname two characters back and the character after: the end of a three-character name.
    a[20] = (s[m2] as number) | ((s[m1] as number) << 4)
    b[20] = p1
    a[21] = s[c0] as number
    b[21] = m1
    // Word segmentation by the lexicon: the character's place in its word, the word and its neighbours.
    const sg = seg[i + 1] as number
    const place = sg & 3
    const w = wordOf[i] as number
    a[22] = sg
    a[23] = sg
    b[23] = c0
    a[24] = wordHashes[w] as number
    b[24] = place
    a[25] = wordHashes[w - 1] as number
    b[25] = place
    a[26] = wordHashes[w + 1] as number
    b[26] = place
    a[27] = seg[i] as number
    b[27] = Math.imul(sg, 0x85ebca6b) ^ (seg[i + 2] as number)
    // A surname followed by characters no word covers: the start of an unseen name (`黄连福`).
    const after = i + 2 < n ? (seg[i + 3] as number) & 3 : 4
    a[28] = s[c0] as number
    b[28] = place | (((seg[i + 2] as number) & 3) << 2) | (after << 4)
    const ahead = suffixAhead[i] as number
    a[29] = ahead
    b[29] = place
    a[30] = ahead
    b[30] = c0
    // Character clusters from unlabeled text: what a rare character shares with common ones (`皖` with `川`).
    const k0 = q[c0] as number
    const kBefore = q[m1] as number
    const kAfter = q[p1] as number
    a[31] = k0
    a[32] = kBefore
    b[32] = Math.imul(k0, 0x85ebca6b) ^ kAfter
    a[33] = k0
    b[33] = kAfter
    a[34] = kBefore
    b[34] = k0
    const o = i * F
    for (let t = 0; t < F; t++) {
      let h = Math.imul((TEMPLATE_SEEDS[t] as number) ^ (a[t] as number), 0x5bd1e995)
      h = Math.imul(h ^ (h >>> 15) ^ (b[t] as number), 0x85ebca6b)
      const x = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
      const key = (x ^ (x >>> 16)) >>> 0
      out[o + t] = key === 0 ? 1 : key
    }
  }
  return out
}
