// A seeded pseudo-random source for the page simulator, so that a page set can be rebuilt exactly.

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** An integer from `low` to `high`, both included. */
  int(low: number, high: number): number
  pick<T>(values: readonly T[]): T
  /** A value chosen with the weight beside it. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T
}

/**
 * A random source from `seed` (mulberry32): the same seed gives the same sequence on any machine.
 *
 * @example const random = seeded(7); random.int(10, 24)
 */
export function seeded(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
  const random: Random = {
    next,
    chance: (p) => next() < p,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    pick: (values) => values[Math.floor(next() * values.length)]!,
    weighted: (choices) => {
      const total = choices.reduce((s, [, w]) => s + w, 0)
      let x = next() * total
      for (const [value, w] of choices) {
        x -= w
        if (x < 0) return value
      }
      return choices.at(-1)![0]
    },
  }
  return random
}
