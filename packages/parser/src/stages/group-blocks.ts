// Stage 4: group classified lines into blocks: bylines, datelines, credits, display lines and running text.
import { matchLeadingDateline, type DatelineMatch } from '../patterns/parse-dateline.ts'
import { endsLikeDisplay, hasSentenceBreak } from '../text/punctuation.ts'
import type { Byline, LineRange } from '../types.ts'
import { unreachable } from '../unreachable.ts'
import type { ClassifiedLine } from './classify-lines.ts'

/** A run of lines that plays one part on the page. */
export type Block =
  | { kind: 'bylines'; lines: LineRange; bylines: Byline[] }
  | { kind: 'dateline'; lines: LineRange; match: DatelineMatch }
  | { kind: 'credit'; lines: LineRange; text: string }
  /** The page staff's credit (`版式设计：蔡华伟`): it belongs to the story it ends and neither ends nor starts one. */
  | { kind: 'staff'; lines: LineRange; text: string }
  /** Short lines set apart by blank lines: a title, subtitle, kicker or section heading. */
  | { kind: 'display'; lines: LineRange; rows: ClassifiedLine[]; inline: boolean }
  /** Running text, blank lines inside it included: they are mostly extraction artifacts. */
  | { kind: 'body'; lines: LineRange; rows: ClassifiedLine[] }

/** The most lines a title or heading block may have; a photo title set two to four characters a line may have more. */
const MAX_DISPLAY_ROWS = 4
const MAX_STACKED_ROWS = 8
const STACKED_WIDTH = 6

function isSubtitleRow(row: ClassifiedLine): boolean {
  return /^[—－-]{1,2}/u.test(row.text)
}

function looksDisplay(rows: readonly ClassifiedLine[]): boolean {
  const stacked = rows.every((r) => r.width <= STACKED_WIDTH)
  if (rows.length > (stacked ? MAX_STACKED_ROWS : MAX_DISPLAY_ROWS)) return false
  // > | 新华社北京1月4日电国务院任免国家工作   text that opens with a dateline is a story's first line
  if (matchLeadingDateline(rows[0]!.text) !== null) return false
  return rows.every(
    (r, i) => isSubtitleRow(r) || (endsDisplayRow(r, i < rows.length - 1) && !hasSentenceBreak(r.text)),
  )
}

// > | 李达：
// > | 战功赫赫 智勇双全（为了民族复兴·英雄烈士谱）
//        ^ a kicker may end in a colon or a dash when the title follows it (`世行…报告认为——`)
function endsDisplayRow(row: ClassifiedLine, followed: boolean): boolean {
  return endsLikeDisplay(row.text) || (followed && (/[：:]$/u.test(row.text) || row.ending === 'lead-in'))
}

/** A line this much short of its column ended its paragraph even without punctuation (a cut-off source line). */
const SHORT_LINE = 4

// > | 着取得更大发展成就的豪迈          (12, in a column of 24)
// > |
// > | 2019年全国共查处违反中央八项规定精神问题136307起
//     ^ a title: the text before it stopped well short of its column
function endsParagraph(block: Block | undefined): boolean {
  if (block === undefined || block.kind !== 'body') return true
  const text = block.rows
    .slice(-2 * AHEAD)
    .filter((r) => !r.blank)
    .slice(-AHEAD)
  const last = text.at(-1)
  if (last === undefined || last.ending !== 'open') return true
  const column = text.map((r) => r.width).sort((a, b) => b - a)[Math.min(1, text.length - 1)] ?? 0
  return text.length > 1 && last.width <= column - SHORT_LINE
}

/** How many text lines after a chunk estimate the column that follows it. */
const AHEAD = 8
/** A paragraph's first line is about two units short of its column, give or take the wobble. */
const FIRST_LINE_MIN = 3.25
const FIRST_LINE_MAX = 0.75
/** A full line is at most this much short of its column. */
const FULL_LINE_SLACK = 1.25
/** A paragraph's first line is this much narrower than its column. */
const INDENT = 2
/** With this few lines ahead, the widest of them is the column. */
const FEW_LINES = 3

/** The text that follows a line: its column width and the width of its first line. */
interface Ahead {
  column: number
  nextWidth: number
  /** True when that first line finishes a sentence. */
  nextEnds: boolean
  /** How far a first line may run past `column`: further when so few lines follow that all may be first lines. */
  overrun: number
}

/**
 * For each line number, the column width of the text lines after it (the second-widest of the next `AHEAD`), or
 * nothing when no text follows before a byline, dateline or credit.
 */
function columnAhead(lines: readonly ClassifiedLine[]): (Ahead | undefined)[] {
  // Filled from the end: a preallocated dense array, since writing the last index of an empty one first makes V8
  // fall back to a slow dictionary-backed array.
  const out = new Array<Ahead | undefined>(lines.length + 2).fill(undefined)
  const next: ClassifiedLine[] = [] // the next text lines, nearest last
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!
    // Only chunk ends are ever asked about: the line before a blank, byline, dateline or credit line.
    const asked = lines[i + 1] === undefined || lines[i + 1]!.role !== 'text'
    if (asked && next.length > 0) {
      const few = next.length <= FEW_LINES
      const column = widestOf(next, few ? 1 : 2)
      const overrun = few ? FIRST_LINE_MAX + INDENT : FIRST_LINE_MAX
      out[line.no] = {
        column,
        nextWidth: next.at(-1)!.width,
        nextEnds: next.at(-1)!.ending !== 'open',
        overrun,
      }
    }
    if (line.role === 'text') {
      next.push(line)
      if (next.length > AHEAD) next.shift()
    } else if (line.role !== 'blank') {
      next.length = 0
    }
  }
  return out
}

/** The widest (`rank` 1) or second-widest (`rank` 2) width among `rows`, read in place: this runs per chunk end. */
function widestOf(rows: readonly ClassifiedLine[], rank: 1 | 2): number {
  let first = -Infinity
  let second = -Infinity
  for (const row of rows) {
    const w = row.width
    if (w > first) {
      second = first
      first = w
    } else if (w > second) second = w
  }
  return rank === 1 || second === -Infinity ? first : second
}

// > | 总有一些年份，注定会在时间的坐标上镌     (18, before a column of 20)
// > |
// > | 刻下深深的印记。中华民族的历史长河中…     (20)
//     ^ a paragraph's first line cut off by a blank line is not a heading: it is as wide as a first line, and
//       the line after it is a full line, where a paragraph after a heading would open with a first line
function looksLikeFirstLine(run: readonly ClassifiedLine[], ahead: Ahead | undefined): boolean {
  if (ahead === undefined || run.some((r) => /^[—－-]{1,2}/u.test(r.text))) return false
  const last = run.at(-1)!
  const { column, nextWidth, nextEnds, overrun } = ahead
  const firstLineWide = last.width >= column - FIRST_LINE_MIN && last.width <= column + overrun
  if (!firstLineWide) return false
  if (nextWidth >= column - FULL_LINE_SLACK) return true
  // > | 从家门口到厂门口，帮助开辟员工返岗快捷
  // > |
  // > | 通道——
  //     ^ a short line that finishes the sentence a clause-broken first line began
  return nextEnds && run.length === 1 && /[，、]/u.test(last.text)
}

// A block under construction is extended in place: copying it for every chunk would make long pages quadratic.
function extend(
  block: { lines: LineRange; rows: ClassifiedLine[] },
  parts: readonly ClassifiedLine[][],
): void {
  for (const part of parts) for (const row of part) block.rows.push(row)
  block.lines[1] = block.rows.at(-1)!.no
}

function range(rows: readonly ClassifiedLine[]): LineRange {
  return [rows[0]!.no, rows.at(-1)!.no]
}

/**
 * Blocks in page order. Byline, dateline and credit lines stand on their own. A whole chunk between blank lines
 * whose lines never finish a sentence is a display block, but only where the text before it finished one:
 * ```
 * > | 从防疫物资到生活服务，努力当好后勤保障
 * > |
 * > | 部——
 *       ^ not a heading: the line before it runs on
 * ```
 * Everything else is body text; consecutive body chunks join across the blank lines between them.
 *
 * @example groupBlocks(classifyLines(splitLines('□新华社评论员\n\n正文。'))).map((b) => b.kind) // ['bylines', 'body']
 */
export function groupBlocks(lines: readonly ClassifiedLine[]): Block[] {
  const ahead = columnAhead(lines)
  const blocks: Block[] = []
  let blanks: ClassifiedLine[] = []
  let run: ClassifiedLine[] = []
  const flushRun = (): void => {
    if (run.length === 0) return
    const last = blocks.at(-1)
    if (looksDisplay(run) && endsParagraph(last) && !looksLikeFirstLine(run, ahead[run.at(-1)!.no])) {
      if (last?.kind === 'display') extend(last, [run])
      else blocks.push({ kind: 'display', lines: range(run), rows: run, inline: false })
    } else if (last?.kind === 'body') {
      extend(last, [blanks, run])
    } else {
      blocks.push({ kind: 'body', lines: range(run), rows: run })
    }
    run = []
    blanks = []
  }
  for (const line of lines) {
    switch (line.role) {
      case 'blank':
        flushRun()
        blanks.push(line)
        break
      case 'text':
        run.push(line)
        break
      case 'byline':
      case 'dateline':
      case 'credit':
      case 'staff': {
        flushRun()
        blanks = []
        const block = roleBlock(line, blocks.at(-1))
        if (block !== null) blocks.push(block)
        break
      }
      default:
        return unreachable(line.role)
    }
  }
  flushRun()
  return blocks
}

/** The block a byline, dateline or credit line opens, or null when it extends the bylines block before it. */
function roleBlock(line: ClassifiedLine, last: Block | undefined): Block | null {
  const lines: LineRange = [line.no, line.no]
  if (line.role === 'byline') {
    if (last?.kind === 'bylines') {
      for (const byline of line.bylines ?? []) last.bylines.push(byline)
      last.lines[1] = line.no
      return null
    }
    return { kind: 'bylines', lines, bylines: [...(line.bylines ?? [])] }
  }
  if (line.role === 'dateline' && line.dateline !== null)
    return { kind: 'dateline', lines, match: line.dateline }
  if (line.role === 'staff') return { kind: 'staff', lines, text: line.text.trim() }
  return { kind: 'credit', lines, text: line.text }
}
