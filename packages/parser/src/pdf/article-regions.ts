// Layout step 4b: the region each headline heads, so that a whole article is read before what lies below it.
//
// > |                纪检监察机关把制度优势转化为治理效能               a banner over six columns; below it, photos
// > | 2019年10月… │ 纵深发展… │ 问责倒逼… │ 祥同志任… │ 州省纪委… │ 依法履…   in the first two. Breuel's order
// > | [photo]            │ “扫黄打非”办公布…                             reads the photo, left of the banner's
//                                                                         fourth column, before that column.
// A head's region is the columns that start right under it and the blocks that continue them down, each no more
// than a line's gap under the last, up to another head. Every block of a region comes before whatever starts below
// the region's bottom within its width.
import { overlap, type Box } from './geometry.ts'
import type { LabeledBlock } from './label-blocks.ts'

/** Blocks further apart than this (body sizes) down a column are not one article's. */
const COLUMN_GAP_EMS = 1.6
/** Columns start at most this far (body sizes) under their head. */
const BELOW_EMS = 3

/** An article region: the indices of its blocks and the box they fill. */
export interface Region {
  members: number[]
  box: Box
}

/**
 * The regions of the page: one per display-sized head, from the boxes the heads were widened to (`boxes`).
 *
 * @example articleRegions(labeled, widenHeads(labeled, body.size), body.size)
 */
export function articleRegions(
  blocks: readonly LabeledBlock[],
  boxes: readonly Box[],
  bodySize: number,
): Region[] {
  const isHead = (b: LabeledBlock): boolean =>
    (b.role === 'title' || b.role === 'display') && b.size >= bodySize * 1.1
  const regions: Region[] = []
  blocks.forEach((head, h) => {
    if (head.role !== 'title') return
    const span = boxes[h]!
    const inside = (b: LabeledBlock): boolean => b.x0 >= span.x0 - 2 && b.x1 <= span.x1 + 2
    const members = new Set<number>([h])
    // Heads stacked with it (kicker, subtitle) belong to it.
    let frontier: number[] = blocks
      .map((_, i) => i)
      .filter(
        (i) =>
          i !== h &&
          inside(blocks[i]!) &&
          blocks[i]!.y0 >= head.y1 - 1 &&
          blocks[i]!.y0 <= head.y1 + BELOW_EMS * bodySize,
      )
      .filter((i) => !(blocks[i]!.role === 'title'))
    while (frontier.length > 0) {
      const next: number[] = []
      for (const i of frontier) {
        if (members.has(i)) continue
        members.add(i)
        const above = blocks[i]!
        blocks.forEach((b, j) => {
          if (members.has(j) || !inside(b) || (isHead(b) && b.role === 'title')) return
          const gap = b.y0 - above.y1
          if (gap >= -1 && gap <= COLUMN_GAP_EMS * bodySize && overlap(b.x0, b.x1, above.x0, above.x1) > 0)
            next.push(j)
        })
      }
      frontier = next
    }
    const list = [...members]
    regions.push({
      members: list,
      box: { x0: span.x0, y0: head.y0, x1: span.x1, y1: Math.max(...list.map((i) => blocks[i]!.y1)) },
    })
  })
  return regions
}
