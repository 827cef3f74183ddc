// Full-text search: a connection of articles whose edges carry a score and highlights, plus facets.
import { queryFromInfo } from '@pothos/plugin-prisma'
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay'
import { builder } from '../builder.ts'
import { badUserInput } from '../errors.ts'
import { defaultPageSize, maxPageSize } from '../limits.ts'
import { type FacetBucket, type SearchResult, searchArticles } from '../search-fallback.ts'
import { Article, ArticleFilter, articleWhere } from './article.ts'

const Facet = builder.objectRef<FacetBucket>('FacetBucket').implement({
  fields: (t) => ({
    value: t.exposeString('value'),
    count: t.exposeInt('count', { description: 'Matching articles (kind, month) or mentions (entity).' }),
  }),
})

const SearchFacets = builder.objectRef<SearchResult['facets']>('SearchFacets').implement({
  description: 'How the matches spread over kinds, months (`YYYY-MM`) and the most-mentioned entities.',
  fields: (t) => ({
    kind: t.field({ type: [Facet], resolve: (f) => f.kind }),
    month: t.field({ type: [Facet], resolve: (f) => f.month }),
    entity: t.field({ type: [Facet], resolve: (f) => f.entity }),
  }),
})

interface SearchEdgeShape {
  score: number
  highlights: string[]
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: Article,
      description:
        "Articles containing `query` in a kicker, title, subtitle or paragraph (LIKE '%query%' semantics).",
      args: {
        query: t.arg.string({ required: true }),
        filter: t.arg({ type: ArticleFilter, required: false }),
      },
      resolve: async (_root, args, ctx, info) => {
        const query = args.query.trim()
        if (!query) throw badUserInput('query must not be empty')
        const page = offsetForArgs({ args, defaultSize: defaultPageSize, maxSize: maxPageSize })
        const result = await searchArticles(ctx.prisma, {
          query,
          where: articleWhere(args.filter),
          offset: page.offset,
          limit: page.limit,
        })
        const ids = result.hits.map((hit) => hit.articleId)
        const rows = await ctx.prisma.article.findMany({
          ...queryFromInfo({ context: ctx, info, path: ['edges', 'node'], select: { id: true } }),
          where: { id: { in: ids } },
        })
        const byId = new Map(rows.map((row) => [row.id, row]))
        const edges = result.hits.slice(0, page.expectedSize).flatMap((hit, index) => {
          const node = byId.get(hit.articleId)
          return node
            ? [
                {
                  cursor: offsetToCursor(page.offset + index),
                  node,
                  score: hit.score,
                  highlights: hit.highlights,
                },
              ]
            : []
        })
        return {
          edges,
          pageInfo: {
            hasPreviousPage: page.hasPreviousPage,
            hasNextPage: page.hasNextPage(result.hits.length),
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          totalCount: result.totalCount,
          facets: result.facets,
        }
      },
    },
    {
      name: 'SearchConnection',
      fields: (c) => ({
        totalCount: c.int({ resolve: (conn) => (conn as unknown as SearchResult).totalCount }),
        facets: c.field({ type: SearchFacets, resolve: (conn) => (conn as unknown as SearchResult).facets }),
      }),
    },
    {
      name: 'SearchEdge',
      fields: (e) => ({
        score: e.float({ resolve: (edge) => (edge as unknown as SearchEdgeShape).score }),
        highlights: e.stringList({
          description: 'Snippets around the hits, HTML-escaped, each hit wrapped in `<mark>`.',
          resolve: (edge) => (edge as unknown as SearchEdgeShape).highlights,
        }),
      }),
    },
  ),
}))
