// Turn one page of the PKU tagged corpus into a ParsedPage whose entity mentions are the corpus's gold spans, with
// short names (`老王`) linked to the article's full name.
import { linkShortNames, readPkuPage, type ParsedPage } from '@broadsheet/parser'

/**
 * The articles of one PKU page (`text` holds its lines, the first being line `firstLine` of the corpus file), read
 * by the parser's PKU reader, and each item's position on the page from its article number. Lines count from the
 * start of `text`.
 *
 * @example pkuPage('19980101-01-001-001/m  迈向/v …', 1, '人民日报').parsed.items[0].title // '迈向充满希望的新世纪——…'
 */
export function pkuPage(
  text: string,
  firstLine: number,
  publication: string,
): { parsed: ParsedPage; positions: number[] } {
  let page
  try {
    page = readPkuPage(text)
  } catch (error) {
    throw Object.assign(error as Error, { line: firstLine })
  }
  for (const item of page.items) {
    const paragraphs = item.sections.flatMap((s) => s.paragraphs)
    const [title, ...linked] = linkShortNames([item.titleEntities, ...paragraphs.map((p) => p.entities)])
    item.titleEntities = title ?? []
    paragraphs.forEach((p, i) => (p.entities = linked[i] ?? []))
  }
  return {
    parsed: {
      date: page.date,
      page: page.page,
      publication,
      format: 'page',
      items: page.items,
      furniture: [],
      warnings: [],
    },
    positions: page.articleNumbers.map((n) => n - 1),
  }
}
