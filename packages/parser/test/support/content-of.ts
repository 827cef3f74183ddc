// Collect what a parse kept, field by field, to check that no content character was lost or doubled.
import { normalize } from '../../src/stages/normalize.ts'
import { contentChars } from '../../src/text/content-chars.ts'
import type { Item, ParsedPage } from '../../src/types.ts'

function fieldTexts(item: Item): string[] {
  const texts = [item.kicker, item.title, item.subtitle, item.credit, ...item.bylines.map((b) => b.text)]
  texts.push(...item.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]))
  return texts.filter((t): t is string => t !== null)
}

function count(chars: readonly string[], into = new Map<string, number>(), sign = 1): Map<string, number> {
  for (const ch of chars) into.set(ch, (into.get(ch) ?? 0) + sign)
  return into
}

/** The sorted content characters of the input, after the normalization the parser promises (full-width folded). */
export function inputContent(text: string): string {
  return contentChars(normalize(text)).sort().join('')
}

/**
 * The sorted content characters of every text field of the parse of `input`. A dateline that stood on its own
 * line counts by itself; one that opens or closes a paragraph is that paragraph's text and counts once. Which of
 * the two a dateline was is read from the parse where it can be (no paragraph holds its text: it stood alone), and
 * otherwise from what the input still has to account for once every other field is counted.
 */
export function outputContent(page: ParsedPage, input: string): string {
  const kept = page.items.flatMap(fieldTexts).flatMap(contentChars)
  const left = count(kept, count(contentChars(normalize(input))), -1)
  for (const item of page.items) {
    const d = item.dateline
    if (d === null) continue
    const inParagraph = item.sections.some((s) =>
      s.paragraphs.some((p) => p.text.startsWith(d.text) || p.text.endsWith(d.text)),
    )
    const chars = contentChars(d.text)
    const fits = [...count(chars)].every(([ch, n]) => (left.get(ch) ?? 0) >= n)
    if (!inParagraph || fits) {
      kept.push(...chars)
      count(chars, left, -1)
    }
  }
  return kept.sort().join('')
}

/** Every line range of the parse: items and paragraphs. */
export function lineRanges(page: ParsedPage): [number, number][] {
  return page.items.flatMap((item) => [
    item.lines,
    ...item.sections.flatMap((s) => s.paragraphs.map((p) => p.lines)),
  ])
}
