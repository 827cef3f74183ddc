// Turn a text into hashed feature keys, a fixed number per character, shared by training and inference.
import { classifyCode, foldCode } from './char-class.ts'
import { LEXICON_LAYERS, matchLexicon, type LexiconTrie } from './lexicon-trie.ts'

/** Feature keys per character (templates 0–36). */
export const FEATURES_PER_CHAR = 37

const BEFORE = 1
const AFTER = 2

function mix(h: number, v: number): number {
  const x = Math.imul(h ^ v, 0x5bd1e995)
  return x ^ (x >>> 15)
}

/** A non-zero 32-bit key for template `t` over up to three values. */
function key(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(t + 1, 0x9e3779b1)
  h = mix(h, a)
  h = mix(h, b)
  h = mix(h, c)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  h = (h ^ (h >>> 16)) >>> 0
  return h === 0 ? 1 : h
}

/** What the feature extractor needs besides the text: the lexicon trie and surname strengths. */
export interface FeatureResources {
  trie: LexiconTrie
  /** Indexed by UTF-16 code unit: 0 not a surname, 1–4 rising frequency. */
  surnames: Uint8Array
}

/**
 * Feature keys for every character of `text`: `FEATURES_PER_CHAR` keys per character, character-major.
 * Templates: bias; unigrams at −2…+2; bigrams (−2,−1) (−1,0) (0,1) (1,2) (−1,+1); trigrams (−2…0) (−1…+1)
 * (0…+2); the character classes of the window; dictionary-match codes per type and all three together; and
 * the surname strength of the character and its neighbour.
 *
 * @example extractFeatures('谭德塞说', resources).length // 4 * FEATURES_PER_CHAR
 */
export function extractFeatures(text: string, resources: FeatureResources): Uint32Array {
  const n = text.length
  const c = new Int32Array(n + 6)
  const k = new Int32Array(n + 6)
  c[0] = c[1] = c[2] = BEFORE
  c[n + 3] = c[n + 4] = c[n + 5] = AFTER
  for (let i = 0; i < n; i++) {
    const code = foldCode(text.charCodeAt(i))
    c[i + 3] = code
    k[i + 3] = classifyCode(code)
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
      h = mix(h, c[j + 3] ?? 0)
      seg[j + 1] = bucket | (length === 1 ? 3 : j === i ? 0 : j === i + length - 1 ? 2 : 1)
      wordOf[j] = words
    }
    wordHashes[words] = h
    i += length
  }
  wordHashes[0] = BEFORE
  wordHashes[words + 1] = AFTER
  seg[0] = seg[n + 1] = 31
  const s = resources.surnames
  const out = new Uint32Array(n * FEATURES_PER_CHAR)
  for (let i = 0; i < n; i++) {
    const p = i + 3
    const m2 = c[p - 2] ?? 0
    const m1 = c[p - 1] ?? 0
    const c0 = c[p] ?? 0
    const p1 = c[p + 1] ?? 0
    const p2 = c[p + 2] ?? 0
    const L = LEXICON_LAYERS
    const lp = lex[i * L] ?? 0
    const ll = lex[i * L + 1] ?? 0
    const lo = lex[i * L + 2] ?? 0
    const lw = lex[i * L + 3] ?? 0
    const lwBefore = i > 0 ? (lex[(i - 1) * L + 3] ?? 0) : 255
    const lwAfter = i + 1 < n ? (lex[(i + 1) * L + 3] ?? 0) : 255
    let o = i * FEATURES_PER_CHAR
    out[o++] = key(0, 0, 0, 0)
    out[o++] = key(1, m2, 0, 0)
    out[o++] = key(2, m1, 0, 0)
    out[o++] = key(3, c0, 0, 0)
    out[o++] = key(4, p1, 0, 0)
    out[o++] = key(5, p2, 0, 0)
    out[o++] = key(6, m2, m1, 0)
    out[o++] = key(7, m1, c0, 0)
    out[o++] = key(8, c0, p1, 0)
    out[o++] = key(9, p1, p2, 0)
    out[o++] = key(10, m1, p1, 0)
    out[o++] = key(11, m2, m1, c0)
    out[o++] = key(12, m1, c0, p1)
    out[o++] = key(13, c0, p1, p2)
    const classes = (k[p - 2] ?? 0) | ((k[p - 1] ?? 0) << 4) | ((k[p] ?? 0) << 8) | ((k[p + 1] ?? 0) << 12)
    out[o++] = key(14, classes | ((k[p + 2] ?? 0) << 16), 0, 0)
    out[o++] = key(15, lp, 0, 0)
    out[o++] = key(16, ll, 0, 0)
    out[o++] = key(17, lo, 0, 0)
    out[o++] = key(18, lp | (ll << 8) | (lo << 16), 0, 0)
    const surname = (s[c0] ?? 0) | ((s[m1] ?? 0) << 4) | ((k[p + 1] ?? 0) << 8) | ((k[p + 2] ?? 0) << 12)
    out[o++] = key(19, surname, 0, 0)
    // Common-word matches: a name is where no word of the language covers the characters (`褚时健被开除`).
    out[o++] = key(20, lw, 0, 0)
    out[o++] = key(21, lw, c0, 0)
    out[o++] = key(22, lwBefore, lw, lwAfter)
    out[o++] = key(23, lw, lp | (ll << 8) | (lo << 16), 0)
    // Surname two characters back and the character after: the end of a three-character name.
    const s2 = s[m2] ?? 0
    out[o++] = key(24, s2 | ((s[m1] ?? 0) << 4), p1, 0)
    out[o++] = key(25, s[c0] ?? 0, m1, 0)
    // A wider window for long organization names: `…研究所` three characters on.
    const m3 = c[p - 3] ?? 0
    const p3 = c[p + 3] ?? 0
    out[o++] = key(26, m3, 0, 0)
    out[o++] = key(27, p3, 0, 0)
    out[o++] = key(28, m3, m2, 0)
    out[o++] = key(29, p2, p3, 0)
    // Word segmentation by the lexicon: the character's place in its word, the word and its neighbours.
    const sg = seg[i + 1] ?? 0
    const place = sg & 3
    const w = wordOf[i] ?? 0
    out[o++] = key(30, sg, 0, 0)
    out[o++] = key(31, sg, c0, 0)
    out[o++] = key(32, wordHashes[w] ?? 0, place, 0)
    out[o++] = key(33, wordHashes[w - 1] ?? 0, place, 0)
    out[o++] = key(34, wordHashes[w + 1] ?? 0, place, 0)
    out[o++] = key(35, seg[i] ?? 0, sg, seg[i + 2] ?? 0)
    // A surname followed by characters no word covers: the start of an unseen name (`黄连福`).
    const after = i + 2 < n ? (seg[i + 3] ?? 0) & 3 : 4
    out[o++] = key(36, s[c0] ?? 0, place | (((seg[i + 2] ?? 0) & 3) << 2) | (after << 4), 0)
  }
  return out
}
