// Stage 2: cut normalized text into numbered source lines.

/** One source line. `no` is 1-based; `text` has its surrounding whitespace trimmed. */
export interface SourceLine {
  no: number
  text: string
  /** True when the line held only whitespace (spaces, U+3000, NBSP). */
  blank: boolean
  /** True when the line began with an ideographic space, as e-edition paragraphs do. */
  indented: boolean
}

/**
 * The lines of `text`, numbered from 1.
 *
 * @example splitLines('a\n\n\u3000\u3000b').map((l) => l.blank) // [false, true, false]
 */
export function splitLines(text: string): SourceLine[] {
  return text.split('\n').map((raw, i) => {
    const trimmed = raw.trim() // trim() also removes U+3000 and NBSP
    return { no: i + 1, text: trimmed, blank: trimmed.length === 0, indented: raw.startsWith('\u3000') }
  })
}
