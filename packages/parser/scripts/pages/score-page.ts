// Score one parsed page against its gold by the measures of ../shared/DATA.md, as ../shared/tools/score-pages.py
// reads them: title blocks, paragraph F1, items in number, photos and conservation.
import type { ParsedPage } from '../../src/types.ts'
import { opcodes } from './sequence-matcher.ts'

/** One item of a gold file (`NAME.gold.json`), as ../shared/dev-pages and the simulator write them. */
export interface GoldItem {
  kind: 'article' | 'photo'
  kicker: string | null
  title: string | null
  subtitle: string | null
  byline?: string | null
  credit: string | null
  headings: string[]
  paragraphs: string[]
  /** The page a jump line sends the story on to (`（下转第二版）`), when the simulator set one. */
  continues_on_page?: number | null
  continued_from_page?: number | null
}

export interface GoldPage {
  date: string
  page: number | null
  title_after: boolean
  items: GoldItem[]
}

/** The counts a page adds to its folder's score. */
export interface Tally {
  pages: number
  items: number
  blocks: number
  tp: number
  fp: number
  fn: number
  countOk: number
  photos: number
  photosOk: number
  /** Pages that keep every character by the reference scorer's rule (item fields only). */
  conserveOk: number
  /** Pages that keep every character when page furniture and jump lines count too. */
  conserveAllOk: number
  /** Gold jump lines, and those the parse read into the aligned item with the right page. */
  jumps: number
  jumpsOk: number
}

export function emptyTally(): Tally {
  return {
    pages: 0,
    items: 0,
    blocks: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    countOk: 0,
    photos: 0,
    photosOk: 0,
    conserveOk: 0,
    conserveAllOk: 0,
    jumps: 0,
    jumpsOk: 0,
  }
}

export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key]
}

// The scorer's own rules, character for character: Python's \s and \d are Unicode-aware, as \s and \p{Nd} are here.
const LEAD_DATELINE = /^[\u4e00-\u9fff·]{2,16}?(\p{Nd}{1,2}月)?\p{Nd}{1,2}日电(（[^）]{0,40}）)?/u
const COUNTED = /[\u3400-\u9fff0-9A-Za-z]/gu

function squash(text: string): string {
  return text.replace(/\s+/gu, '').replaceAll('⋯', '…')
}

function firstWithoutDateline(paragraphs: string[]): string[] {
  if (paragraphs.length > 0) paragraphs[0] = paragraphs[0]!.replace(LEAD_DATELINE, '')
  return paragraphs.filter((p) => p !== '')
}

function goldParagraphs(item: GoldItem): string[] {
  return firstWithoutDateline(item.paragraphs.map(squash))
}

type ParsedItem = ParsedPage['items'][number]

function parsedParagraphs(item: ParsedItem): string[] {
  return firstWithoutDateline(item.sections.flatMap((s) => s.paragraphs.map((p) => squash(p.text))))
}

function block(item: { kicker: string | null; title: string | null; subtitle: string | null }): string {
  return squash([item.kicker, item.title, item.subtitle].filter((t) => t).join(''))
}

/** The text the scorer counts for conservation: each item's fields once, a dateline or byline in a paragraph once. */
export function keptText(items: readonly ParsedItem[]): string {
  const out: string[] = []
  for (const item of items) {
    const paragraphs = item.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
    const joined = squash(paragraphs.join(''))
    out.push(item.kicker ?? '', item.title ?? '', item.subtitle ?? '', item.credit ?? '')
    out.push(...item.sections.map((s) => s.heading ?? ''))
    out.push(...paragraphs)
    const extras = [item.dateline?.text ?? '', ...item.bylines.map((b) => b.text)]
    out.push(...extras.filter((e) => squash(e) !== '' && !joined.includes(squash(e))))
  }
  return out.join('')
}

function counts(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const ch of text.replaceAll('□', '').match(COUNTED) ?? []) out.set(ch, (out.get(ch) ?? 0) + 1)
  return out
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false
  for (const [k, v] of a) if (b.get(k) !== v) return false
  return true
}

function multiset(values: readonly string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1)
  return out
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0)
  return n
}

/** How one page went: its tally and, for a reader hunting errors, the gold and parsed title blocks side by side. */
export interface PageScore {
  tally: Tally
  pairs: [number, number][]
}

/**
 * Score `parsed`, the parse of page `text`, against `gold`. Items are aligned by title block with difflib's
 * opcodes; equal runs and same-length replaced runs pair one to one, as the reference scorer pairs them.
 */
export function scorePage(gold: GoldPage, parsed: ParsedPage, text: string): PageScore {
  const t = emptyTally()
  t.pages = 1
  const gi = gold.items
  const pi = parsed.items
  t.countOk = gi.length === pi.length ? 1 : 0
  const gb = gi.map(block)
  const pb = pi.map(block)
  const pairs: [number, number][] = []
  for (const [tag, a0, a1, b0, b1] of opcodes(gb, pb)) {
    if (tag === 'equal' || (tag === 'replace' && a1 - a0 === b1 - b0))
      for (let k = 0; k < a1 - a0; k++) pairs.push([a0 + k, b0 + k])
  }
  for (const [a, b] of pairs) {
    const g = gi[a]!
    const x = pi[b]!
    if (gb[a] === pb[b]) t.blocks++
    if (g.kind === 'photo') {
      t.photos++
      if (x.kind === 'photo') t.photosOk++
    }
    const G = multiset(goldParagraphs(g))
    const P = multiset(parsedParagraphs(x))
    const hit = overlap(G, P)
    const sum = (m: Map<string, number>): number => [...m.values()].reduce((s, v) => s + v, 0)
    t.tp += hit
    t.fp += sum(P) - hit
    t.fn += sum(G) - hit
    for (const [goldPage, parsedPage] of [
      [g.continues_on_page, x.continuesOnPage],
      [g.continued_from_page, x.continuedFromPage],
    ] as const) {
      if (goldPage === undefined || goldPage === null) continue
      t.jumps++
      if (parsedPage === goldPage) t.jumpsOk++
    }
  }
  const pairedGold = new Set(pairs.map(([a]) => a))
  const pairedParsed = new Set(pairs.map(([, b]) => b))
  gi.forEach((g, a) => {
    if (pairedGold.has(a)) return
    t.fn += goldParagraphs(g).length
    if (g.kind === 'photo') t.photos++
    for (const page of [g.continues_on_page, g.continued_from_page]) if (page != null) t.jumps++
  })
  pi.forEach((x, b) => {
    if (!pairedParsed.has(b)) t.fp += parsedParagraphs(x).length
  })
  t.items = gi.length
  const input = counts(text)
  const kept = keptText(pi)
  t.conserveOk = sameCounts(input, counts(kept)) ? 1 : 0
  const furniture = (parsed.furniture ?? []).map((f) => f.text).join('')
  t.conserveAllOk = sameCounts(input, counts(kept + furniture)) ? 1 : 0
  return { tally: t, pairs }
}

/** Precision, recall and F1 of paragraphs, as the reference scorer computes them. */
export function paragraphF1(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp / (t.tp + t.fp || 1)
  const r = t.tp / (t.tp + t.fn || 1)
  return { p, r, f: (2 * p * r) / (p + r || 1) }
}

/**
 * One line per folder in the reference scorer's words. Conservation counts page furniture and jump lines (which the
 * parser keeps outside items); where that differs from the reference scorer's count, its count follows.
 */
export function formatTally(name: string, t: Tally): string {
  const { p, r, f } = paragraphF1(t)
  const strict =
    t.conserveOk === t.conserveAllOk ? '' : ` (${t.conserveOk}/${t.pages} counting item fields alone)`
  const jumps = t.jumps === 0 ? '' : `, jump lines read ${t.jumpsOk}/${t.jumps}`
  return (
    `${name}: ${t.pages} pages, ${t.items} items: title blocks exact ${(t.blocks / (t.items || 1)).toFixed(3)}, ` +
    `paragraph F1 ${f.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}), items right in number ${t.countOk}/${t.pages}, ` +
    `photos ${t.photosOk}/${t.photos}, no character lost or doubled ${t.conserveAllOk}/${t.pages}${strict}${jumps}`
  )
}
