// Collect what a parse kept, field by field, to check that no content character was lost or doubled.
import { matchClosingSignature } from '../../src/patterns/parse-byline.ts'
import { matchLeadingDateline, matchTrailingDateline } from '../../src/patterns/parse-dateline.ts'
import { normalize } from '../../src/stages/normalize.ts'
import { contentChars } from '../../src/text/content-chars.ts'
import type { Item, ParsedPage } from '../../src/types.ts'

/**
 * True when the item's dateline is a paragraph's own prefix or suffix rather than a line of its own: the leading
 * dateline of the first paragraph that opens with one, or the trailing dateline of the last paragraph, the only
 * places a reader takes it from. A paragraph that merely starts with the same text as a standalone dateline
 * (`（新华社北京3月12日电）!□新华社评论员…` above a `（新华社北京3月12日电）` line) does not make that line's
 * characters count once.
 */
function datelineInParagraph(item: Item): boolean {
  const d = item.dateline
  if (d === null) return false
  const paragraphs = item.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
  const opening = paragraphs.find((p) => matchLeadingDateline(p) !== null)
  const closing = paragraphs.at(-1)
  return (
    (opening !== undefined && matchLeadingDateline(opening)?.text === d.text) ||
    (closing !== undefined && matchTrailingDateline(closing)?.text === d.text) ||
    (closing !== undefined && matchClosingSignature(closing)?.text === d.text)
  )
}

/**
 * The texts in the item's paragraphs that sign it: the reporters a leading dateline names (`（记者邹伟、王思北）`) and
 * the signature closing the last paragraph (`（祝谦）`). Bylines read from them repeat the paragraph's text.
 */
function signedInParagraphs(item: Item): string[] {
  const paragraphs = item.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
  const reporters = paragraphs
    .slice(0, 3)
    .map((p) => matchLeadingDateline(p)?.reporters)
    .find((r) => r !== undefined && r !== null)
  const closing = paragraphs.at(-1)
  const signature = closing === undefined ? null : matchClosingSignature(closing)
  return [reporters ?? '', signature?.text ?? ''].filter((t) => t !== '')
}

function fieldTexts(item: Item): string[] {
  const paragraphs = item.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
  const signed = signedInParagraphs(item)
  const bylines = item.bylines.map((b) => b.text).filter((t) => !signed.some((s) => s.includes(t)))
  const texts = [item.kicker, item.title, item.subtitle, item.credit, ...bylines]
  texts.push(...item.sections.map((s) => s.heading), ...paragraphs)
  // A dateline that opens or closes a paragraph is that paragraph's text, and counts once; one that stood on its
  // own line is a field of its own. The parse alone says which: the check never looks at the input to decide.
  if (item.dateline !== null && !datelineInParagraph(item)) texts.push(item.dateline.text)
  return texts.filter((t): t is string => t !== null)
}

/** The sorted content characters of the input, after the normalization the parser promises (full-width folded). */
export function inputContent(text: string): string {
  return contentChars(normalize(text)).sort().join('')
}

/** The sorted content characters of every text field of the parse: its items, its furniture and jump lines. */
export function outputContent(page: ParsedPage): string {
  const texts = [...page.items.flatMap(fieldTexts), ...page.furniture.map((f) => f.text)]
  return texts.flatMap(contentChars).sort().join('')
}

/** Every line range of the parse: items, paragraphs and furniture. */
export function lineRanges(page: ParsedPage): [number, number][] {
  return [
    ...page.items.flatMap((item) => [
      item.lines,
      ...item.sections.flatMap((s) => s.paragraphs.map((p) => p.lines)),
    ]),
    ...page.furniture.map((f) => f.lines),
  ]
}
