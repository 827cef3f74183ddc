// The page's raw geometry as the PDF gives it: glyph runs, images and rules, in top-down page coordinates.

/** An axis-aligned box in PDF points, origin at the page's top left, y growing downwards. */
export interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Writing direction of a run, as pdf.js reports it. */
export type RunDirection = 'ltr' | 'rtl' | 'ttb'

/**
 * One run of glyphs set in one font at one size on one baseline, as the text layer holds it: `text` is NFKC-folded,
 * so a CJK font that maps glyphs to Kangxi radicals (`⽣`) still reads `生`.
 */
export interface TextRun extends Box {
  text: string
  /** The type size in points (the glyphs' em height). */
  size: number
  /** The font's PostScript name as embedded (subset prefix removed): `NotoSerifCJKsc-Regular`, `FZSSK--GBK1-0`. */
  font: string
  /** True when the font's name or flags say it is bold or black. */
  bold: boolean
  direction: RunDirection
}

/** A line or box edge drawn on the page: what separates articles and frames photos. */
export interface Rule extends Box {
  orientation: 'horizontal' | 'vertical'
}

/** Everything geometric on one PDF page. */
export interface PageGeometry {
  /** 1-based page number within the PDF. */
  pageNumber: number
  width: number
  height: number
  runs: TextRun[]
  images: Box[]
  rules: Rule[]
}

/** The smallest box holding all of `boxes` (which must not be empty). */
export function unionBox(boxes: readonly Box[]): Box {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const b of boxes) {
    if (b.x0 < x0) x0 = b.x0
    if (b.y0 < y0) y0 = b.y0
    if (b.x1 > x1) x1 = b.x1
    if (b.y1 > y1) y1 = b.y1
  }
  return { x0, y0, x1, y1 }
}

/** How far two intervals overlap (negative: the gap between them). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0)
}
