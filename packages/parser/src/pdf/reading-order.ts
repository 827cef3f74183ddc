// Layout step 4: the reading order of a page's blocks, images and rules, from their geometry alone.
//
// The method is Breuel's (T. M. Breuel, "High Performance Document Layout Analysis", Symposium on Document Image
// Understanding Technology, 2003, §5; the reading order OCRopus uses), a partial order closed by a topological sort:
//   1. a comes before b when their x ranges overlap and a is above b;
//   2. a comes before b when a lies wholly left of b and no c lies vertically between them with an x range that
//      overlaps both (a headline or rule spanning both columns separates them).
// Within an article this reads its columns left to right under the headline that spans them; across articles, a
// headline or rule spanning several columns closes the columns above it before the ones below are read. Article
// regions (article-regions.ts) add the edges that keep an article's columns together before what lies under it.
import { overlap, type Box } from './geometry.ts'

/** Boxes that overlap by less than this (points) are side by side, not one above the other. */
const TOLERANCE = 2

function mid(b: Box): number {
  return (b.y0 + b.y1) / 2
}

/**
 * The indices of `boxes` in reading order.
 *
 * @example readingOrder([{ x0: 300, y0: 0, x1: 500, y1: 90 }, { x0: 0, y0: 0, x1: 200, y1: 90 }]) // [1, 0]
 */
export function readingOrder(
  boxes: readonly Box[],
  regions: readonly { members: number[]; box: Box }[] = [],
): number[] {
  const n = boxes.length
  const after: number[][] = Array.from({ length: n }, () => [])
  const indegree = new Int32Array(n)
  const edge = (a: number, b: number): void => {
    after[a]!.push(b)
    indegree[b]!++
  }
  // What lies under a region within its width comes after every block of it: it must not be put before one of them
  // by being left of it (the rule-2 edge would close a cycle with the region's edges).
  const memberOf: { inRegion: Set<number>; box: Box }[][] = Array.from({ length: n }, () => [])
  const regionSets = regions.map((r) => ({ inRegion: new Set(r.members), box: r.box }))
  for (const r of regionSets) for (const m of r.inRegion) memberOf[m]!.push(r)
  const underRegionOf = (a: number, b: number): boolean =>
    memberOf[b]!.some(
      (r) =>
        !r.inRegion.has(a) &&
        boxes[a]!.y0 >= r.box.y1 - TOLERANCE &&
        overlap(boxes[a]!.x0, boxes[a]!.x1, r.box.x0, r.box.x1) > TOLERANCE,
    )
  for (let a = 0; a < n; a++) {
    const A = boxes[a]!
    for (let b = 0; b < n; b++) {
      if (a === b) continue
      const B = boxes[b]!
      if (overlap(A.x0, A.x1, B.x0, B.x1) > TOLERANCE) {
        if (mid(A) < mid(B)) edge(a, b)
        continue
      }
      if (A.x1 > B.x0 + TOLERANCE || underRegionOf(a, b)) continue
      const top = Math.min(A.y0, B.y0)
      const bottom = Math.max(A.y1, B.y1)
      let separated = false
      for (let c = 0; c < n && !separated; c++) {
        if (c === a || c === b) continue
        const C = boxes[c]!
        const y = mid(C)
        separated =
          y > top &&
          y < bottom &&
          overlap(C.x0, C.x1, A.x0, A.x1) > TOLERANCE &&
          overlap(C.x0, C.x1, B.x0, B.x1) > TOLERANCE
      }
      if (!separated) edge(a, b)
    }
  }
  // An article region is read whole before what starts below it within its width.
  for (const { inRegion, box: R } of regionSets) {
    for (let b = 0; b < n; b++) {
      const B = boxes[b]!
      if (inRegion.has(b) || B.y0 < R.y1 - TOLERANCE || overlap(B.x0, B.x1, R.x0, R.x1) <= TOLERANCE) continue
      for (const a of inRegion) edge(a, b)
    }
  }
  // Kahn's topological sort; among blocks ready to be read, the top-most (then left-most) goes first.
  const order: number[] = []
  const done = new Uint8Array(n)
  for (let k = 0; k < n; k++) {
    let best = -1
    for (let i = 0; i < n; i++) {
      if (done[i] || indegree[i] !== 0) continue
      if (
        best === -1 ||
        boxes[i]!.y0 < boxes[best]!.y0 - TOLERANCE ||
        (Math.abs(boxes[i]!.y0 - boxes[best]!.y0) <= TOLERANCE && boxes[i]!.x0 < boxes[best]!.x0)
      )
        best = i
    }
    if (best === -1) {
      // A cycle (boxes that overlap oddly): break it at the box with the fewest unread predecessors.
      for (let i = 0; i < n; i++) if (!done[i] && (best === -1 || indegree[i]! < indegree[best]!)) best = i
    }
    done[best] = 1
    order.push(best)
    for (const next of after[best]!) indegree[next]!--
  }
  return order
}
