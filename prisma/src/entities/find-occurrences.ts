// Find every occurrence of many strings in many texts in one pass (Aho–Corasick), for archive-wide statistics.

interface Node {
  next: Map<string, number>
  fail: number
  /** Indices of the patterns that end here, this node's own and those its failure chain ends with. */
  out: number[]
}

/** A matcher for a fixed set of patterns, built once and run over any number of texts. */
export interface OccurrenceFinder {
  /** Call `found(pattern, start)` for each occurrence of each pattern in `text`, overlapping ones included. */
  scan(text: string, found: (pattern: number, start: number) => void): void
}

/**
 * A matcher for `patterns` (non-empty strings). Scanning costs one step per character of text plus one per
 * occurrence, however many patterns there are.
 *
 * @example
 * const finder = createOccurrenceFinder(['众志成', '众志成城'])
 * finder.scan('众志成城', (p, at) => console.log(p, at)) // 0 0, then 1 0
 */
export function createOccurrenceFinder(patterns: readonly string[]): OccurrenceFinder {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }]
  patterns.forEach((pattern, index) => {
    let at = 0
    // Code units, as the scan reads texts: a character outside the BMP is two steps on both sides.
    for (let k = 0; k < pattern.length; k++) {
      const char = pattern[k] as string
      let to = nodes[at]!.next.get(char)
      if (to === undefined) {
        to = nodes.length
        nodes.push({ next: new Map(), fail: 0, out: [] })
        nodes[at]!.next.set(char, to)
      }
      at = to
    }
    nodes[at]!.out.push(index)
  })
  // Breadth first: a node's failure link points to the longest proper suffix of its path that is a path too.
  const queue: number[] = [...nodes[0]!.next.values()]
  for (let head = 0; head < queue.length; head++) {
    const node = nodes[queue[head]!]!
    for (const [char, child] of node.next) {
      let fail = node.fail
      while (fail !== 0 && !nodes[fail]!.next.has(char)) fail = nodes[fail]!.fail
      const target = nodes[fail]!.next.get(char)
      const link = target !== undefined && target !== child ? target : 0
      nodes[child]!.fail = link
      nodes[child]!.out.push(...nodes[link]!.out)
      queue.push(child)
    }
  }
  const lengths = patterns.map((p) => p.length)
  return {
    scan(text, found) {
      let at = 0
      for (let i = 0; i < text.length; i++) {
        const char = text[i] as string
        while (at !== 0 && !nodes[at]!.next.has(char)) at = nodes[at]!.fail
        at = nodes[at]!.next.get(char) ?? 0
        for (const pattern of nodes[at]!.out) found(pattern, i + 1 - (lengths[pattern] as number))
      }
    },
  }
}
