// Layout step 2: stack lines into blocks: lines of one column, set in one type, one under the other.
import type { TextLine } from './build-lines.ts'
import { overlap, unionBox, type Box, type Rule } from './geometry.ts'

/** Lines set together: a paragraph run in one column, a headline, a caption. */
export interface LineBlock extends Box {
  lines: TextLine[]
  size: number
  font: string
  bold: boolean
}

const SUBTITLE = /^\s*[—－]{1,2}/u

/** Lines further apart than this (in line heights of their type) are not one block. */
const MAX_LEADING = 0.95

function sameType(a: TextLine, b: TextLine): boolean {
  return (
    Math.abs(a.size - b.size) <= Math.max(a.size, b.size) * 0.06 && a.font === b.font && a.bold === b.bold
  )
}

/** True when a rule runs between `upper` and `lower`, across the span they share. */
function ruleBetween(upper: Box, lower: Box, rules: readonly Rule[]): boolean {
  return rules.some(
    (r) =>
      r.orientation === 'horizontal' &&
      r.y0 >= upper.y1 - 1 &&
      r.y1 <= lower.y0 + 1 &&
      overlap(r.x0, r.x1, Math.max(upper.x0, lower.x0), Math.min(upper.x1, lower.x1)) > 0,
  )
}

/**
 * Blocks from lines (sorted top to bottom): each line joins the block whose last line sits right above it, in the
 * same column (overlapping by most of the narrower line) and the same type, with no rule between.
 *
 * @example groupLines(buildLines(page.runs), page.rules).length
 */
export function groupLines(lines: readonly TextLine[], rules: readonly Rule[]): LineBlock[] {
  const open: TextLine[][] = []
  const done: TextLine[][] = []
  for (const line of lines) {
    let joined = false
    for (let i = open.length - 1; i >= 0; i--) {
      const block = open[i]!
      const last = block.at(-1)!
      const gap = line.y0 - last.y1
      if (gap > line.size * MAX_LEADING * 1.6) {
        done.push(block)
        open.splice(i, 1)
        continue
      }
      if (joined || line.vertical || last.vertical || !sameType(last, line)) continue
      const shared = overlap(last.x0, last.x1, line.x0, line.x1)
      if (gap < -line.size * 0.3 || gap > line.size * MAX_LEADING) continue
      if (shared < Math.min(last.x1 - last.x0, line.x1 - line.x0) * 0.5) continue
      // Lines of one column share their left edge (give or take a paragraph indent) or, centred, their middle.
      const edge =
        Math.abs(last.x0 - line.x0) <= line.size * 2.6 || Math.abs(last.x1 - line.x1) <= line.size * 1.2
      const middle = Math.abs((last.x0 + last.x1) / 2 - (line.x0 + line.x1) / 2) <= line.size
      if (!edge && !middle) continue
      if (ruleBetween(last, line, rules)) continue
      // > | 强化服务举措保障平安出行
      // > | ——春运首日发送旅客近七千万人次      a subtitle starts a block of its own, whatever its size
      if (SUBTITLE.test(line.text) && !SUBTITLE.test(block[0]!.text)) continue
      block.push(line)
      joined = true
    }
    if (!joined) open.push([line])
  }
  return [...done, ...open].map((block) => {
    const first = block[0]!
    return { ...unionBox(block), lines: block, size: first.size, font: first.font, bold: first.bold }
  })
}
