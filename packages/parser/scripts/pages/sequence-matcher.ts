// Python's difflib.SequenceMatcher opcodes (no junk, autojunk off), ported so that eval:pages aligns items exactly
// as ../shared/tools/score-pages.py does.

export type OpcodeTag = 'equal' | 'replace' | 'delete' | 'insert'
/** `[tag, aFrom, aTo, bFrom, bTo]`, as difflib's get_opcodes gives them. */
export type Opcode = [OpcodeTag, number, number, number, number]

type Match = [number, number, number]

function longestMatch(
  a: readonly string[],
  b: readonly string[],
  positions: Map<string, number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): Match {
  let besti = alo
  let bestj = blo
  let bestSize = 0
  let lengths = new Map<number, number>()
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>()
    for (const j of positions.get(a[i]!) ?? []) {
      if (j < blo) continue
      if (j >= bhi) break
      const k = (lengths.get(j - 1) ?? 0) + 1
      next.set(j, k)
      if (k > bestSize) {
        besti = i - k + 1
        bestj = j - k + 1
        bestSize = k
      }
    }
    lengths = next
  }
  while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
    besti--
    bestj--
    bestSize++
  }
  while (besti + bestSize < ahi && bestj + bestSize < bhi && a[besti + bestSize] === b[bestj + bestSize])
    bestSize++
  return [besti, bestj, bestSize]
}

function matchingBlocks(a: readonly string[], b: readonly string[]): Match[] {
  const positions = new Map<string, number[]>()
  b.forEach((x, j) => {
    const list = positions.get(x)
    if (list === undefined) positions.set(x, [j])
    else list.push(j)
  })
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]]
  const blocks: Match[] = []
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!
    const match = longestMatch(a, b, positions, alo, ahi, blo, bhi)
    const [i, j, k] = match
    if (k === 0) continue
    blocks.push(match)
    if (alo < i && blo < j) queue.push([alo, i, blo, j])
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi])
  }
  blocks.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2])
  const joined: Match[] = []
  let [i1, j1, k1] = [0, 0, 0]
  for (const [i2, j2, k2] of blocks) {
    if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2
    else {
      if (k1 > 0) joined.push([i1, j1, k1])
      ;[i1, j1, k1] = [i2, j2, k2]
    }
  }
  if (k1 > 0) joined.push([i1, j1, k1])
  joined.push([a.length, b.length, 0])
  return joined
}

/**
 * The edit script that turns `a` into `b`, exactly as `difflib.SequenceMatcher(None, a, b, autojunk=False)
 * .get_opcodes()` gives it.
 *
 * @example opcodes(['x', 'y'], ['x', 'z']) // [['equal', 0, 1, 0, 1], ['replace', 1, 2, 1, 2]]
 */
export function opcodes(a: readonly string[], b: readonly string[]): Opcode[] {
  const out: Opcode[] = []
  let i = 0
  let j = 0
  for (const [ai, bj, size] of matchingBlocks(a, b)) {
    const tag: OpcodeTag | null = i < ai && j < bj ? 'replace' : i < ai ? 'delete' : j < bj ? 'insert' : null
    if (tag !== null) out.push([tag, i, ai, j, bj])
    i = ai + size
    j = bj + size
    if (size > 0) out.push(['equal', ai, i, bj, j])
  }
  return out
}
