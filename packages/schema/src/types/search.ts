// Full-text search: a connection of articles whose edges carry a score and highlights, plus facets.
// The hits come from @broadsheet/db's searchArticles: a Chinese bigram index whose results equal LIKE '%q%'.
import { SearchError, type SearchFilter, type SearchResult, searchArticles } from '@broadsheet/db'
import { queryFromInfo } from '@pothos/plugin-prisma'
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql'
import { builder } from '../builder.ts'
import { badUserInput } from '../errors.ts'
import { defaultPageSize, pageSize } from '../limits.ts'
import { Article, ArticleFilter, decodeEntityId } from './article.ts'
import { Entity } from './entity.ts'
import { dateRange } from './scalars.ts'

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
        resolve: (query, bucket, _args, ctx) =>
          ctx.prisma.entity.findUniqueOrThrow({ ...query, where: { id: bucket.entityId } }),
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

interface SearchEdgeShape {
  score: number
  highlights: string[]
}

/** The search package's filter for an ArticleFilter: dates checked, global ids decoded. */
function searchFilter(filter: typeof ArticleFilter.$inferInput | null | undefined): SearchFilter | null {
  if (!filter) return null
  dateRange(filter.dateFrom, filter.dateTo)
  return {
    dateFrom: filter.dateFrom,
    dateTo: filter.dateTo,
    date: filter.date,
    publication: filter.publication,
    page: filter.page,
    kind: filter.kind,
    entityIds: filter.entityIds?.map((id) => decodeEntityId(String(id))),
    agency: filter.agency,
  }
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: Article,
      description:
        "Articles containing `query` in a kicker, title, subtitle or paragraph, exactly as LIKE '%query%'.",
      args: {
        query: t.arg.string({ required: true }),
        filter: t.arg({ type: ArticleFilter, required: false }),
        orderBy: t.arg({ type: SearchOrder, required: false, defaultValue: 'RELEVANCE' }),
      },
      resolve: async (_root, args, ctx, info) => {
        const query = args.query.trim()
        if (!query) throw badUserInput('query must not be empty')
        if (args.last != null || args.before != null)
          throw badUserInput('search pages forward only: use first/after')
        let result: SearchResult
        try {
          result = await searchArticles(ctx.prisma, {
            query,
            filter: searchFilter(args.filter),
            first: pageSize(args.first, defaultPageSize),
            after: args.after,
            orderBy: args.orderBy === 'DATE' ? 'date' : 'relevance',
            facets: selects(info, 'facets'),
          })
        } catch (error) {
          if (error instanceof SearchError) throw badUserInput(error.message)
          throw error
        }
        const rows = await ctx.prisma.article.findMany({
          ...queryFromInfo({
            context: ctx,
            info,
            path: ['edges', 'node'],
            select: { id: true, publicId: true },
          }),
          where: { id: { in: result.hits.map((hit) => hit.articleId) } },
        })
        const byId = new Map(rows.map((row) => [row.id, row]))
        const edges = result.hits.flatMap((hit) => {
          const node = byId.get(hit.articleId)
          return node ? [{ cursor: hit.cursor, node, score: hit.score, highlights: hit.highlights }] : []
        })
        return {
          edges,
          pageInfo: {
            hasPreviousPage: args.after != null,
            hasNextPage: result.hasNextPage,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: result.endCursor,
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
          description:
            'Up to three snippets, title first: HTML-escaped text with each hit in `<mark>…</mark>`.',
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
