// Group characters by the company they keep in unlabeled text (k-means over neighbour distributions), for the
// tagger's cluster features: `泸`, `贵`, `皖` fall together because they precede `州` and `省` alike.
import { foldCode } from '../src/ner/char-class.ts'

/** Context dimensions per side: the most frequent characters, plus one for every other. */
const CONTEXT = 120

/**
 * A cluster id (1–`k`) for every character seen at least `minCount` times in `texts`, by spherical k-means over
 * the square roots of its left and right neighbour distributions. Deterministic: the first centroids are the
 * `k` most frequent characters.
 *
 * @example clusterCharacters(paragraphs, 255).get('泸'.charCodeAt(0))
 */
export function clusterCharacters(
  texts: readonly string[],
  k: number,
  minCount = 20,
  iterations = 12,
): Map<number, number> {
  const counts = new Map<number, number>()
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = foldCode(text.charCodeAt(i))
      counts.set(c, (counts.get(c) ?? 0) + 1)
    }
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const vocabulary = byFrequency.filter(([, n]) => n >= minCount).map(([c]) => c)
  const row = new Map(vocabulary.map((c, i) => [c, i]))
  const contextIndex = new Map(byFrequency.slice(0, CONTEXT).map(([c], i) => [c, i]))
  const D = 2 * (CONTEXT + 2) // per side: the frequent characters, any other, the text's edge
  const vectors = new Float64Array(vocabulary.length * D)
  const side = (c: number | undefined) => (c === undefined ? CONTEXT + 1 : (contextIndex.get(c) ?? CONTEXT))
  for (const text of texts) {
    let previous: number | undefined
    for (let i = 0; i < text.length; i++) {
      const c = foldCode(text.charCodeAt(i))
      const r = row.get(c)
      if (r !== undefined) {
        const next = i + 1 < text.length ? foldCode(text.charCodeAt(i + 1)) : undefined
        const left = r * D + side(previous)
        const right = r * D + CONTEXT + 2 + side(next)
        vectors[left] = (vectors[left] as number) + 1
        vectors[right] = (vectors[right] as number) + 1
      }
      previous = c
    }
  }
  // Square roots of the distributions, scaled to unit length: cosine similarity is then the Hellinger affinity.
  for (let r = 0; r < vocabulary.length; r++) {
    let norm = 0
    for (let d = 0; d < D; d++) {
      const v = Math.sqrt(vectors[r * D + d] as number)
      vectors[r * D + d] = v
      norm += v * v
    }
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < D; d++) vectors[r * D + d] = (vectors[r * D + d] as number) / norm
  }
  const K = Math.min(k, vocabulary.length)
  const centroids = vectors.slice(0, K * D)
  const assignment = new Int32Array(vocabulary.length)
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let r = 0; r < vocabulary.length; r++) {
      let best = -Infinity
      let arg = 0
      for (let j = 0; j < K; j++) {
        let dot = 0
        for (let d = 0; d < D; d++) dot += (vectors[r * D + d] as number) * (centroids[j * D + d] as number)
        if (dot > best) {
          best = dot
          arg = j
        }
      }
      assignment[r] = arg
    }
    centroids.fill(0)
    for (let r = 0; r < vocabulary.length; r++) {
      const j = assignment[r] as number
      for (let d = 0; d < D; d++)
        centroids[j * D + d] = (centroids[j * D + d] as number) + (vectors[r * D + d] as number)
    }
    for (let j = 0; j < K; j++) {
      let norm = 0
      for (let d = 0; d < D; d++) norm += (centroids[j * D + d] as number) ** 2
      norm = Math.sqrt(norm) || 1
      for (let d = 0; d < D; d++) centroids[j * D + d] = (centroids[j * D + d] as number) / norm
    }
  }
  return new Map(vocabulary.map((c, r) => [c, (assignment[r] as number) + 1]))
}
