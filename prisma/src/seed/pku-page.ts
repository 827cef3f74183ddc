// Turn one page of the PKU tagged corpus into a ParsedPage whose entity mentions are the corpus's gold spans.
import * as parser from '@broadsheet/parser'
import type { EntitySpan, EntityType, Item, ParsedPage } from '@broadsheet/parser'
import { canonicalId } from '../ingest/describe-entity.ts'

interface PkuParagraph {
  id: string
  text: string
  entities: { text: string; type: EntityType; start: number; end: number }[]
}

// The parser's PKU reader (packages/parser/src/formats/pku.ts) joins its public API with #3; until then the seed
// skips the corpus and says so.
const reader = parser as unknown as { parsePkuLine?: (line: string) => PkuParagraph | null }

/** Whether @broadsheet/parser exports the PKU reader the seed needs. */
export function hasPkuReader(): boolean {
  return typeof reader.parsePkuLine === 'function'
}

/**
 * The articles of one PKU page (`text` holds its lines, the first being line `firstLine` of the corpus file):
 * each article's first paragraph is its title, the rest its one section. Lines count from the start of `text`.
 *
 * @example pkuPage('19980101-01-001-001/m  迈向/v …', 1, '人民日报').items[0].title // '迈向充满希望的新世纪——…'
 */
export function pkuPage(text: string, firstLine: number, publication: string): ParsedPage {
  const parseLine = reader.parsePkuLine
  if (!parseLine) throw new Error('@broadsheet/parser does not export parsePkuLine yet')
  const items: Item[] = []
  let current: { id: string; item: Item } | null = null
  text.split('\n').forEach((line, index) => {
    const paragraph = parseLine(line)
    if (!paragraph) return
    const lineNumber = index + 1
    const articleId = paragraph.id.slice(0, 15)
    const entities: EntitySpan[] = paragraph.entities.map((e) => ({
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
          lines: [lineNumber, lineNumber],
        },
      }
      items.push(current.item)
      return
    }
    const section = current.item.sections[0] ?? { heading: null, paragraphs: [] }
    if (current.item.sections.length === 0) current.item.sections.push(section)
    section.paragraphs.push({ text: paragraph.text, lines: [lineNumber, lineNumber], entities })
    current.item.lines[1] = lineNumber
  })
  const first = /^(\d{4})(\d{2})(\d{2})-(\d{2})-/m.exec(text)
  if (!first)
    throw Object.assign(new Error('not a PKU corpus line (expected 19980101-01-001-001/m …)'), {
      line: firstLine,
    })
  return {
    date: `${first[1]}-${first[2]}-${first[3]}`,
    page: Number(first[4]),
    publication,
    format: 'page',
    items,
    warnings: [],
  }
}
