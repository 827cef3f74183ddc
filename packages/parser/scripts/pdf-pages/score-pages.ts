// The measures ../shared/DATA.md defines for pages with gold, as ../shared/tools/score-pages.py computes them:
// title blocks exact, paragraph F1 within items aligned by title block, items right in number, photos found.
// A thin step: when `npm run eval:pages` (issue #22) lands, PDF pages are scored by it instead.
import type { Item } from '../../src/types.ts'
import type { GoldItem } from './print-pages.ts'

/** Sums over pages, from which the measures are read. */
export interface PageScore {
  pages: number
  items: number
  blocks: number
  tp: number
  fp: number
  fn: number
  countOk: number
  photos: number
  photosOk: number
}

const LEAD_DATELINE = /^[\u4e00-\u9fff·]{2,16}?(\d{1,2}月)?\d{1,2}日电(（[^）]{0,40}）)?/u

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, '').replaceAll('⋯', '…')

function paragraphsOf(texts: readonly string[]): string[] {
  const out = texts.map(squash)
  if (out.length > 0) out[0] = out[0]!.replace(LEAD_DATELINE, '')
  return out.filter((p) => p.length > 0)
}

const blockOf = (i: { kicker: string | null; title: string | null; subtitle: string | null }): string =>
  squash([i.kicker, i.title, i.subtitle].filter((x) => x !== null).join(''))

/** Pairs of (gold, parsed) indices aligned as Python's difflib SequenceMatcher aligns equal runs (LCS here). */
function align(gold: readonly string[], parsed: readonly string[]): [number, number][] {
  const n = gold.length
  const m = parsed.length
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        gold[i] === parsed[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  let gi = 0
  let pj = 0
  const flushGap = (i1: number, j1: number): void => {
    // Runs that differ but have equal length pair up one to one, as the reference scorer does.
    if (i1 - gi === j1 - pj) for (let k = 0; k < i1 - gi; k++) pairs.push([gi + k, pj + k])
  }
  while (i < n && j < m) {
    if (gold[i] === parsed[j]) {
      flushGap(i, j)
      pairs.push([i, j])
      i++
      j++
      gi = i
      pj = j
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++
    else j++
  }
  flushGap(n, m)
  return pairs
}

/** Add one page's comparison to `total`. */
export function scorePage(total: PageScore, gold: readonly GoldItem[], items: readonly Item[]): void {
  total.pages++
  total.items += gold.length
  if (gold.length === items.length) total.countOk++
  const gb = gold.map(blockOf)
  const pb = items.map(blockOf)
  const pairs = align(gb, pb)
  const pairedGold = new Set(pairs.map(([a]) => a))
  const pairedParsed = new Set(pairs.map(([, b]) => b))
  for (const [a, b] of pairs) {
    if (gb[a] === pb[b]) total.blocks++
    if (gold[a]!.kind === 'photo') {
      total.photos++
      if (items[b]!.kind === 'photo') total.photosOk++
    }
    const G = paragraphsOf(gold[a]!.paragraphs)
    const P = paragraphsOf(items[b]!.sections.flatMap((s) => s.paragraphs.map((p) => p.text)))
    const counts = new Map<string, number>()
    for (const g of G) counts.set(g, (counts.get(g) ?? 0) + 1)
    let hit = 0
    for (const p of P) {
      const c = counts.get(p) ?? 0
      if (c > 0) {
        hit++
        counts.set(p, c - 1)
      }
    }
    total.tp += hit
    total.fp += P.length - hit
    total.fn += G.length - hit
  }
  gold.forEach((g, a) => {
    if (pairedGold.has(a)) return
    total.fn += paragraphsOf(g.paragraphs).length
    if (g.kind === 'photo') total.photos++
  })
  items.forEach((item, b) => {
    if (!pairedParsed.has(b))
      total.fp += paragraphsOf(item.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).length
  })
}

/** An empty total. */
export function emptyScore(): PageScore {
  return { pages: 0, items: 0, blocks: 0, tp: 0, fp: 0, fn: 0, countOk: 0, photos: 0, photosOk: 0 }
}

/** The measures of a total: title blocks exact, paragraph precision, recall and F1. */
export function measures(t: PageScore): {
  titleBlocks: number
  precision: number
  recall: number
  f1: number
} {
  const precision = t.tp / (t.tp + t.fp || 1)
  const recall = t.tp / (t.tp + t.fn || 1)
  return {
    titleBlocks: t.blocks / (t.items || 1),
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall || 1),
  }
}

/** One line per folder, as the reference scorer prints it. */
export function describeScore(name: string, t: PageScore): string {
  const m = measures(t)
  return (
    `${name}: ${t.pages} pages, ${t.items} items: title blocks exact ${m.titleBlocks.toFixed(3)}, ` +
    `paragraph F1 ${m.f1.toFixed(3)} (P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}), ` +
    `items right in number ${t.countOk}/${t.pages}, photos ${t.photosOk}/${t.photos}`
  )
}
