// The layout model's evidence for each line: its width against the column around it, how it and its neighbours
// begin and end, the blank lines around it, the patterns it matches and where it stands on the page. Each feature is
// a small whole number; the model keeps one weight per feature and tag. Training and parsing share this file.
import {
  END,
  END_CLASSES,
  SIGN,
  SIGN_COUNT,
  START_CLASSES,
  type MeasuredLine,
} from '../stages/measure-lines.ts'
import { pinnedTags } from './pinned-tags.ts'

/** The features of a sequence of lines: line k's are `ids[offsets[k]]` up to `ids[offsets[k + 1]]`. */
export interface LineFeatures {
  ids: Int32Array
  offsets: Int32Array
  /** For each line, the tags it may take as a bit mask (`pinnedTags`), 0 for any. */
  pins: Int32Array
  /**
   * 1 where a line ends on a comma (`，` `、`). A headline may wrap after a comma but never ends on one, so a title
   * line that does is followed by another title line.
   */
  commaEnds: Uint8Array
}

/** Lines on each side whose widths vote on the column a line stands in. */
const WINDOW = 6
/** Lines before (or after) a line that tell the column it comes from (or goes to). */
const SIDE = 8
/** Widths are counted up to this; wider lines are not column text anyway. */
const MAX_WIDTH = 255

const FURNITURE_BITS = 7

/** How far short of `column` a width falls, in buckets: over by more than 2, … full, half short, … far short. */
function shortfall(column: number, width: number): number {
  const d = column - width
  if (d < -2) return 0
  if (d < -0.75) return 1
  if (d < -0.25) return 2
  if (d < 0.25) return 3
  if (d < 0.75) return 4
  if (d < 1.25) return 5
  if (d < 1.75) return 6
  if (d < 2.25) return 7
  if (d < 2.75) return 8
  if (d < 3.25) return 9
  if (d < 4.75) return 10
  if (d < 7.25) return 11
  if (column > 0 && width / column < 0.35) return 13
  return 12
}
const SHORTFALLS = 14

function ratio(width: number, column: number): number {
  if (column <= 0) return 6
  const r = width / column
  return r < 0.3 ? 0 : r < 0.5 ? 1 : r < 0.7 ? 2 : r < 0.85 ? 3 : r < 1.05 ? 4 : r < 1.3 ? 5 : 6
}
const RATIOS = 7

const LENGTH_LIMITS = [1, 2, 3, 4, 6, 9, 12, 16, 20, 26, 35]
function lengthBucket(chars: number): number {
  for (let i = 0; i < LENGTH_LIMITS.length; i++) if (chars <= LENGTH_LIMITS[i]!) return i
  return LENGTH_LIMITS.length
}
const LENGTHS = LENGTH_LIMITS.length + 1

function columnBucket(column: number): number {
  return column <= 6
    ? 0
    : column <= 9
      ? 1
      : column <= 12
        ? 2
        : column <= 15
          ? 3
          : column <= 18
            ? 4
            : column <= 21
              ? 5
              : column <= 24
                ? 6
                : column <= 30
                  ? 7
                  : 8
}
const COLUMNS = 9

function change(before: number, after: number): number {
  if (before <= 0 || after <= 0) return 0
  const r = after / before
  return r < 0.6 ? 1 : r < 0.9 ? 2 : r <= 1.12 ? 3 : r <= 1.6 ? 4 : 5
}
const CHANGES = 6

function distance(d: number): number {
  return d <= 0 ? 0 : d === 1 ? 1 : d === 2 ? 2 : d <= 5 ? 3 : d <= 10 ? 4 : d <= 20 ? 5 : 6
}
const DISTANCES = 7

function position(k: number): number {
  return k < 4 ? k : k < 8 ? 4 : 5
}
const POSITIONS = 6

/** The most common whole width among `widths[from..to)` (ties go to the wider), or 0 when the range is empty. */
function modeOf(widths: Int32Array, from: number, to: number, votes: Int32Array): number {
  let best = 0
  let bestVotes = 0
  for (let j = from; j < to; j++) {
    const w = widths[j]!
    const v = ++votes[w]!
    if (v > bestVotes || (v === bestVotes && w > best)) {
      best = w
      bestVotes = v
    }
  }
  for (let j = from; j < to; j++) votes[widths[j]!] = 0
  return best
}

/** A template: a name (for the model file's check) and how many values it takes. */
interface Template {
  name: string
  size: number
}

const TEMPLATES: Template[] = []
function template(name: string, size: number): number {
  const offset = TEMPLATES.reduce((n, t) => n + t.size, 0)
  TEMPLATES.push({ name, size })
  return offset
}

const E = END_CLASSES
const EN = END_CLASSES + 1 // with "no such line"
const S = START_CLASSES
const SH = SHORTFALLS
const SHN = SHORTFALLS + 1

const T_BIAS = template('bias', 1)
const T_PEND_SHORT = template('prev-end×short', EN * SH)
const T_PEND_PSHORT = template('prev-end×prev-short', EN * SHN)
const T_PSHORT_SHORT = template('prev-short×short', SHN * SH)
const T_SHORT_NSHORT = template('short×next-short', SH * SHN)
const T_END_NSHORT = template('end×next-short', E * SHN)
const T_END_SHORT = template('end×short', E * SH)
const T_PEND_END = template('prev-end×end', EN * E)
const T_BB_PEND = template('blank-before×prev-end', 3 * EN)
const T_SIGN = template('sign', SIGN_COUNT)
const T_PSIGN = template('prev-sign', SIGN_COUNT)
const T_NSIGN = template('next-sign', SIGN_COUNT)
const T_FURNITURE = template('furniture', FURNITURE_BITS)
const T_PFURNITURE = template('prev-furniture', FURNITURE_BITS)
const T_NFURNITURE = template('next-furniture', FURNITURE_BITS)
const T_SHORT_BEFORE = template('short-against-column-before', SHN)
const T_SHORT_AFTER = template('short-against-column-after', SHN)
const T_COLUMN = template('column', COLUMNS)
const T_CHANGE = template('column-change', CHANGES)
const T_TOP = template('from-top', POSITIONS)
const T_BOTTOM = template('from-bottom', POSITIONS)
const T_LENGTH_BLANKS = template('length×blanks', LENGTHS * 9)
const T_CHUNK = template('chunk-size×place', 6 * 4)
const T_CHUNK_DISPLAY = template('chunk-display×place', 2 * 4)
const T_CREDIT_AHEAD = template('credit-ahead', DISTANCES)
const T_STORY_END_BEHIND = template('story-end-behind', DISTANCES)
const T_START_END = template('start×end', S * E)
const T_NEND = template('next-end', EN)
const T_LENGTH_END = template('length×end', LENGTHS * E)
const T_RATIO_BLANKS = template('ratio×blanks', RATIOS * 9)
const T_SHORT_BA_PEND = template('short×blank-after×prev-end', SH * 3 * EN)
const T_NSHORT_BA = template('next-short×blank-after', SHN * 3)
const T_PSHORT_BB_SHORT = template('prev-short×blank-before×short', SHN * 3 * SH)
const T_CHUNK_WIDE = template('chunk-widest×place', SH * 4)
const T_BARE_RUN = template('bare-run×place', 4 * 4)
const T_STORY_ENDS = template('page-datelines×story-end-behind×chunk-display', 3 * DISTANCES * 2)
const T_BYLINES_AHEAD = template('page-bylines×byline-ahead×chunk-display', 3 * DISTANCES * 2)
const T_PREV_DISPLAY = template('prev-chunk-display×length×blank-before', 3 * LENGTHS * 3)
const T_JOIN_PREV_PEND = template('joins-previous×prev-end', 7 * EN)
const T_OWN_SIDES = template('own-words-before×after', 5 * 5)
const T_CONTEXT_BLANKS = template('context-similarity×blanks', 7 * 9)
const T_JOIN_PREV_BB = template('joins-previous×blank-before', 7 * 3)
const T_JOIN_NEXT_BA = template('joins-next×blank-after', 7 * 3)
/** Characters hashed into buckets: the words a line opens and ends on (titles end on nouns, lines mid-sentence on 的). */
const HASHED = 1024
const T_FIRST_CHAR = template('first-char', HASHED)
const T_LAST_CHAR = template('last-char', HASHED)
const T_FIRST_TWO = template('first-two-chars', HASHED)
const T_LAST_TWO = template('last-two-chars', HASHED)

/** How many feature values there are: rows of the model's weight table. */
export const FEATURE_COUNT = TEMPLATES.reduce((n, t) => n + t.size, 0)

/** The templates' names and sizes, joined: a model trained on other features is refused on load. */
export const FEATURE_SIGNATURE = TEMPLATES.map((t) => `${t.name}:${t.size}`).join(',')

/** Buckets of the table of how often two characters stand side by side in running text. */
export const PAIR_BUCKETS = 1 << 16

/**
 * The bucket of the character pair `a`, `b` in the pair table: a fixed mix of their code units, so that the table
 * built for training and the one in the model file agree.
 */
export function pairBucket(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2f, 0x165667b1)
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x9e3779b1)
  return (h ^ (h >>> 16)) >>> 16
}

/**
 * How strongly two lines join, read from the pair table (`pairs[bucket]` is 0 for a pair never seen, up to 5 for a
 * common one) at the last character of one and the first of the next: `…曾奉命赴北京小汤` / `山抗击非典…` join (汤山),
 * a title and the story after it rarely do. 6 when either side is punctuation.
 */
function junction(pairs: Uint8Array, before: string, after: string): number {
  const a = before.charCodeAt(before.length - 1)
  const b = after.charCodeAt(0)
  if (!(a >= 0x3400 && a < 0xa000) || !(b >= 0x3400 && b < 0xa000)) return 6
  return pairs[pairBucket(a, b)]!
}

/** Lines on each side of a short run whose words are compared: is the text on both sides one story? */
const CONTEXT = 12
/** The most features a line can have: one per template, less the bit templates, plus their bits. */
const MAX_PER_LINE = 64 + 3 * SIGN_COUNT + 3 * FURNITURE_BITS
const WORD_BUCKETS = 4096
const MAX_RUN = 6

/** Marks hashed character pairs as seen, stamp by stamp, so that no table is cleared between runs. */
interface WordTable {
  stamps: Uint32Array
  stamp: number
}

/** Each line's hashed pairs of adjacent CJK characters: line k's are `words[starts[k]]` up to `words[starts[k + 1]]`. */
function linePairs(lines: readonly MeasuredLine[]): { words: Uint16Array; starts: Int32Array } {
  let total = 0
  for (const line of lines) total += line.text.length
  const words = new Uint16Array(total)
  const starts = new Int32Array(lines.length + 1)
  let w = 0
  for (let k = 0; k < lines.length; k++) {
    starts[k] = w
    const text = lines[k]!.text
    let a = text.charCodeAt(0)
    for (let i = 1; i < text.length; i++) {
      const b = text.charCodeAt(i)
      if (a >= 0x3400 && a < 0xa000 && b >= 0x3400 && b < 0xa000)
        words[w++] = (Math.imul(a, 31) + b) & (WORD_BUCKETS - 1)
      a = b
    }
  }
  starts[lines.length] = w
  return { words: words.subarray(0, w), starts }
}

/** Stamp the pairs of lines `from..to` into `table`. */
function stampWords(pairs: ReturnType<typeof linePairs>, from: number, to: number, table: WordTable): void {
  const { words, starts } = pairs
  for (let j = starts[from]!, end = starts[to]!; j < end; j++) table.stamps[words[j]!] = table.stamp
}

/** How many pairs of lines `from..to` the table holds under its stamp, and how many there are. */
function countWords(
  pairs: ReturnType<typeof linePairs>,
  from: number,
  to: number,
  table: WordTable,
): [number, number] {
  const { words, starts } = pairs
  let hits = 0
  for (let j = starts[from]!, end = starts[to]!; j < end; j++)
    if (table.stamps[words[j]!] === table.stamp) hits++
  return [hits, starts[to]! - starts[from]!]
}

function shareBucket(hits: number, n: number): number {
  if (n === 0) return 0
  const r = hits / n
  return r < 0.1 ? 0 : r < 0.2 ? 1 : r < 0.35 ? 2 : r < 0.55 ? 3 : 4
}

function similarityBucket(hits: number, n: number): number {
  if (n < 8) return 5
  const r = hits / n
  return r < 0.06 ? 0 : r < 0.11 ? 1 : r < 0.17 ? 2 : r < 0.25 ? 3 : 4
}

/** A bucket for the code units `a` and `b` (0 for none): a fixed mix, so that the model file can name it. */
function hashed(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35)
  return ((h ^ (h >>> 16)) >>> 0) % HASHED
}

/**
 * The features of `lines`, the non-blank lines of a page in order. `blankBefore[k]` counts the blank lines between
 * line k − 1 and line k; `blankBefore[n]` those after the last.
 *
 * @example lineFeatures(text, blanks).ids.length
 */
export function lineFeatures(
  lines: readonly MeasuredLine[],
  blankBefore: Int32Array,
  pairs: Uint8Array,
): LineFeatures {
  const n = lines.length
  const widths = new Int32Array(n)
  for (let k = 0; k < n; k++) widths[k] = Math.min(MAX_WIDTH, Math.round(lines[k]!.width))
  const votes = new Int32Array(MAX_WIDTH + 1)
  const column = new Float64Array(n)
  const before = new Float64Array(n)
  const after = new Float64Array(n)
  for (let k = 0; k < n; k++) {
    column[k] = modeOf(widths, Math.max(0, k - WINDOW), Math.min(n, k + WINDOW + 1), votes)
    before[k] = modeOf(widths, Math.max(0, k - SIDE), k, votes)
    after[k] = modeOf(widths, k + 1, Math.min(n, k + 1 + SIDE), votes)
  }
  const short = new Uint8Array(n)
  for (let k = 0; k < n; k++) short[k] = shortfall(column[k]!, lines[k]!.width)
  // Chunks: runs of lines between blank lines.
  const chunkStart = new Int32Array(n)
  const chunkEnd = new Int32Array(n)
  for (let k = 0; k < n; k++) chunkStart[k] = k > 0 && blankBefore[k] === 0 ? chunkStart[k - 1]! : k
  for (let k = n - 1; k >= 0; k--) chunkEnd[k] = k < n - 1 && blankBefore[k + 1] === 0 ? chunkEnd[k + 1]! : k
  // A line is open when it neither finishes nor breaks a sentence. A chunk is display text when all its lines are
  // open; its widest line is measured against its column.
  const open = new Uint8Array(n)
  for (let k = 0; k < n; k++) {
    const line = lines[k]!
    open[k] =
      line.end === 2 || line.end === 4 || line.end === 6 || (line.signs & SIGN.sentenceBreak) !== 0 ? 0 : 1
  }
  const chunkDisplay = new Uint8Array(n)
  const chunkWidest = new Int32Array(n)
  for (let k = 0; k < n; k = chunkEnd[k]! + 1) {
    let display = 1
    let widest = 0
    for (let j = k; j <= chunkEnd[k]!; j++) {
      if (!open[j]) display = 0
      if (widths[j]! > widest) widest = widths[j]!
    }
    for (let j = k; j <= chunkEnd[k]!; j++) {
      chunkDisplay[j] = display
      chunkWidest[j] = shortfall(column[j]!, widest)
    }
  }
  // Distances to the next credit line and from the last line that ends a story (a dateline or credit).
  const creditAhead = new Int32Array(n)
  let next = -1
  for (let k = n - 1; k >= 0; k--) {
    creditAhead[k] = next < 0 ? 99 : next - k
    if ((lines[k]!.signs & SIGN.credit) !== 0) next = k
  }
  const storyEndBehind = new Int32Array(n)
  let last = -1
  for (let k = 0; k < n; k++) {
    storyEndBehind[k] = last < 0 ? 99 : k - last
    if ((lines[k]!.signs & (SIGN.credit | SIGN.dateline)) !== 0) last = k
  }
  // Bylines ahead, and how many datelines and bylines the page has: on a page whose stories end on datelines, a
  // title set after its story follows one, and a heading does not.
  const bylineAhead = new Int32Array(n)
  let datelines = 0
  let bylines = 0
  next = -1
  for (let k = n - 1; k >= 0; k--) {
    bylineAhead[k] = next < 0 ? 99 : next - k
    const signs = lines[k]!.signs
    if (signs & SIGN.byline) {
      next = k
      bylines++
    }
    if (signs & SIGN.dateline) datelines++
  }
  const pageDatelines = Math.min(2, datelines)
  const pageBylines = Math.min(2, bylines)
  // Bare runs: consecutive lines with no clause or sentence mark at all. Running text has a comma every line or
  // two; a title wrapped over three lines has none.
  const bareStart = new Int32Array(n)
  const bareEnd = new Int32Array(n)
  const bare = (k: number): boolean => lines[k]!.bare
  for (let k = 0; k < n; k++) bareStart[k] = bare(k) && k > 0 && bare(k - 1) ? bareStart[k - 1]! : k
  for (let k = n - 1; k >= 0; k--) bareEnd[k] = bare(k) && k < n - 1 && bare(k + 1) ? bareEnd[k + 1]! : k

  // For each short run of open lines after a sentence's end (a title, a heading, or a paragraph's first lines): do
  // the texts before and after it share their words, as the two sides of a heading in one story do, and which side
  // shares the run's own words, as a title's story does?
  const context = new Uint8Array(n).fill(6)
  const ownSides = new Uint8Array(n)
  const table: WordTable = { stamps: new Uint32Array(WORD_BUCKETS), stamp: 0 }
  let words: ReturnType<typeof linePairs> | null = null
  for (let k = 1; k < n - 1; k++) {
    if (!open[k] || open[k - 1]) continue
    let to = k + 1
    while (to < n && open[to] && to - k < MAX_RUN) to++
    if (to >= n || open[to]) continue
    // Only runs that could be a title or heading: set off by a blank line, several lines with no mark at all, or
    // a line as wide as no paragraph's first line is. A paragraph's first lines, by far the most runs, are not.
    const firstWidth = shortfall(column[k]!, lines[k]!.width)
    const markless = to - k > 1 && lines[k]!.bare && lines[k + 1]!.bare
    if (blankBefore[k] === 0 && !markless && firstWidth >= 6 && firstWidth <= 9) continue
    words ??= linePairs(lines)
    const from = k
    table.stamp++
    stampWords(words, Math.max(0, from - CONTEXT), from, table)
    const [shared, afterWords] = countWords(words, to, Math.min(n, to + CONTEXT), table)
    const [ownBefore, own] = countWords(words, from, to, table)
    table.stamp++
    stampWords(words, to, Math.min(n, to + CONTEXT), table)
    const [ownAfter] = countWords(words, from, to, table)
    const sim = similarityBucket(shared, afterWords)
    const sides = shareBucket(ownBefore, own) * 5 + shareBucket(ownAfter, own)
    for (let j = from; j < to; j++) {
      context[j] = sim
      ownSides[j] = sides
    }
    k = to - 1
  }
  const joins = new Uint8Array(n + 1).fill(6)
  for (let k = 1; k < n; k++) joins[k] = junction(pairs, lines[k - 1]!.text, lines[k]!.text)

  const offsets = new Int32Array(n + 1)
  const ids = new Int32Array(n * MAX_PER_LINE)
  let w = 0
  const bits = (value: number, count: number, offset: number): void => {
    for (let b = 0; b < count; b++) if (value & (1 << b)) ids[w++] = offset + b
  }
  for (let k = 0; k < n; k++) {
    offsets[k] = w
    const line = lines[k]!
    const prev = k > 0 ? lines[k - 1]! : null
    const nextLine = k < n - 1 ? lines[k + 1]! : null
    const bb = Math.min(2, blankBefore[k]!)
    const ba = Math.min(2, blankBefore[k + 1]!)
    const blanks = bb * 3 + ba
    const sh = short[k]!
    const pend = prev === null ? E : prev.end
    const psh = prev === null ? SH : short[k - 1]!
    const nsh = nextLine === null ? SH : short[k + 1]!
    const end = line.end
    const text = line.text
    const len = lengthBucket(text.length)
    const rt = ratio(line.width, column[k]!)
    const place = chunkStart[k] === chunkEnd[k] ? 0 : k === chunkStart[k] ? 1 : k === chunkEnd[k] ? 3 : 2
    const runLength = line.bare ? Math.min(3, bareEnd[k]! - bareStart[k]!) : 0
    const runPlace =
      !line.bare || bareStart[k] === bareEnd[k] ? 0 : k === bareStart[k] ? 1 : k === bareEnd[k] ? 3 : 2
    const joinPrev = joins[k]!
    const joinNext = joins[k + 1]!
    // Whether the line before belongs to display text (a title block or heading), and this line's length: the tail
    // of a wrapped title (`布会）`) is short and follows one.
    const prevDisplay = prev === null ? 2 : chunkDisplay[k - 1]!
    const first = text.charCodeAt(0)
    const lastCode = text.charCodeAt(text.length - 1)
    ids[w++] = T_BIAS
    ids[w++] = T_PEND_SHORT + pend * SH + sh
    ids[w++] = T_PEND_PSHORT + pend * SHN + psh
    ids[w++] = T_PSHORT_SHORT + psh * SH + sh
    ids[w++] = T_SHORT_NSHORT + sh * SHN + nsh
    ids[w++] = T_END_NSHORT + end * SHN + nsh
    ids[w++] = T_END_SHORT + end * SH + sh
    ids[w++] = T_PEND_END + pend * E + end
    ids[w++] = T_BB_PEND + bb * EN + pend
    ids[w++] = T_SHORT_BEFORE + (k === 0 ? SH : shortfall(before[k]!, line.width))
    ids[w++] = T_SHORT_AFTER + (k === n - 1 ? SH : shortfall(after[k]!, line.width))
    ids[w++] = T_COLUMN + columnBucket(column[k]!)
    ids[w++] = T_CHANGE + change(before[k]!, after[k]!)
    ids[w++] = T_TOP + position(k)
    ids[w++] = T_BOTTOM + position(n - 1 - k)
    ids[w++] = T_LENGTH_BLANKS + len * 9 + blanks
    ids[w++] = T_CHUNK + Math.min(5, chunkEnd[k]! - chunkStart[k]!) * 4 + place
    ids[w++] = T_CHUNK_DISPLAY + chunkDisplay[k]! * 4 + place
    ids[w++] = T_CREDIT_AHEAD + distance(creditAhead[k]!)
    ids[w++] = T_STORY_END_BEHIND + distance(storyEndBehind[k]!)
    ids[w++] = T_START_END + line.start * E + end
    ids[w++] = T_NEND + (nextLine === null ? E : nextLine.end)
    ids[w++] = T_LENGTH_END + len * E + end
    ids[w++] = T_RATIO_BLANKS + rt * 9 + blanks
    ids[w++] = T_SHORT_BA_PEND + (sh * 3 + ba) * EN + pend
    ids[w++] = T_NSHORT_BA + nsh * 3 + ba
    ids[w++] = T_PSHORT_BB_SHORT + (psh * 3 + bb) * SH + sh
    ids[w++] = T_CHUNK_WIDE + chunkWidest[k]! * 4 + place
    ids[w++] =
      T_STORY_ENDS + (pageDatelines * DISTANCES + distance(storyEndBehind[k]!)) * 2 + chunkDisplay[k]!
    ids[w++] = T_BYLINES_AHEAD + (pageBylines * DISTANCES + distance(bylineAhead[k]!)) * 2 + chunkDisplay[k]!
    ids[w++] = T_PREV_DISPLAY + (prevDisplay * LENGTHS + len) * 3 + bb
    ids[w++] = T_JOIN_PREV_PEND + joinPrev * EN + pend
    ids[w++] = T_OWN_SIDES + ownSides[k]!
    ids[w++] = T_CONTEXT_BLANKS + context[k]! * 9 + blanks
    ids[w++] = T_BARE_RUN + runLength * 4 + runPlace
    ids[w++] = T_JOIN_PREV_BB + joinPrev * 3 + bb
    ids[w++] = T_JOIN_NEXT_BA + joinNext * 3 + ba
    ids[w++] = T_FIRST_CHAR + hashed(first, 0)
    ids[w++] = T_LAST_CHAR + hashed(lastCode, 0)
    ids[w++] = T_FIRST_TWO + hashed(first, text.length > 1 ? text.charCodeAt(1) : 0)
    ids[w++] = T_LAST_TWO + hashed(text.length > 1 ? text.charCodeAt(text.length - 2) : 0, lastCode)
    bits(line.signs, SIGN_COUNT, T_SIGN)
    if (prev !== null) bits(prev.signs, SIGN_COUNT, T_PSIGN)
    if (nextLine !== null) bits(nextLine.signs, SIGN_COUNT, T_NSIGN)
    bits(line.furniture, FURNITURE_BITS, T_FURNITURE)
    if (prev !== null) bits(prev.furniture, FURNITURE_BITS, T_PFURNITURE)
    if (nextLine !== null) bits(nextLine.furniture, FURNITURE_BITS, T_NFURNITURE)
  }
  offsets[n] = w
  const pins = new Int32Array(n)
  for (let k = 0; k < n; k++) pins[k] = pinnedTags(lines[k]!)
  const commaEnds = new Uint8Array(n)
  for (let k = 0; k < n; k++) commaEnds[k] = lines[k]!.end === END.comma ? 1 : 0
  return { ids: ids.subarray(0, w), offsets, pins, commaEnds }
}
