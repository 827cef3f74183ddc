// The roles a line can play on a page, as the layout model tags them, and the coarser roles item assembly reads.

/**
 * The layout model's tags, one per non-blank line. Body and caption lines are tagged by their place in their
 * paragraph (first, middle, last, or a paragraph of one line), because a line's width means different things there:
 * a first line is about two units short of its column (its indentation was lost), a middle line is full, a last
 * line may stop anywhere.
 */
export const LINE_TAGS = [
  'furniture',
  'jump',
  'kicker',
  'title',
  'subtitle',
  'heading',
  'byline',
  'dateline',
  'credit',
  'staff',
  'p-first',
  'p-mid',
  'p-last',
  'p-single',
  'c-first',
  'c-mid',
  'c-last',
  'c-single',
] as const

export type LineTag = (typeof LINE_TAGS)[number]

export const TAG_COUNT = LINE_TAGS.length

export const TAG_INDEX: Readonly<Record<LineTag, number>> = Object.fromEntries(
  LINE_TAGS.map((tag, i) => [tag, i]),
) as Record<LineTag, number>

/**
 * What a line is to item assembly: the seam between reading lines (from page text, or from a PDF's geometry) and
 * building items. `body-start` and `caption-start` open a paragraph; `body` and `caption` continue one.
 */
export type LineRole =
  | 'furniture'
  | 'jump'
  | 'kicker'
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'byline'
  | 'dateline'
  | 'credit'
  | 'staff'
  | 'body-start'
  | 'body'
  | 'caption-start'
  | 'caption'

/** The assembly role of a model tag. */
export function roleOfTag(tag: LineTag): LineRole {
  switch (tag) {
    case 'p-first':
    case 'p-single':
      return 'body-start'
    case 'p-mid':
    case 'p-last':
      return 'body'
    case 'c-first':
    case 'c-single':
      return 'caption-start'
    case 'c-mid':
    case 'c-last':
      return 'caption'
    default:
      return tag
  }
}

const CONTINUING: ReadonlySet<LineTag> = new Set(['p-mid', 'p-last', 'c-mid', 'c-last'])

function isTitlePart(tag: LineTag | null): boolean {
  return tag === 'kicker' || tag === 'title' || tag === 'subtitle'
}

/**
 * True when a line tagged `tag` may follow one tagged `prev` (`null` at the page's start), with or without a blank
 * line between them. A paragraph's first line is followed by its middle or last line and nothing else, and a middle
 * or last line only follows the lines of its own paragraph.
 *
 * @example canFollow('p-first', 'heading') // false
 */
export function canFollow(prev: LineTag | null, tag: LineTag, blankBetween = true): boolean {
  // > | 坚守在岗位 战斗在一线
  // > | 用行动展现共产党员先锋本色   display lines set together are one title block or one heading, not half of each
  if (!blankBetween && ((isTitlePart(prev) && tag === 'heading') || (prev === 'heading' && isTitlePart(tag))))
    return false
  const paragraphOpen = prev === 'p-first' || prev === 'p-mid'
  const captionOpen = prev === 'c-first' || prev === 'c-mid'
  if (paragraphOpen) return tag === 'p-mid' || tag === 'p-last'
  if (captionOpen) return tag === 'c-mid' || tag === 'c-last'
  return !CONTINUING.has(tag)
}

/**
 * A line with the role it plays: what item assembly reads. Page text gets its roles from the layout model; a PDF
 * reader can give them from geometry.
 */
export interface RoledLine {
  /** The 1-based source line number (a line cut in two gives two roled lines with one number). */
  no: number
  text: string
  role: LineRole
  /** A headline that extraction ran onto the end of another line: it opens the next title block further down. */
  glued?: boolean
}
