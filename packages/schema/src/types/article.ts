// Articles and what hangs off them: bylines, dateline, sections, paragraphs, mentions, source, related articles.
import {
  type ArticleFilter as DbArticleFilter,
  countArticles,
  findArticle,
  mentionedEntities,
  mentionedEntitiesSelection,
  pageArticleRows,
  pageWindow,
  type Prisma,
  readArticles,
  relatedArticleIds,
  relationQueries,
  parsePdfSourceFile,
  isPublicId,
  resolveArticleId,
  rowId,
} from '@broadsheet/db'
import { decodeGlobalID, resolveArrayConnection } from '@pothos/plugin-relay'
import { batchLoader, rowsOfEach } from '../batch.ts'
import { builder } from '../builder.ts'
import { citeArticle } from '../citation.ts'
import { articleGlobalId } from '../global-ids.ts'
import { connectionOf, listSize, nodeQuery } from '../connection.ts'
import type { Context } from '../context.ts'
import { badUserInput } from '../errors.ts'
import { Entity } from './entity.ts'
import { ArticleKind, EntityType, MentionField, PlacementRole, SourceFormat } from './scalars.ts'

/** An article row as Prisma returns it, with whatever the query selected. */
export type StoredArticle = Prisma.ArticleGetPayload<object>

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows an article list. Every condition given must hold.',
  fields: (t) => ({
    dateFrom: t.field({ type: 'Date', required: false, description: 'Issue date on or after this day.' }),
    dateTo: t.field({ type: 'Date', required: false, description: 'Issue date on or before this day.' }),
    date: t.field({ type: 'Date', required: false, description: 'Issue date exactly.' }),
    publication: t.string({ required: false, description: 'Publication name, such as 人民日报.' }),
    page: t.int({ required: false, description: 'Page number (版次).' }),
    kind: t.field({ type: ArticleKind, required: false }),
    entityIds: t.idList({
      required: false,
      description: 'Entities the article must all mention (at most 10).',
    }),
    agency: t.string({
      required: false,
      description: 'News agency in a byline or the dateline, such as 新华社.',
    }),
    query: t.string({
      required: false,
      description:
        'A query in the search language (as `search` reads it, at most 200 characters): the article must match it.',
    }),
  }),
})

/** The db layer's filter for an ArticleFilter argument: the same fields, entity global ids decoded. */
export function dbArticleFilter(
  filter: typeof ArticleFilter.$inferInput | null | undefined,
): DbArticleFilter | null {
  if (!filter) return null
  return { ...filter, entityIds: filter.entityIds?.map((id) => decodeEntityId(String(id))) }
}

/** The address of an article's page in the web app: `http://localhost:3000/articles/rmrb-20200101-01-03`. */
export function articlePermalink(ctx: Pick<Context, 'webUrl'>, publicId: string): string {
  return `${ctx.webUrl}/articles/${encodeURIComponent(articleGlobalId(publicId))}`
}

const CitationStyle = builder.enumType('CitationStyle', {
  values: {
    GBT7714: {
      description:
        'GB/T 7714-2015, the Chinese national standard: 王鹏. 题名[N/OL]. 人民日报, 2020-03-13(4)[引用日期]. URL.',
    },
    CHICAGO: { description: 'Chicago Manual of Style, 17th ed., notes and bibliography.' },
  } as const,
})

/** The database id inside an Entity's global id. */
export function decodeEntityId(globalId: string): number {
  const { typename, id } = decodeGlobalID(globalId)
  if (typename !== 'Entity') throw badUserInput(`Not an Entity id: ${globalId}`)
  return rowId(id, 'entityIds')
}

builder.prismaObject('Byline', {
  select: {},
  description: 'A byline as printed: `□新华社记者 王鹏` is agency 新华社, role 记者, names [王鹏].',
  fields: (t) => ({
    text: t.exposeString('text'),
    agency: t.exposeString('agency', { nullable: true }),
    role: t.exposeString('role', { nullable: true }),
    names: t.exposeStringList('names'),
  }),
})

const Dateline = builder
  .objectRef<{ text: string; agency: string | null; place: string | null; date: Date | null }>('Dateline')
  .implement({
    description: 'Where and when a story was filed: `（新华社北京3月12日电）`.',
    fields: (t) => ({
      text: t.exposeString('text'),
      agency: t.exposeString('agency', { nullable: true }),
      place: t.exposeString('place', { nullable: true }),
      date: t.expose('date', { type: 'Date', nullable: true }),
    }),
  })

const Source = builder
  .objectRef<{ format: 'PAGE' | 'EEDITION' | 'PKU' | 'PDF'; file: string; lines: number[] }>('Source')
  .implement({
    description: 'Where an article came from: the file and its 1-based inclusive line range.',
    fields: (t) => ({
      format: t.expose('format', { type: SourceFormat }),
      file: t.exposeString('file'),
      lines: t.exposeIntList('lines', { description: '`[first, last]` source lines.' }),
      pdf: t.string({
        nullable: true,
        description:
          'For an article read from a page PDF: the path of that PDF page, as the API and the web app serve it ' +
          '(`/pdf/<sha256>.pdf#page=2`). Null for text sources.',
        resolve: (source) => {
          const pdf = parsePdfSourceFile(source.file)
          return pdf === null ? null : `/pdf/${pdf.sha256}.pdf#page=${pdf.page}`
        },
      }),
    }),
  })

builder.prismaObject('Placement', {
  select: {},
  description:
    'One printing of an article in its issue: the first, a reprint of the whole story elsewhere, or a later part ' +
    'of a story continued on another page.',
  fields: (t) => ({
    id: t.exposeString('publicId', {
      description: 'The printing’s own public id; it names the article too (`/articles/<id>` finds it).',
    }),
    role: t.expose('role', { type: PlacementRole }),
    date: t.expose('date', { type: 'Date', description: 'The issue date.' }),
    page: t.relation('page'),
    position: t.exposeInt('pagePosition', { description: 'Reading order on the page, from 0.' }),
    continuesOnPage: t.exposeInt('continuesOnPage', {
      nullable: true,
      description: 'The page its jump line sends the reader on to (`（下转第四版）` gives 4).',
    }),
    continuedFromPage: t.exposeInt('continuedFromPage', {
      nullable: true,
      description: 'The page its jump line says it comes from (`（上接第一版）` gives 1).',
    }),
    source: t.field({
      type: Source,
      select: {
        sourceFile: true,
        sourceFirstLine: true,
        sourceLastLine: true,
        article: { select: { sourceFormat: true } },
      },
      resolve: (p) => ({
        format: p.article.sourceFormat,
        file: p.sourceFile,
        lines: [p.sourceFirstLine, p.sourceLastLine],
      }),
    }),
  }),
})

builder.prismaObject('Mention', {
  select: {},
  description:
    'One mention of an entity; `start`/`end` index the text of the field it sits in (end exclusive).',
  fields: (t) => ({
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text'),
    field: t.expose('field', { type: MentionField }),
    entity: t.relation('entity'),
  }),
})

builder.prismaObject('Paragraph', {
  select: {},
  fields: (t) => ({
    text: t.exposeString('text'),
    dateline: t.exposeString('datelineText', {
      nullable: true,
      description:
        'The dateline the paragraph opens with (`新华社北京2月27日电`), its own prefix: the article’s in its first ' +
        'paragraph, or a later story’s in a roundup. Show it set apart from the text.',
    }),
    lines: t.intList({
      description: '`[first, last]` source lines.',
      select: { firstLine: true, lastLine: true },
      resolve: (p) => [p.firstLine, p.lastLine],
    }),
    mentions: t.relation('mentions', { query: relationQueries['Paragraph.mentions'] }),
  }),
})

builder.prismaObject('Section', {
  select: {},
  fields: (t) => ({
    heading: t.exposeString('heading', { nullable: true }),
    paragraphs: t.relation('paragraphs', { query: relationQueries['Section.paragraphs'] }),
  }),
})

export const Article = builder.prismaNode('Article', {
  id: {
    field: 'publicId',
    description:
      'The article’s public id, made from where it was first printed: publication code, issue date, page and ' +
      'position (`rmrb-20200101-01-03`). The same on every install; cite it, link to `/articles/<id>`.',
  },
  select: { id: true, publicId: true },
  // node(id:) takes the article's own id, or a row number from before public ids (then answering under the
  // article's public id); it is null for an id that names no article.
  nullable: true,
  // Anything else (`base64(Article:abc)`) is a malformed id: BAD_USER_INPUT, as the hostile suite asks.
  findUnique: (id) => (isPublicId(id) ? { publicId: id } : { id: rowId(id, 'id') }),
  fields: (t) => ({
    kind: t.expose('kind', { type: ArticleKind }),
    kicker: t.exposeString('kicker', { nullable: true, description: '引题, the line above the title.' }),
    title: t.exposeString('title', { nullable: true }),
    subtitle: t.exposeString('subtitle', { nullable: true }),
    credit: t.exposeString('credit', { nullable: true, description: 'A photo credit, such as 据新华社发.' }),
    date: t.expose('date', { type: 'Date', description: 'The issue date.' }),
    position: t.exposeInt('position', { description: 'Reading order on the page, from 0.' }),
    page: t.relation('page', { description: 'The page of the first printing.' }),
    placements: t.relation('placements', {
      description:
        'Every printing of the story in its issue, the first one first: a story printed twice, or continued on ' +
        'another page, is one article.',
      query: { orderBy: { position: 'asc' } },
    }),
    bylines: t.relation('bylines', { query: relationQueries['Article.bylines'] }),
    dateline: t.field({
      type: Dateline,
      nullable: true,
      select: { datelineText: true, datelineAgency: true, datelinePlace: true, datelineDate: true },
      resolve: (a) =>
        a.datelineText == null
          ? null
          : { text: a.datelineText, agency: a.datelineAgency, place: a.datelinePlace, date: a.datelineDate },
    }),
    sections: t.relation('sections', { query: relationQueries['Article.sections'] }),
    titleMentions: t.relation('mentions', {
      description: 'Entity mentions in the title, with offsets into the title.',
      query: relationQueries['Article.titleMentions'],
    }),
    mentionCount: t.relationCount('mentions'),
    entities: t.connection(
      {
        type: Entity,
        description: 'The distinct entities the article mentions, in order of first mention.',
        args: { type: t.arg({ type: EntityType, required: false }) },
        select: (args, _ctx, nestedSelection) =>
          mentionedEntitiesSelection(args.type, nestedSelection(true, ['edges', 'node'])),
        resolve: (article, args) => {
          pageWindow(args)
          const entities = mentionedEntities(article)
          return { ...resolveArrayConnection({ args }, entities), totalCount: entities.length }
        },
      },
      {
        name: 'ArticleEntityConnection',
        fields: (c) => ({
          totalCount: c.int({ resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount }),
        }),
      },
      { name: 'ArticleEntityEdge' },
    ),
    source: t.field({
      type: Source,
      select: { sourceFormat: true, sourceFile: true, sourceFirstLine: true, sourceLastLine: true },
      resolve: (a) => ({
        format: a.sourceFormat,
        file: a.sourceFile,
        lines: [a.sourceFirstLine, a.sourceLastLine],
      }),
    }),
    sourceText: t.exposeString('sourceText', { description: 'The raw source lines the article came from.' }),
    permalink: t.string({
      description: "The article's page in the web app, under its public id: the address to cite.",
      resolve: (article, _args, ctx) => articlePermalink(ctx, article.publicId),
    }),
    citation: t.string({
      description:
        'A citation of the article with its permalink, in a standard style. `accessed` defaults to today.',
      args: {
        style: t.arg({ type: CitationStyle, required: true }),
        accessed: t.arg({ type: 'Date', required: false }),
      },
      select: {
        title: true,
        date: true,
        datelineAgency: true,
        bylines: { select: { names: true, agency: true }, orderBy: { position: 'asc' } },
        page: { select: { number: true, issue: { select: { publication: { select: { name: true } } } } } },
      },
      resolve: (article, args, ctx) =>
        citeArticle(
          {
            title: article.title,
            bylines: article.bylines,
            datelineAgency: article.datelineAgency,
            publication: article.page.issue.publication.name,
            date: article.date.toISOString().slice(0, 10),
            page: article.page.number,
            permalink: articlePermalink(ctx, article.publicId),
          },
          args.style,
          (args.accessed ?? new Date()).toISOString().slice(0, 10),
        ),
    }),
    related: t.prismaField({
      type: ['Article'],
      description:
        'The articles sharing the most entities with this one, most shared first (ties: the nearest in date). ' +
        "Of the article's 32 most-mentioned entities, each counts the 100 articles nearest in date that mention it.",
      args: { first: t.arg.int({ required: false, defaultValue: 5 }) },
      resolve: (query, article, args, ctx) => {
        const first = listSize(args.first, 5)
        // One statement ranks the related articles of every article in the request, one reads them.
        const loader = batchLoader<number, StoredArticle[]>(
          ctx,
          `related:${first}:${JSON.stringify(query)}`,
          async (ids) =>
            rowsOfEach(ids, await relatedArticleIds(ctx.prisma, ids, first), (articleIds) =>
              readArticles<StoredArticle>(ctx.prisma, articleIds, query),
            ),
        )
        return loader.load(article.id)
      },
    }),
  }),
})

builder.queryFields((t) => ({
  articles: t.connection(
    {
      type: Article,
      description:
        'Articles, newest issue first; within an issue in reading order (page number, then position on the page).',
      args: { filter: t.arg({ type: ArticleFilter, required: false }) },
      resolve: async (_root, args, ctx, info) => {
        const filter = dbArticleFilter(args.filter)
        // The page and its articles, as the request selects them, in one statement.
        const page = await pageArticleRows<StoredArticle>(ctx.prisma, args, filter, nodeQuery(ctx, info))
        return { ...connectionOf(page), filter }
      },
    },
    {
      name: 'ArticleConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Articles the filter keeps, on every page.',
          resolve: (conn, _args, ctx) =>
            countArticles(ctx.prisma, (conn as unknown as { filter: DbArticleFilter | null }).filter),
        }),
      }),
    },
    { name: 'ArticleEdge' },
  ),
  article: t.prismaField({
    type: 'Article',
    description:
      'The article with this public id, or with the id of one of its printings (a reprint folded into it), or ' +
      'with an id of before public ids (a row number, on the install that gave it); it answers under its own ' +
      'public id. An id that names no article is BAD_USER_INPUT.',
    args: { id: t.arg.globalID({ required: true, for: Article }) },
    resolve: async (query, _root, args, ctx) => {
      const found = await resolveArticleId(ctx.prisma, String(args.id.id))
      const article = found && (await findArticle(ctx.prisma, found.articleId, query))
      if (!article) throw badUserInput(`No article with id ${args.id.id}`)
      return article
    },
  }),
}))
