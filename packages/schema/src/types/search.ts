// Full-text search: a connection of articles whose edges carry a score and highlights, plus facets.
// The hits come from @broadsheet/db's searchArticles: a Chinese bigram index whose results equal LIKE '%q%'.
import {
  findEntity,
  type HighlightPart,
  readArticles,
  type SearchResult,
  searchArticles,
} from '@broadsheet/db'
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql'
import { builder } from '../builder.ts'
import { nodeQuery } from '../connection.ts'
import { badUserInput } from '../errors.ts'
import { Article, ArticleFilter, dbArticleFilter, type StoredArticle } from './article.ts'
import { Entity } from './entity.ts'

const SearchOrder = builder.enumType('SearchOrder', {
  values: {
    RELEVANCE: { description: 'Best match first (title hits count double), then newest.' },
    DATE: { description: 'Newest first.' },
  } as const,
})

const Facet = builder.objectRef<{ value: string; count: number }>('FacetBucket').implement({
  fields: (t) => ({
    value: t.exposeString('value'),
    count: t.exposeInt('count', { description: 'Matching articles.' }),
  }),
})

const EntityFacet = builder
  .objectRef<SearchResult['facets']['entity'][number]>('EntityFacetBucket')
  .implement({
    fields: (t) => ({
      value: t.exposeString('value', { description: 'The entity name.' }),
      count: t.exposeInt('count', { description: 'Mentions in the matching articles.' }),
      // Prisma batches the findUnique calls of one tick into a single query.
      entity: t.prismaField({
        type: Entity,
        resolve: async (query, bucket, _args, ctx) => {
          const entity = await findEntity(ctx.prisma, bucket.entityId, query)
          if (!entity) throw new Error(`Entity ${bucket.entityId} of a search facet is gone`)
          return entity
        },
      }),
    }),
  })

const SearchFacets = builder.objectRef<SearchResult['facets']>('SearchFacets').implement({
  description:
    'How the matches spread over kinds, months (`YYYY-MM`, newest first) and the most-mentioned entities.',
  fields: (t) => ({
    kind: t.field({ type: [Facet], resolve: (f) => f.kind }),
    month: t.field({ type: [Facet], resolve: (f) => f.month }),
    entity: t.field({ type: [EntityFacet], resolve: (f) => f.entity }),
  }),
})

const Highlight = builder.objectRef<HighlightPart>('HighlightPart').implement({
  description: 'A run of a snippet: plain text (never HTML), `hit` where it is the query.',
  fields: (t) => ({
    text: t.exposeString('text'),
    hit: t.exposeBoolean('hit'),
  }),
})

interface SearchEdgeShape {
  score: number
  highlights: HighlightPart[][]
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: Article,
      description:
        "Articles containing `query` in a kicker, title, subtitle or paragraph, exactly as LIKE '%query%'.",
      args: {
        query: t.arg.string({ required: true, description: 'What to find, 1 to 200 characters.' }),
        filter: t.arg({ type: ArticleFilter, required: false }),
        orderBy: t.arg({ type: SearchOrder, required: false, defaultValue: 'RELEVANCE' }),
      },
      resolve: async (_root, args, ctx, info) => {
        const query = args.query.trim()
        if (!query) throw badUserInput('query: must not be empty')
        const result = await searchArticles(ctx.prisma, {
          query,
          filter: dbArticleFilter(args.filter),
          first: args.first,
          after: args.after,
          last: args.last,
          before: args.before,
          orderBy: args.orderBy === 'DATE' ? 'date' : 'relevance',
          facets: selects(info, 'facets'),
        })
        const nodes = await readArticles<StoredArticle>(
          ctx.prisma,
          result.hits.map((hit) => hit.articleId),
          nodeQuery(ctx, info),
        )
        const byId = new Map(nodes.map((node) => [node.id, node]))
        const edges = result.hits.flatMap((hit) => {
          const node = byId.get(hit.articleId)
          return node ? [{ cursor: hit.cursor, node, score: hit.score, highlights: hit.highlights }] : []
        })
        return {
          edges,
          pageInfo: {
            hasPreviousPage: result.hasPreviousPage,
            hasNextPage: result.hasNextPage,
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
        highlights: e.field({
          type: [e.listRef(Highlight)],
          description:
            'Up to three snippets, title first, each a list of plain-text parts with the hits marked.',
          resolve: (edge) => (edge as unknown as SearchEdgeShape).highlights,
        }),
      }),
    },
  ),
}))

/** Whether the field being resolved selects `name` directly beneath it (through fragments too). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>()
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return selection.name.value === name
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet)
      if (seen.has(selection.name.value)) return false
      seen.add(selection.name.value)
      return visit(info.fragments[selection.name.value]?.selectionSet)
    })
  return info.fieldNodes.some((node) => visit(node.selectionSet))
}
