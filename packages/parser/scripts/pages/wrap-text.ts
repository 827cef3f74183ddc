// Hard-wrap text into a column the way a typesetter sets it, for the page simulator: CJK characters take a cell,
// ASCII half a cell, and punctuation may be squeezed or hung so that widths wobble as on a real page.

/** How a page's typesetting handles punctuation at line ends. */
export interface TypeStyle {
  /** Squeeze punctuation to half a cell to fit one more character on a line (justified CJK setting). */
  squeeze: boolean
  /** Keep closing punctuation off a line's start (hang it at the end instead) and opening marks off its end. */
  kinsoku: boolean
}

const NO_LINE_START = new Set([...'，。、；：！？”’）》」』…⋯·'])
const NO_LINE_END = new Set([...'“‘（《「『'])
const SQUEEZABLE = new Set([...'，。、；：！？“”‘’（）《》「」『』'])

function cells(ch: string): number {
  return ch.charCodeAt(0) < 0x7f ? 0.5 : 1
}

/**
 * The lines of `text` set in a column of `width` cells, the first line `firstWidth` cells (a paragraph's lost
 * indentation makes it two short).
 *
 * @example wrapText('新冠肺炎疫情发生以来，各级党组织', 8, 6, { squeeze: false, kinsoku: true })
 */
export function wrapText(text: string, width: number, firstWidth: number, style: TypeStyle): string[] {
  const chars = [...text]
  const lines: string[] = []
  let line: string[] = []
  let used = 0
  let squeezable = 0
  let room = firstWidth
  const breakLine = (): void => {
    // An opening quote or bracket never ends a line: it moves down with what it opens.
    const carry: string[] = []
    while (style.kinsoku && line.length > 1 && NO_LINE_END.has(line.at(-1)!)) carry.unshift(line.pop()!)
    lines.push(line.join(''))
    line = carry
    used = carry.reduce((s, c) => s + cells(c), 0)
    squeezable = carry.filter((c) => SQUEEZABLE.has(c)).length
    room = width
  }
  for (const ch of chars) {
    const w = cells(ch)
    if (line.length > 0 && used + w > room) {
      // Squeezing the line's punctuation by half a cell each can make room; closing punctuation may hang.
      const need = Math.ceil((used + w - room) / 0.5)
      if (style.squeeze && need <= squeezable) {
        used -= need * 0.5
        squeezable -= need
      } else if (!(style.kinsoku && NO_LINE_START.has(ch))) breakLine()
    }
    line.push(ch)
    used += w
    if (SQUEEZABLE.has(ch)) squeezable++
  }
  if (line.length > 0) lines.push(line.join(''))
  return lines
}
