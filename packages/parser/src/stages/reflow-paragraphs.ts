// Stage 5: join hard-wrapped body lines into paragraphs, deciding each break from the column's evidence.
import { cleanDisplay, cleanSpaces } from '../text/clean-spaces.ts'
import type { LineRange } from '../types.ts'
import type { ClassifiedLine } from './classify-lines.ts'
import type { Block } from './group-blocks.ts'

/** A paragraph rebuilt from body lines. */
export interface ParagraphBlock {
  kind: 'paragraph'
  text: string
  lines: LineRange
}

/** The page after reflow: body blocks have become paragraphs and inline headings. */
export type Flow = Exclude<Block, { kind: 'body' }> | ParagraphBlock

/** How far a line may fall short of the column and still count as full: squeezed punctuation, justification. */
const WOBBLE = 1.25
/** How short of the column a line followed by a blank line must be to read as a first line. */
const BLANK_SLACK = 0.75
/** A paragraph's first line is this much narrower than the column: its indentation was lost in extraction. */
const INDENT = 2
/** Lines on each side of a line that estimate its column width. */
const WINDOW = 6

// > | 全球同战 刻不容缓
//     ^ a heading standing inline between paragraphs: two short phrases and a space, no punctuation
const INLINE_HEADING = /^\p{Script=Han}{2,8}[ \u3000]+\p{Script=Han}{2,8}$/u

/** Widths within this much of the widest line in a window vote on the column width. */
const VOTE_RANGE = 3
/** Widths are counted up to this; wider lines are not column text anyway. */
const MAX_COLUMN = 240

/**
 * The column width around each line: the most common whole width among the wide lines within `WINDOW` lines
 * (ties go to the wider). Full lines outvote the odd line that hangs its punctuation past the column, and a
 * column that narrows mid-article (around a picture) is followed.
 */
export function estimateColumnWidths(widths: readonly number[]): number[] {
  const rounded = widths.map((w) => Math.min(MAX_COLUMN, Math.round(w)))
  const votes = new Int32Array(MAX_COLUMN + 1)
  const out: number[] = new Array<number>(widths.length)
  for (let i = 0; i < widths.length; i++) {
    const from = Math.max(0, i - WINDOW)
    const to = Math.min(widths.length, i + WINDOW + 1)
    let widest = 0
    for (let j = from; j < to; j++) if (rounded[j]! > widest) widest = rounded[j]!
    let best = 0
    for (let j = from; j < to; j++) {
      const w = rounded[j]!
      if (w < widest - VOTE_RANGE) continue
      votes[w]!++
      if (votes[w]! > votes[best]! || (votes[w] === votes[best] && w > best)) best = w
    }
    for (let j = from; j < to; j++) votes[rounded[j]!] = 0
    out[i] = best
  }
  return out
}

/**
 * True when a new paragraph starts at `cur`. Only a line that finishes a sentence (or a `——` lead-in) can end a
 * paragraph; it does when it falls short of the column, or when the next line is a first line: about two units
 * short of the column and running on, or followed by the blank line extraction leaves after first lines.
 * ```
 * > | 发挥作用，迅速动员组织各领域党组织和广大   (column 21)
 * > | 各级党委组织部门认真贯彻落实习近平总       (19: a first line)
 * > |
 * > | 书记重要指示精神和党中央决策部署，根据各
 *       ^ the blank line is an artifact; the paragraph runs on
 * ```
 */
export function startsParagraph(
  prev: ClassifiedLine,
  prevIsFirst: boolean,
  cur: ClassifiedLine,
  column: number,
  blankAfterCur: boolean,
): boolean {
  if (prev.ending === 'open') return false
  const prevFull = (prevIsFirst ? column - INDENT : column) - WOBBLE
  if (prev.width < prevFull) return true
  // A blank line after `cur` is the artifact extraction leaves after first lines: evidence enough for a line
  // that is short of the column by less than the usual indentation.
  const slack = blankAfterCur ? BLANK_SLACK : WOBBLE
  const curIndented = cur.width >= column - INDENT - WOBBLE && cur.width <= column - slack
  return curIndented && (cur.ending === 'open' || blankAfterCur)
}

/**
 * True when `text`, a paragraph so far, opens with a quotation and its last line finished the sentence that
 * carries it: the quote closes on a sentence end (`“…大流行。”`), or the first sentence after the quote closes ends
 * where the text does (`“…跟不上”，安溪…黄连福急得直发愁。`). News copy sets such a quote and its attribution as a
 * paragraph of their own, so the line that finishes them ends it, full as it may be.
 */
export function finishesQuotedLead(text: string): boolean {
  if (!text.startsWith('“')) return false
  const close = text.indexOf('”')
  if (close < 0) return false
  if (close === text.length - 1) return /[。！？!?]$/u.test(text.slice(0, -1))
  const sentenceEnd = text.slice(close + 1).search(/[。！？!?]/u)
  return sentenceEnd >= 0 && close + 1 + sentenceEnd === text.length - 1
}

/** A quoted lead is short: a quote and its attribution on two lines at most. A longer one often runs on. */
const MAX_QUOTED_LEAD_LINES = 2

/**
 * True when a quoted lead ends with `prev`, the last line of `rows`. A quote that closes at the line's end may
 * still run on into its attribution (`…。”` then `他说。`), so there the next line must also look like a first line:
 * as narrow as this paragraph's first line when that one is short of the column, or short of the column itself.
 * ```
 * > | “新冠肺炎疫情从特征上可称为大流行。”   (18.5, a first line)
 * > | 北京时间12日0时30分许，世界卫生组织总   (18.5: another first line)
 * ```
 */
function endsQuotedLead(rows: readonly ClassifiedLine[], cur: ClassifiedLine, column: number): boolean {
  const first = rows[0]!
  const prev = rows.at(-1)!
  if (rows.length > MAX_QUOTED_LEAD_LINES || prev.ending !== 'sentence') return false
  if (!first.text.trimStart().startsWith('“')) return false
  const text = rows.map((r) => r.text.trim()).join('')
  if (!finishesQuotedLead(text)) return false
  if (!text.endsWith('”')) return true
  return (first.width < column && cur.width <= first.width + 0.5) || cur.width < column - WOBBLE
}

function toParagraph(rows: readonly ClassifiedLine[]): ParagraphBlock {
  return {
    kind: 'paragraph',
    text: cleanSpaces(rows.map((r) => r.text).join('')),
    lines: [rows[0]!.no, rows.at(-1)!.no],
  }
}

function reflowBody(rows: readonly ClassifiedLine[]): Flow[] {
  const text = rows.filter((r) => !r.blank)
  const blankAfter = new Set<number>()
  rows.forEach((r, i) => {
    if (r.blank && i > 0 && !rows[i - 1]!.blank) blankAfter.add(rows[i - 1]!.no)
  })
  const columns = estimateColumnWidths(text.map((r) => r.width))
  const out: Flow[] = []
  let paragraph: ClassifiedLine[] = []
  const flush = (): void => {
    if (paragraph.length > 0) out.push(toParagraph(paragraph))
    paragraph = []
  }
  text.forEach((row, i) => {
    const prev = text[i - 1]
    const atBreak = prev === undefined || paragraph.length === 0 || prev.ending !== 'open'
    if (atBreak && INLINE_HEADING.test(row.text)) {
      flush()
      out.push({
        kind: 'display',
        lines: [row.no, row.no],
        rows: [{ ...row, text: cleanDisplay(row.text) }],
        inline: true,
      })
      return
    }
    if (prev !== undefined && paragraph.length > 0) {
      if (
        startsParagraph(prev, paragraph.length === 1, row, columns[i]!, blankAfter.has(row.no)) ||
        endsQuotedLead(paragraph, row, columns[i]!)
      )
        flush()
    }
    paragraph.push(row)
  })
  flush()
  return out
}

/**
 * The blocks with every body block turned into paragraphs (and the inline headings found among them). Paragraph
 * text has no line breaks and no extraction spaces.
 *
 * @example reflowParagraphs(groupBlocks(classifyLines(splitLines('第一段。\n第二段。'))))
 */
export function reflowParagraphs(blocks: readonly Block[]): Flow[] {
  return blocks.flatMap((block) => (block.kind === 'body' ? reflowBody(block.rows) : [block]))
}
