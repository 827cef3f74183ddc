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
// skips the corpus and says so. Either of its two functions will do.
const reader = parser as unknown as {
  parsePkuLine?: (line: string) => PkuParagraph | null
  readPkuCorpus?: (text: string) => { paragraphs: PkuParagraph[] }[]
}

/** Whether @broadsheet/parser exports a PKU reader the seed can use. */
export function hasPkuReader(): boolean {
  return typeof reader.parsePkuLine === 'function' || typeof reader.readPkuCorpus === 'function'
}

// The paragraphs of a chunk of corpus lines, each with its line number in the chunk.
function readParagraphs(text: string): { paragraph: PkuParagraph; line: number }[] {
  const lines = text.split('\n')
  if (reader.parsePkuLine) {
    const parseLine = reader.parsePkuLine
    return lines.flatMap((line, i) => {
      const paragraph = parseLine(line)
      return paragraph ? [{ paragraph, line: i + 1 }] : []
    })
  }
  if (!reader.readPkuCorpus) throw new Error('@broadsheet/parser does not export its PKU reader yet')
  const lineOf = new Map(lines.map((line, i) => [line.slice(0, line.indexOf('/m')), i + 1]))
  return reader
    .readPkuCorpus(text)
    .flatMap((article) =>
      article.paragraphs.map((paragraph) => ({ paragraph, line: lineOf.get(paragraph.id) ?? 1 })),
    )
}

/**
 * The articles of one PKU page (`text` holds its lines, the first being line `firstLine` of the corpus file):
 * each article's first paragraph is its title, the rest its one section. Lines count from the start of `text`.
 *
 * @example pkuPage('19980101-01-001-001/m  迈向/v …', 1, '人民日报').items[0].title // '迈向充满希望的新世纪——…'
 */
export function pkuPage(text: string, firstLine: number, publication: string): ParsedPage {
  const items: Item[] = []
  let current = null as { id: string; item: Item } | null
  for (const { paragraph, line: lineNumber } of readParagraphs(text)) {
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
  return {
    date: `${first[1]}-${first[2]}-${first[3]}`,
    page: Number(first[4]),
    publication,
    format: 'page',
    items,
    warnings: [],
  }
}
