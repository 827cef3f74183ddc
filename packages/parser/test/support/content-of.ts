// Collect what a parse kept, field by field, to check that no content character was lost or doubled.
import { normalize } from '../../src/stages/normalize.ts'
import { contentChars } from '../../src/text/content-chars.ts'
import type { Item, ParsedPage } from '../../src/types.ts'

function fieldTexts(item: Item): string[] {
  const paragraphs = item.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
  const texts = [item.kicker, item.title, item.subtitle, item.credit, ...item.bylines.map((b) => b.text)]
  texts.push(...item.sections.map((s) => s.heading), ...paragraphs)
  // A dateline that opens or closes a paragraph is that paragraph's text, and counts once; one that stood on its
  // own line is a field of its own. The parse alone says which: the check never looks at the input to decide.
  const d = item.dateline
  if (d !== null && !paragraphs.some((p) => p.startsWith(d.text) || p.endsWith(d.text))) texts.push(d.text)
  return texts.filter((t): t is string => t !== null)
}

/** The sorted content characters of the input, after the normalization the parser promises (full-width folded). */
export function inputContent(text: string): string {
  return contentChars(normalize(text)).sort().join('')
}

/** The sorted content characters of every text field of the parse. */
export function outputContent(page: ParsedPage): string {
  return page.items.flatMap(fieldTexts).flatMap(contentChars).sort().join('')
}

/** Every line range of the parse: items and paragraphs. */
export function lineRanges(page: ParsedPage): [number, number][] {
  return page.items.flatMap((item) => [
    item.lines,
    ...item.sections.flatMap((s) => s.paragraphs.map((p) => p.lines)),
  ])
}
