// Turn a text into hashed feature keys, a fixed number per character, shared by training and inference.
import { classifyCode, foldCode } from './char-class.ts'
import { LEXICON_LAYERS, matchLexicon, type LexiconTrie } from './lexicon-trie.ts'

/** Feature keys per character (templates 0–29). */
export const FEATURES_PER_CHAR = 30

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
  const lex = matchLexicon(c.subarray(3, n + 3), resources.trie)
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
  }
  return out
}
