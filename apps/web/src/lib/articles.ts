// Read one article and reshape it for the reader: segmented paragraphs, then its neighbours in the issue and
// related articles (a second request, so the article itself can be sent first).
import { ArticleContextQuery, ArticleQuery } from '../graphql/article-query.ts'
import { isBadInput, request } from './api.ts'
import { toArticleSummary, type ArticleSummary } from './article-summary.ts'
import { toDay } from './dates.ts'
import { markLead, segmentText, type Segment } from './segments.ts'

export interface ArticleLink {
  id: string
  title: string
  pageNumber: number
}

export interface ArticleView {
  id: string
  /** The address to cite, and the article cited in GB/T 7714 and Chicago. */
  permalink: string
  citations: { gbt: string; chicago: string }
  kind: string
  kicker: string | null
  title: string
  /** The title cut at its entity mentions. */
  titleSegments: Segment[]
  subtitle: string | null
  date: string
  bylines: { text: string; agency: string | null; role: string | null; names: string[] }[]
  dateline: { text: string; agency: string | null; place: string | null; date: string | null } | null
  /** True when the dateline opens a paragraph, set apart there; false when it stood on a line of its own. */
  datelineInText: boolean
  sections: { heading: string | null; paragraphs: Segment[][] }[]
  /** Where the story was printed in its issue, the first printing first. */
  placements: { id: string; role: string; pageNumber: number; pageName: string | null }[]
  /** Distinct entities mentioned, in first-mention order. */
  entities: { id: string; name: string; type: string }[]
  /** `pdf`: the path of the page PDF the article was read from (`/pdf/<sha256>.pdf#page=2`), served by this app. */
  source: {
    format: string
    file: string
    firstLine: number
    lastLine: number
    text: string
    pdf: string | null
  }
  page: { number: number; name: string | null }
  issue: { date: string; publication: string; pageCount: number }
}

export interface ArticleContext {
  previous: ArticleLink | null
  next: ArticleLink | null
  related: ArticleSummary[]
}

const untitled = '（无标题）'

/** The article with global id `id`, or null when there is none (unknown or malformed id). */
export async function getArticle(id: string): Promise<ArticleView | null> {
  let data
  try {
    data = await request(ArticleQuery, { id })
  } catch (error) {
    if (isBadInput(error)) return null
    throw error
  }
  const article = data.article
  if (!article) return null

  const entities = new Map<string, { id: string; name: string; type: string }>()
  for (const mention of article.titleMentions) {
    if (!entities.has(mention.entity.id)) entities.set(mention.entity.id, mention.entity)
  }
  // A paragraph that opens with a dateline (`新华社北京2月27日电（记者…）`, a roundup's later stories too) shows it
  // set apart; the article's dateline is shown in the header only when no paragraph holds it.
  let datelineInText = false
  const sections = article.sections.map((section) => ({
    heading: section.heading ?? null,
    paragraphs: section.paragraphs.map((paragraph) => {
      for (const mention of paragraph.mentions) {
        if (!entities.has(mention.entity.id)) entities.set(mention.entity.id, mention.entity)
      }
      const segments = segmentText(paragraph.text, paragraph.mentions)
      const lead = paragraph.dateline
      if (!lead || !paragraph.text.startsWith(lead)) return segments
      if (lead === article.dateline?.text) datelineInText = true
      return markLead(segments, lead.length)
    }),
  }))

  return {
    id: article.id,
    permalink: article.permalink,
    citations: { gbt: article.gbt, chicago: article.chicago },
    kind: article.kind,
    kicker: article.kicker ?? null,
    title: article.title?.trim() || untitled,
    titleSegments: article.title ? segmentText(article.title, article.titleMentions) : [{ text: untitled }],
    subtitle: article.subtitle ?? null,
    date: toDay(article.date),
    bylines: article.bylines.map((b) => ({
      text: b.text,
      agency: b.agency ?? null,
      role: b.role ?? null,
      names: [...b.names],
    })),
    dateline: article.dateline
      ? {
          text: article.dateline.text,
          agency: article.dateline.agency ?? null,
          place: article.dateline.place ?? null,
          date: article.dateline.date ? toDay(article.dateline.date) : null,
        }
      : null,
    datelineInText,
    sections,
    placements: article.placements.map((p) => ({
      id: p.id,
      role: p.role,
      pageNumber: p.page.number,
      pageName: p.page.name ?? null,
    })),
    entities: [...entities.values()],
    source: {
      format: article.source.format,
      file: article.source.file,
      firstLine: article.source.lines[0] ?? 0,
      lastLine: article.source.lines[1] ?? article.source.lines[0] ?? 0,
      text: article.sourceText,
      pdf: article.source.pdf ?? null,
    },
    page: { number: article.page.number, name: article.page.name ?? null },
    issue: {
      date: toDay(article.page.issue.date),
      publication: article.page.issue.publication.name,
      pageCount: article.page.issue.pageCount,
    },
  }
}

/** The articles before and after `id` in its issue's reading order, and the articles sharing its entities. */
export async function getArticleContext(id: string): Promise<ArticleContext> {
  const { article } = await request(ArticleContextQuery, { id })
  const readingOrder: ArticleLink[] = article.page.issue.pages
    .toSorted((a, b) => a.number - b.number)
    .flatMap((page) =>
      page.articles.map((item) => ({
        id: item.id,
        title: item.title?.trim() || untitled,
        pageNumber: page.number,
      })),
    )
  const index = readingOrder.findIndex((item) => item.id === article.id)
  return {
    previous: index > 0 ? (readingOrder[index - 1] ?? null) : null,
    next: index >= 0 ? (readingOrder[index + 1] ?? null) : null,
    related: article.related.map(toArticleSummary),
  }
}
