// Turn a validated parsed page into the rows its articles need, each article identified by its content hash.
import { createHash } from 'node:crypto'
import type { Item, ParsedPage } from '@broadsheet/parser'
import type { ArticleKind, MentionField, MentionSource, SourceFormat } from '../../generated/prisma/enums.ts'
import { articleSearchText, bigramVector } from '../search/bigram-vector.ts'
import { canonicalId } from './describe-entity.ts'
import { UNKNOWN_PUBLICATION, type IngestSource, type SourcePdfBytes } from './ingest-source.ts'

export interface MentionDraft {
  position: number
  key: string
  field: MentionField
  paragraphPosition: number | null
  bylinePosition: number | null
  start: number
  end: number
  text: string
  source: MentionSource
}

/** One article and everything hanging off it, ready to insert. */
export interface ArticleDraft {
  contentHash: string
  position: number
  kind: ArticleKind
  kicker: string | null
  title: string | null
  subtitle: string | null
  credit: string | null
  datelineText: string | null
  datelineAgency: string | null
  datelinePlace: string | null
  datelineDate: string | null
  sourceFormat: SourceFormat
  sourceFile: string
  sourceFirstLine: number
  sourceLastLine: number
  sourceText: string
  /** The search vector of kicker, title and subtitle (a tsvector literal, see bigram-vector.ts). */
  search: string
  bylines: { position: number; text: string; agency: string | null; role: string | null; names: string[] }[]
  sections: { position: number; heading: string | null }[]
  paragraphs: {
    position: number
    sectionPosition: number
    text: string
    firstLine: number
    lastLine: number
    /** The paragraph's search vector. */
    search: string
  }[]
  mentions: MentionDraft[]
}

/** The page the articles go on, and the slice of the source file they replace. */
export interface PagePlan {
  publication: string
  date: string
  number: number
  pageName: string | null
  sourceFile: string
  /** File lines `[first, last]` whose previously stored articles this page replaces. */
  scope: [number, number]
  articles: ArticleDraft[]
  /** The PDF the page was read from, stored in the same transaction as its articles. */
  pdf?: SourcePdfBytes
}

const KIND: Record<Item['kind'], ArticleKind> = {
  article: 'ARTICLE',
  commentary: 'COMMENTARY',
  photo: 'PHOTO',
  brief: 'BRIEF',
}

const FORMAT: Record<ParsedPage['format'], SourceFormat> = { page: 'PAGE', eedition: 'EEDITION', pdf: 'PDF' }

/**
 * Plan the rows for one parsed page, search vectors included (the CPU-heavy part of a write, so that a worker
 * thread can do it). An article's content hash covers its source (file, lines, raw text), its
 * page and everything the parser said about it, so the same parse gives the same hash (a second seed adds
 * nothing) and a different parse a different one (it replaces the old article).
 */
export function planArticles(parsed: ParsedPage, source: IngestSource): PagePlan {
  const lines = source.text.split(/\r?\n/)
  const offset = (source.firstLine ?? 1) - 1
  const format = source.format ?? FORMAT[parsed.format]
  const mentionSource = source.mentionSource ?? 'RECOGNIZER'
  const publication = parsed.publication ?? UNKNOWN_PUBLICATION
  const date = parsed.date as string
  const number = parsed.page ?? 0
  const articles = parsed.items.map((item, index): ArticleDraft => {
    const [first, last] = item.lines
    const sourceText = lines.slice(first - 1, last).join('\n')
    const contentHash = createHash('sha256')
      .update(
        JSON.stringify([1, source.file, format, publication, date, number, first + offset, sourceText, item]),
      )
      .digest('hex')
    const mentions: MentionDraft[] = []
    const mention = (draft: Omit<MentionDraft, 'position' | 'source'>) =>
      mentions.push({ ...draft, position: mentions.length, source: mentionSource })
    for (const span of item.titleEntities) {
      mention({
        field: 'TITLE',
        paragraphPosition: null,
        bylinePosition: null,
        ...spanAt(span),
      })
    }
    const bylines = item.bylines.map((byline, position) => {
      let from = 0
      for (const name of byline.names) {
        const start = byline.text.indexOf(name, from)
        if (start < 0) continue
        from = start + name.length
        mention({
          key: canonicalId('PERSON', name),
          field: 'BYLINE',
          paragraphPosition: null,
          bylinePosition: position,
          start,
          end: from,
          text: name,
        })
      }
      return { position, text: byline.text, agency: byline.agency, role: byline.role, names: byline.names }
    })
    const paragraphs: ArticleDraft['paragraphs'] = []
    item.sections.forEach((section, sectionPosition) => {
      for (const paragraph of section.paragraphs) {
        const position = paragraphs.length
        paragraphs.push({
          position,
          sectionPosition,
          text: paragraph.text,
          firstLine: paragraph.lines[0] + offset,
          lastLine: paragraph.lines[1] + offset,
          search: bigramVector(paragraph.text),
        })
        for (const span of paragraph.entities) {
          mention({
            field: 'PARAGRAPH',
            paragraphPosition: position,
            bylinePosition: null,
            ...spanAt(span),
          })
        }
      }
    })
    return {
      contentHash,
      position: (source.position ?? 0) + index,
      kind: KIND[item.kind],
      kicker: item.kicker,
      title: item.title,
      subtitle: item.subtitle,
      credit: item.credit,
      datelineText: item.dateline?.text ?? null,
      datelineAgency: item.dateline?.agency ?? null,
      datelinePlace: item.dateline?.place ?? null,
      datelineDate: item.dateline?.date ?? null,
      sourceFormat: format,
      sourceFile: source.file,
      sourceFirstLine: first + offset,
      sourceLastLine: last + offset,
      sourceText,
      search: bigramVector(articleSearchText(item)),
      bylines,
      sections: item.sections.map((section, position) => ({ position, heading: section.heading })),
      paragraphs,
      mentions,
    }
  })
  return {
    publication,
    date,
    number,
    pageName: source.pageName ?? null,
    sourceFile: source.file,
    scope: [offset + 1, offset + lines.length],
    articles,
    ...(source.pdf === undefined ? {} : { pdf: source.pdf }),
  }
}

function spanAt(span: { canonical: string; start: number; end: number; text: string }) {
  return { key: span.canonical, start: span.start, end: span.end, text: span.text }
}
