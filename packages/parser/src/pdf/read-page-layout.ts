// The PDF page pipeline in one place: runs → lines → blocks → roles → reading order → items.
import type { Item, PageMeta } from '../types.ts'
import { assemblePdfItems, type PageElement } from './assemble-pdf-items.ts'
import { articleRegions } from './article-regions.ts'
import { buildLines } from './build-lines.ts'
import type { Box, PageGeometry } from './geometry.ts'
import { groupLines } from './group-lines.ts'
import { bodyTypeOf, labelBlocks } from './label-blocks.ts'
import { readingOrder } from './reading-order.ts'
import { widenHeads } from './widen-heads.ts'

/** Rules shorter than this share of the page's width only frame things; longer ones separate what they span. */
const SEPARATOR_SHARE = 0.08

/**
 * Items on one PDF page, from its geometry, and the page's text in reading order (items' `lines` count its lines).
 *
 * @example readPageLayout(geometry, { date: '2020-03-13' }, warnings)
 */
export function readPageLayout(
  page: PageGeometry,
  meta: PageMeta,
  warnings: string[],
): { items: Item[]; text: string } {
  const blocks = groupLines(buildLines(page.runs), page.rules)
  const body = bodyTypeOf(blocks)
  const labeled = labelBlocks(blocks, page, body)
  const separators = page.rules.filter(
    (r) => r.orientation === 'horizontal' && r.x1 - r.x0 >= page.width * SEPARATOR_SHARE,
  )
  const widened = widenHeads(labeled, body.size)
  const boxes: Box[] = [...widened, ...page.images, ...separators]
  const regions = articleRegions(labeled, widened, body.size)
  const elements: PageElement[] = []
  for (const i of readingOrder(boxes, regions)) {
    if (i < labeled.length) elements.push({ kind: 'block', block: labeled[i]!, box: boxes[i]! })
    else if (i < labeled.length + page.images.length) elements.push({ kind: 'image', box: boxes[i]! })
  }
  const furniture = labeled.filter((b) => b.role === 'furniture')
  if (furniture.length > 0)
    warnings.push(
      `page ${page.pageNumber}: ${furniture.length} block(s) read as page furniture, not articles: ${furniture
        .map((b) => `“${b.text.trim().slice(0, 16)}”`)
        .join(', ')}`,
    )
  // The page's text in reading order, one printed line a line: what items' line ranges count.
  const text = elements
    .flatMap((e) => (e.kind === 'block' ? e.block.lines.map((l) => l.text) : []))
    .join('\n')
  return { items: assemblePdfItems(elements, body, meta, warnings), text }
}
