// A character trie of entity names that marks, for each position of a text, where lexicon matches start, continue and end.
import { foldCode } from './char-class.ts'

/** A compact trie: an open-addressing table of edges `(node, code) → child` and a type mask per node. */
export interface LexiconTrie {
  /** Three Int32 per slot, so that a probe touches one cache line: parent (−1 for empty), code, child. */
  edges: Int32Array
  mask: number
  /** Bit k set: some word of type k ends at this node. */
  terminals: Uint8Array
  /**
   * The child of the root for each code unit (−1 for none): every position of a text starts at the root, and
   * this 256 KB table stays in the cache where a probe of the edge table would miss it.
   */
  roots: Int32Array
  /**
   * One bit per value of an edge hash's high 21 bits, set where the trie has such an edge: most steps past the
   * first character find no edge, and this 256 KB filter answers them without a probe of the edge table.
   */
  present: Uint32Array
}

/** Longest word the trie holds; longer entries are dropped. */
export const MAX_WORD_LENGTH = 24

function edgeHash(node: number, code: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b)
}

function slot(node: number, code: number, mask: number): number {
  return edgeHash(node, code) & mask
}

function childOf(trie: LexiconTrie, node: number, code: number): number {
  if (node === 0) return trie.roots[code] ?? -1
  const h = edgeHash(node, code)
  const bit = h >>> 11
  if (((trie.present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1
  const edges = trie.edges
  let s = h & trie.mask
  for (;;) {
    const e = s * 3
    const parent = edges[e] as number
    if (parent === -1) return -1
    if (parent === node && edges[e + 1] === code) return edges[e + 2] as number
    s = (s + 1) & trie.mask
  }
}

/**
 * Lexicon layers: the three entity types, then common words (which tell a name from a word), then the words
 * that end organization and place compounds in the corpus (`委员会`, `检察院`; `自治区`, `火车站`).
 */
export const LEXICON_LAYERS = 6

// The longest match of each layer from the position at hand, for matchLexicon.
const LONGEST = new Int32Array(LEXICON_LAYERS)

/** The layer of common words. */
export const WORD_LAYER = 3
/** The layer of words that end organization names. */
export const ORGANIZATION_SUFFIX_LAYER = 4
/** The layer of words that end place names. */
export const LOCATION_SUFFIX_LAYER = 5

/**
 * Build a trie from words per layer (0 PERSON, 1 LOCATION, 2 ORGANIZATION, 3 common word, 4 and 5 suffixes). Characters are folded
 * like the tagger's features, so `１` and `1` match alike.
 *
 * @example buildLexiconTrie([['谭德塞'], ['泸州市'], ['世界卫生组织']])
 */
export function buildLexiconTrie(wordsByType: readonly (readonly string[])[]): LexiconTrie {
  let edgeCount = 0
  for (const words of wordsByType) for (const w of words) edgeCount += Math.min(w.length, MAX_WORD_LENGTH)
  let size = 1024
  while (size < edgeCount * 2) size *= 2
  const trie: LexiconTrie = {
    edges: new Int32Array(size * 3).fill(-1),
    mask: size - 1,
    terminals: new Uint8Array(edgeCount + 1),
    roots: new Int32Array(0x10000).fill(-1),
    present: new Uint32Array(1 << 16),
  }
  let nodeCount = 1
  wordsByType.forEach((words, k) => {
    for (const word of words) {
      if (word.length < 2 || word.length > MAX_WORD_LENGTH) continue
      let node = 0
      for (let i = 0; i < word.length; i++) {
        const code = foldCode(word.charCodeAt(i))
        let next = childOf(trie, node, code)
        if (next === -1) {
          next = nodeCount++
          let s = slot(node, code, trie.mask)
          while (trie.edges[s * 3] !== -1) s = (s + 1) & trie.mask
          trie.edges[s * 3] = node
          trie.edges[s * 3 + 1] = code
          trie.edges[s * 3 + 2] = next
          if (node === 0) trie.roots[code] = next
          const bit = edgeHash(node, code) >>> 11
          trie.present[bit >>> 5] = (trie.present[bit >>> 5] as number) | (1 << (bit & 31))
        }
        node = next
      }
      trie.terminals[node] = (trie.terminals[node] ?? 0) | (1 << k)
    }
  })
  return trie
}

/**
 * For each position and layer, a small code describing lexicon matches: bit 0 a match starts here, bit 1 the
 * position is inside one, bit 2 one ends here; bits 3–5 the length bucket of the longest match starting here.
 * The result holds `codes.length * LEXICON_LAYERS` values, position-major. `codes` are folded code units.
 * `longestAny`, when given, receives the length of the longest word of any layer starting at each position (0
 * for none). The codes go into `into` when it is long enough (the caller's scratch buffer), else into a new array.
 *
 * @example matchLexicon(foldedCodes, trie)[i * LEXICON_LAYERS + 1] // LOCATION code at position i
 */
export function matchLexicon(
  codes: ArrayLike<number>,
  trie: LexiconTrie,
  longestAny?: Int32Array,
  into?: Uint8Array,
): Uint8Array {
  const n = codes.length
  const L = LEXICON_LAYERS
  const out = into && into.length >= n * L ? into.subarray(0, n * L).fill(0) : new Uint8Array(n * L)
  const longest = LONGEST
  for (let i = 0; i < n; i++) {
    longest.fill(0)
    let node = 0
    const limit = Math.min(n, i + MAX_WORD_LENGTH)
    for (let j = i; j < limit; j++) {
      node = childOf(trie, node, codes[j] ?? 0)
      if (node === -1) break
      const t = trie.terminals[node] ?? 0
      if (t === 0) continue
      const length = j - i + 1
      for (let k = 0; k < L; k++) if (t & (1 << k)) longest[k] = length
      if (longestAny) longestAny[i] = length
    }
    for (let k = 0; k < L; k++) {
      const length = longest[k] ?? 0
      if (length === 0) continue
      const bucket = length >= 6 ? 5 : length - 1
      out[i * L + k] = (out[i * L + k] ?? 0) | 1 | (bucket << 3)
      for (let j = i + 1; j < i + length - 1; j++) out[j * L + k] = (out[j * L + k] ?? 0) | 2
      const last = (i + length - 1) * L + k
      out[last] = (out[last] ?? 0) | 4
    }
  }
  return out
}
