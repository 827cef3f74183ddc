// Turn a validated parsed page into the rows its articles need, each article identified by its content hash.
import { createHash } from 'node:crypto'
import type { Item, ParsedPage } from '@broadsheet/parser'
import type {
  ArticleKind,
  MentionField,
  MentionSource,
  PlacementRole,
  SourceFormat,
} from '../../generated/prisma/enums.ts'
import { articleSearchText, bigramVector } from '../search/bigram-vector.ts'
import { canonicalId } from './describe-entity.ts'
import { UNKNOWN_PUBLICATION, type IngestSource, type SourcePdfBytes } from './ingest-source.ts'
import { publicId } from './public-id.ts'

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

/** One printing of an article: where it stands in the issue and which parsed item it came from. */
export interface PlacementDraft {
  publicId: string
  role: PlacementRole
  /** The page's row id; ingest fills it in once the page is found or created. */
  pageId: number | null
  date: string
  pagePosition: number
  sourceFile: string
  sourceFirstLine: number
  sourceLastLine: number
  contentHash: string
  continuesOnPage: number | null
  continuedFromPage: number | null
}

/** One article and everything hanging off it, ready to insert. */
export interface ArticleDraft {
  contentHash: string
  /** The first placement's public id. */
  publicId: string
  /** Every printing, the first one first: a fresh draft has one, a joined story one per part. */
  placements: PlacementDraft[]
  /** The parsed item the draft was planned from, and who found its mentions: what a join of parts starts from. */
  item: Item
  mentionSource: MentionSource
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
  /** The search vector of kicker, title and subtitle (a tsvector literal, see bigram-vector.ts). */
  search: string
  sourceFormat: SourceFormat
  sourceFile: string
  sourceFirstLine: number
  sourceLastLine: number
  sourceText: string
  bylines: { position: number; text: string; agency: string | null; role: string | null; names: string[] }[]
  sections: { position: number; heading: string | null }[]
  paragraphs: {
    position: number
    sectionPosition: number
    text: string
    datelineText: string | null
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
  advertisement: 'ADVERTISEMENT',
  notice: 'NOTICE',
  listing: 'LISTING',
}

const FORMAT: Record<ParsedPage['format'], SourceFormat> = { page: 'PAGE', eedition: 'EEDITION', pdf: 'PDF' }

/**
 * Plan the rows for one parsed page, search vectors included (the CPU-heavy part of a write, so that a worker
 * thread can do it). An article's content hash covers its source (file, lines, raw text), its
 * page and everything the parser said about it, so the same parse gives the same hash (a second seed adds
 * nothing) and a different parse a different one (it replaces the old article). Its public id comes from where
 * it was printed: publication, date, page and position (see `public-id.ts`).
 */
export function planArticles(parsed: ParsedPage, source: IngestSource): PagePlan {
  const lines = source.text.split(/\r?\n/)
  const offset = (source.firstLine ?? 1) - 1
  const format = source.format ?? FORMAT[parsed.format]
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
    // An e-edition file `…-01-03.txt` is item 3 of page 1, whatever it holds; the PKU corpus numbers its articles;
    // a page of layout text counts its items in reading order.
    const position = source.positions?.[index] ?? (source.position ?? 0) + index
    const numbered = source.positions === undefined && source.position !== undefined
    const id = publicId({
      publication,
      date,
      page: number,
      position: (numbered ? (source.position as number) : position) + 1,
      part: numbered ? index + 1 : 1,
    })
    const placement: PlacementDraft = {
      publicId: id,
      role: 'FIRST',
      pageId: null,
      date,
      pagePosition: position,
      sourceFile: source.file,
      sourceFirstLine: first + offset,
      sourceLastLine: last + offset,
      contentHash,
      continuesOnPage: item.continuesOnPage ?? null,
      continuedFromPage: item.continuedFromPage ?? null,
    }
    const mentionSource = source.mentionSource ?? 'RECOGNIZER'
    return {
      ...planArticle(item, { offset, mentionSource }),
      contentHash,
      publicId: id,
      placements: [placement],
      item: offset === 0 ? item : shiftLines(item, offset),
      mentionSource,
      position,
      sourceFormat: format,
      sourceFile: source.file,
      sourceFirstLine: first + offset,
      sourceLastLine: last + offset,
      sourceText,
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

/** The fields of a draft that say where its story came from, not what it says. */
export type ArticleOriginField =
  | 'contentHash'
  | 'publicId'
  | 'placements'
  | 'item'
  | 'mentionSource'
  | 'position'
  | 'sourceFormat'
  | 'sourceFile'
  | 'sourceFirstLine'
  | 'sourceLastLine'
  | 'sourceText'

/** What of an article's rows comes from its item alone. */
export type ArticleContent = Omit<ArticleDraft, ArticleOriginField>

/**
 * The rows an item gives: its fields, bylines, sections, paragraphs (lines moved by `offset`, for a slice of a
 * larger file) and mentions, attributed to `mentionSource`.
 */
export function planArticle(
  item: Item,
  { offset, mentionSource }: { offset: number; mentionSource: MentionSource },
): ArticleContent {
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
        datelineText: paragraph.dateline?.text ?? null,
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
    kind: KIND[item.kind],
    kicker: item.kicker,
    title: item.title,
    subtitle: item.subtitle,
    credit: item.credit,
    datelineText: item.dateline?.text ?? null,
    datelineAgency: item.dateline?.agency ?? null,
    datelinePlace: item.dateline?.place ?? null,
    datelineDate: item.dateline?.date ?? null,
    search: bigramVector(articleSearchText(item)),
    bylines,
    sections: item.sections.map((section, position) => ({ position, heading: section.heading })),
    paragraphs,
    mentions,
  }
}

/** The item with its line numbers counted from the start of the whole file, not of the slice that was parsed. */
function shiftLines(item: Item, offset: number): Item {
  return {
    ...item,
    lines: [item.lines[0] + offset, item.lines[1] + offset],
    sections: item.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map((p) => ({
        ...p,
        lines: [p.lines[0] + offset, p.lines[1] + offset],
      })),
    })),
  }
}

function spanAt(span: { canonical: string; start: number; end: number; text: string }) {
  return { key: span.canonical, start: span.start, end: span.end, text: span.text }
}
