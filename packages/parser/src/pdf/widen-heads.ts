// Layout step 4a: widen each headline to the columns it heads, so that reading order puts it before all of them.
//
// > |            中俄两国元首互致新年贺电               a centred headline narrower than the columns it heads:
// > | 新华社北京12…  习近平在贺电中…  普京在贺电…        the first column lies wholly left of it, and would be
//                                                       read first. Widened to the columns under it, it is not.
import { overlap, type Box } from './geometry.ts'
import type { LabeledBlock } from './label-blocks.ts'

/** How far below a headline (in body sizes) the columns it heads may start. */
const BELOW_EMS = 3
/** Columns whose tops agree within this many body sizes start together, side by side under one head. */
const TOP_EMS = 1.5
/** Columns further apart than this many body sizes are not neighbours. */
const GUTTER_EMS = 3

const isHead = (b: LabeledBlock): boolean => b.role === 'title' || b.role === 'display'
/** A head set larger than the body: a 小标题 set in the body size inside a column is not widened. */
const DISPLAY_SIZE = 1.1

/**
 * The boxes to order the blocks by. A head (title or display block) with another head right under it takes that
 * head's width; otherwise it takes the width of the columns that start right under it, grown sideways to the
 * columns that start at the same height, a gutter apart, with no head of their own above them. Heads are widened
 * bottom up, so a kicker takes the width of its widened title.
 */
export function widenHeads(blocks: readonly LabeledBlock[], bodySize: number): Box[] {
  const boxes: Box[] = blocks.map((b) => ({ x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 }))
  const window = BELOW_EMS * bodySize
  const heads = blocks
    .map((_, i) => i)
    .filter((i) => isHead(blocks[i]!) && blocks[i]!.size >= bodySize * DISPLAY_SIZE)
    .sort((a, b) => blocks[b]!.y0 - blocks[a]!.y0)
  const headAbove = (c: Box, except: number): boolean =>
    heads.some((g) => {
      if (g === except) return false
      const head = blocks[g]!
      return head.y1 <= c.y0 + 1 && c.y0 - head.y1 <= window && overlap(head.x0, head.x1, c.x0, c.x1) > 0
    })
  // A block right under another in its column continues that column: it is not the top of one.
  const continuesColumn = (i: number): boolean => {
    const c = blocks[i]!
    return blocks.some(
      (o, j) =>
        j !== i &&
        !isHead(o) &&
        o.y1 <= c.y0 + 1 &&
        c.y0 - o.y1 < 2 * bodySize &&
        overlap(o.x0, o.x1, c.x0, c.x1) > 0,
    )
  }
  for (const h of heads) {
    const head = blocks[h]!
    const under = blocks
      .map((_, i) => i)
      .filter((i) => {
        const c = blocks[i]!
        return (
          i !== h &&
          c.y0 >= head.y1 - 1 &&
          c.y0 <= head.y1 + window &&
          overlap(head.x0, head.x1, c.x0, c.x1) > 0
        )
      })
    if (under.length === 0) continue
    const nearest = under.reduce((a, b) => (blocks[a]!.y0 <= blocks[b]!.y0 ? a : b))
    if (isHead(blocks[nearest]!)) {
      boxes[h] = {
        ...boxes[h]!,
        x0: Math.min(head.x0, boxes[nearest]!.x0),
        x1: Math.max(head.x1, boxes[nearest]!.x1),
      }
      continue
    }
    const columns = under.filter((i) => !isHead(blocks[i]!))
    let x0 = Math.min(head.x0, ...columns.map((i) => blocks[i]!.x0))
    let x1 = Math.max(head.x1, ...columns.map((i) => blocks[i]!.x1))
    const top = Math.min(...columns.map((i) => blocks[i]!.y0))
    const side = blocks
      .map((_, i) => i)
      .filter(
        (i) =>
          !isHead(blocks[i]!) && !columns.includes(i) && Math.abs(blocks[i]!.y0 - top) <= TOP_EMS * bodySize,
      )
      .filter((i) => !headAbove(blocks[i]!, h) && !continuesColumn(i))
    let grown = true
    while (grown) {
      grown = false
      for (const i of side) {
        const c = blocks[i]!
        if (c.x1 <= x0 && x0 - c.x1 <= GUTTER_EMS * bodySize) {
          x0 = c.x0
          grown = true
        } else if (c.x0 >= x1 && c.x0 - x1 <= GUTTER_EMS * bodySize) {
          x1 = c.x1
          grown = true
        }
      }
    }
    boxes[h] = { ...boxes[h]!, x0, x1 }
  }
  return boxes
}
