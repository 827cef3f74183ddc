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
 * Feature keys per character (templates 0–42 but 10–13 and 26–29). Gone: character trigrams, which seldom
 * survived pruning and did not move validation F1, and the skip bigram (−1, +1), which the CRF does better
 * without.
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

// Keys of one, two or three values: a multiply per value and a finalizer that spreads them into the low bits (the
// slot of the model's table) and the high bits (its presence filter). Feature hashing is a fifth of tagging time,
// so a one-value template does not pay for three.
function finish(h: number): number {
  const x = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  const k = (x ^ (x >>> 16)) >>> 0
  return k === 0 ? 1 : k
}

/** A non-zero 32-bit key for template `t` over one value. */
function key1(t: number, a: number): number {
  return finish(Math.imul(Math.imul(t + 1, 0x9e3779b1) ^ a, 0x5bd1e995))
}

/** A non-zero 32-bit key for template `t` over two values. */
function key2(t: number, a: number, b: number): number {
  const h = Math.imul(Math.imul(t + 1, 0x9e3779b1) ^ a, 0x5bd1e995)
  return finish(Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b))
}

/** A non-zero 32-bit key for template `t` over three values. */
function key3(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(Math.imul(t + 1, 0x9e3779b1) ^ a, 0x5bd1e995)
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b)
  return finish(Math.imul(h ^ (h >>> 15) ^ c, 0x5bd1e995))
}

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
  const c = new Int32Array(n + 6)
  const k = new Int32Array(n + 6)
  c[0] = c[1] = c[2] = BEFORE
  c[n + 3] = c[n + 4] = c[n + 5] = AFTER
  for (let i = 0; i < n; i++) {
    const code = fold(text.charCodeAt(i))
    c[i + 3] = code
    k[i + 3] = classify(code)
  }
  const longest = new Int32Array(n)
  const lex = matchLexicon(c.subarray(3, n + 3), resources.trie, longest)
  // Forward maximum matching over every lexicon word: PKU entities start and end at word boundaries. `seg` holds the
  // character's place in its word (0 B, 1 M, 2 E, 3 S) and the word's length bucket; `wordHashes` the identity of
  // each word, with sentinels before the first and after the last.
  const seg = new Uint8Array(n + 2)
  const wordOf = new Int32Array(n)
  const wordHashes = new Int32Array(n + 2)
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
  const suffixAhead = new Uint8Array(n)
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
  const out = into && into.length >= n * F ? into.subarray(0, n * F) : new Uint32Array(n * F)
  for (let i = 0; i < n; i++) {
    const p = i + 3
    const m2 = c[p - 2] ?? 0
    const m1 = c[p - 1] ?? 0
    const c0 = c[p] ?? 0
    const p1 = c[p + 1] ?? 0
    const p2 = c[p + 2] ?? 0
    const lp = lex[i * L] ?? 0
    const ll = lex[i * L + 1] ?? 0
    const lo = lex[i * L + 2] ?? 0
    const lw = lex[i * L + 3] ?? 0
    const lwBefore = i > 0 ? (lex[(i - 1) * L + 3] ?? 0) : 255
    const lwAfter = i + 1 < n ? (lex[(i + 1) * L + 3] ?? 0) : 255
    let o = i * F
    out[o++] = key1(0, 0)
    out[o++] = key1(1, m2)
    out[o++] = key1(2, m1)
    out[o++] = key1(3, c0)
    out[o++] = key1(4, p1)
    out[o++] = key1(5, p2)
    out[o++] = key2(6, m2, m1)
    out[o++] = key2(7, m1, c0)
    out[o++] = key2(8, c0, p1)
    out[o++] = key2(9, p1, p2)
    const classes = (k[p - 2] ?? 0) | ((k[p - 1] ?? 0) << 4) | ((k[p] ?? 0) << 8) | ((k[p + 1] ?? 0) << 12)
    out[o++] = key1(14, classes | ((k[p + 2] ?? 0) << 16))
    out[o++] = key1(15, lp)
    out[o++] = key1(16, ll)
    out[o++] = key1(17, lo)
    out[o++] = key1(18, lp | (ll << 8) | (lo << 16))
    const surname = (s[c0] ?? 0) | ((s[m1] ?? 0) << 4) | ((k[p + 1] ?? 0) << 8) | ((k[p + 2] ?? 0) << 12)
    out[o++] = key1(19, surname)
    // Common-word matches: a name is where no word of the language covers the characters (`褚时健被开除`).
    out[o++] = key1(20, lw)
    out[o++] = key2(21, lw, c0)
    out[o++] = key3(22, lwBefore, lw, lwAfter)
    out[o++] = key2(23, lw, lp | (ll << 8) | (lo << 16))
    // Surname two characters back and the character after: the end of a three-character name.
    const s2 = s[m2] ?? 0
    out[o++] = key2(24, s2 | ((s[m1] ?? 0) << 4), p1)
    out[o++] = key2(25, s[c0] ?? 0, m1)
    // Word segmentation by the lexicon: the character's place in its word, the word and its neighbours.
    const sg = seg[i + 1] ?? 0
    const place = sg & 3
    const w = wordOf[i] ?? 0
    out[o++] = key1(30, sg)
    out[o++] = key2(31, sg, c0)
    out[o++] = key2(32, wordHashes[w] ?? 0, place)
    out[o++] = key2(33, wordHashes[w - 1] ?? 0, place)
    out[o++] = key2(34, wordHashes[w + 1] ?? 0, place)
    out[o++] = key3(35, seg[i] ?? 0, sg, seg[i + 2] ?? 0)
    // A surname followed by characters no word covers: the start of an unseen name (`黄连福`).
    const after = i + 2 < n ? (seg[i + 3] ?? 0) & 3 : 4
    out[o++] = key2(36, s[c0] ?? 0, place | (((seg[i + 2] ?? 0) & 3) << 2) | (after << 4))
    const ahead = suffixAhead[i] ?? 0
    out[o++] = key2(37, ahead, place)
    out[o++] = key2(38, ahead, c0)
    // Character clusters from unlabeled text: what a rare character shares with common ones (`皖` with `川`).
    const q = resources.clusters
    const k0 = q[c0] ?? 0
    const kBefore = q[m1] ?? 0
    const kAfter = q[p1] ?? 0
    out[o++] = key1(39, k0)
    out[o++] = key3(40, kBefore, k0, kAfter)
    out[o++] = key2(41, k0, kAfter)
    out[o++] = key2(42, kBefore, k0)
  }
  return out
}
