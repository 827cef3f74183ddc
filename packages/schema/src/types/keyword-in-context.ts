// Keyword in context: a concordance of a query, every occurrence with the text either side, sortable.
import { findArticle, type KwicLine, type KwicResult, keywordInContext } from '@broadsheet/db'
import { builder } from '../builder.ts'
import { listSize } from '../connection.ts'
import { ArticleFilter, dbArticleFilter } from './article.ts'

const KwicSort = builder.enumType('KwicSort', {
  values: {
    DATE: { description: 'Oldest first, in reading order.' },
    LEFT: { description: 'By the left context, read from the match outwards.' },
    RIGHT: { description: 'By the right context.' },
  } as const,
})

const KwicField = builder.enumType('KwicField', {
  values: ['KICKER', 'TITLE', 'SUBTITLE', 'PARAGRAPH'] as const,
})

const KwicLineRef = builder.objectRef<KwicLine>('KwicLine').implement({
  description: 'One occurrence: the match as printed, with up to `width` characters of its text either side.',
  fields: (t) => ({
    left: t.exposeString('left'),
    match: t.exposeString('match'),
    right: t.exposeString('right'),
    field: t.field({ type: KwicField, resolve: (line) => line.field }),
    paragraph: t.exposeInt('paragraph', {
      nullable: true,
      description: 'The paragraph (from 0) for PARAGRAPH lines.',
    }),
    offset: t.exposeInt('offset', { description: 'Where the match starts in its text.' }),
    // Prisma batches the findUnique calls of one tick into a single query.
    article: t.prismaField({
      type: 'Article',
      resolve: async (query, line, _args, ctx) => {
        const article = await findArticle(ctx.prisma, line.articleId, query)
        if (!article) throw new Error(`Article ${line.articleId} of a concordance line is gone`)
        return article
      },
    }),
  }),
})

const KwicResultRef = builder.objectRef<KwicResult>('KeywordInContext').implement({
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'Every occurrence in the matching articles.' }),
    articleCount: t.exposeInt('articleCount', { description: 'The articles those occurrences are in.' }),
    lines: t.field({ type: [KwicLineRef], resolve: (r) => r.lines }),
  }),
})

builder.queryFields((t) => ({
  keywordInContext: t.field({
    type: KwicResultRef,
    description:
      'A concordance of `query`: each occurrence of its terms in the articles search finds for it, with `width` characters either side, `first` lines from `offset`.',
    args: {
      query: t.arg.string({ required: true }),
      filter: t.arg({ type: ArticleFilter, required: false }),
      sort: t.arg({ type: KwicSort, required: false, defaultValue: 'DATE' }),
      width: t.arg.int({ required: false, defaultValue: 20 }),
      first: t.arg.int({ required: false, defaultValue: 100 }),
      offset: t.arg.int({ required: false, defaultValue: 0 }),
    },
    resolve: (_root, args, ctx) => {
      const first = listSize(args.first, 100)
      return keywordInContext(ctx.prisma, {
        query: args.query,
        filter: dbArticleFilter(args.filter),
        sort: args.sort === 'LEFT' ? 'left' : args.sort === 'RIGHT' ? 'right' : 'date',
        width: args.width ?? 20,
        first,
        offset: args.offset ?? 0,
      })
    },
  }),
}))
