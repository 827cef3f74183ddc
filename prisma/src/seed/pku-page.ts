// Turn one page of the PKU tagged corpus into a ParsedPage whose entity mentions are the corpus's gold spans,
// with lists of names split into their people and short names (`老王`) linked to the article's full name.
import {
  linkShortNames,
  parsePkuLine,
  splitNameLists,
  type EntitySpan,
  type Item,
  type ParsedPage,
} from '@broadsheet/parser'
import { canonicalId } from '../ingest/describe-entity.ts'

/**
 * The articles of one PKU page (`text` holds its lines, the first being line `firstLine` of the corpus file):
 * each article's first paragraph is its title, the rest its one section. Lines count from the start of `text`.
 *
 * @example pkuPage('19980101-01-001-001/m  迈向/v …', 1, '人民日报').items[0].title // '迈向充满希望的新世纪——…'
 */
export function pkuPage(text: string, firstLine: number, publication: string): ParsedPage {
  const items: Item[] = []
  let current = null as { id: string; item: Item } | null
  const paragraphs = text.split('\n').flatMap((line, i) => {
    const paragraph = parsePkuLine(line)
    return paragraph ? [{ paragraph, line: i + 1 }] : []
  })
  for (const { paragraph, line: lineNumber } of paragraphs) {
    const articleId = paragraph.id.slice(0, 15)
    const entities: EntitySpan[] = splitNameLists(paragraph).map((e) => ({
      ...e,
      canonical: canonicalId(e.type, e.text),
    }))
    if (current?.id !== articleId) {
      current = {
        id: articleId,
        item: {
          kind: 'article',
          kicker: null,
          title: paragraph.text,
          subtitle: null,
          titleEntities: entities,
          bylines: [],
          credit: null,
          dateline: null,
          sections: [],
          continuesOnPage: null,
          continuedFromPage: null,
          lines: [lineNumber, lineNumber],
        },
      }
      items.push(current.item)
      continue
    }
    const section = current.item.sections[0] ?? { heading: null, paragraphs: [] }
    if (current.item.sections.length === 0) current.item.sections.push(section)
    section.paragraphs.push({ text: paragraph.text, lines: [lineNumber, lineNumber], entities })
    current.item.lines[1] = lineNumber
  }
  const first = /^(\d{4})(\d{2})(\d{2})-(\d{2})-/m.exec(text)
  if (!first)
    throw Object.assign(new Error('not a PKU corpus line (expected 19980101-01-001-001/m …)'), {
      line: firstLine,
    })
  for (const item of items) {
    const paragraphs = item.sections.flatMap((s) => s.paragraphs)
    const [title, ...linked] = linkShortNames([item.titleEntities, ...paragraphs.map((p) => p.entities)])
    item.titleEntities = title ?? []
    paragraphs.forEach((p, i) => (p.entities = linked[i] ?? []))
  }
  return {
    date: `${first[1]}-${first[2]}-${first[3]}`,
    page: Number(first[4]),
    publication,
    format: 'page',
    items,
    furniture: [],
    warnings: [],
  }
}
