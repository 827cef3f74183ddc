// Run a search and reshape it for the results page: hits with their snippets' parts, facets with labels.
import { EntityNameQuery, SearchQuery } from '../graphql/search-query.ts'
import { isBadInput, request } from './api.ts'
import { toArticleSummary, type ArticleSummary } from './article-summary.ts'
import { formatMonth } from './dates.ts'
import { kindLabel } from './labels.ts'
import { dateRange, type SearchState } from './search-params.ts'

export const searchPageSize = 20

export interface SearchHit {
  article: ArticleSummary
  score: number
  snippets: { text: string; hit: boolean }[][]
}

export interface FacetValue {
  value: string
  label: string
  count: number
}

export interface SearchResults {
  totalCount: number
  hits: SearchHit[]
  startCursor: string | null
  endCursor: string | null
  hasPreviousPage: boolean
  hasNextPage: boolean
  facets: { kind: FacetValue[]; month: FacetValue[]; entity: FacetValue[] }
  /** The filtered entity's name, or null when the filter names no entity in the archive. */
  entityName: string | null
}

/**
 * Search the archive as `state` says, best match or newest first. A malformed cursor or entity id gives no results
 * rather than an error.
 */
export async function searchArticles(state: SearchState): Promise<SearchResults> {
  const { dateFrom, dateTo } = dateRange(state)
  const filter = {
    ...(state.kind ? { kind: state.kind } : {}),
    ...(state.entity ? { entityIds: [state.entity] } : {}),
    ...(dateFrom ? { dateFrom } : {}),
    ...(dateTo ? { dateTo } : {}),
  }
  const window = state.before
    ? { last: searchPageSize, before: state.before }
    : { first: searchPageSize, after: state.after }
  let data
  try {
    data = await request(SearchQuery, {
      query: state.q,
      filter,
      orderBy: state.sort === 'date' ? 'DATE' : 'RELEVANCE',
      ...window,
    })
  } catch (error) {
    if (isBadInput(error)) return emptyResults()
    throw error
  }
  const search = data.search
  const hits = search.edges.map((edge) => ({
    article: toArticleSummary(edge.node),
    score: edge.score,
    snippets: edge.highlights.map((parts) => parts.map(({ text, hit }) => ({ text, hit }))),
  }))
  const entityFacets = search.facets.entity.map((f) => ({
    value: f.entity.id,
    label: f.entity.name,
    count: f.count,
  }))
  const entityName = state.entity
    ? (entityFacets.find((f) => f.value === state.entity)?.label ?? (await findEntityName(state.entity)))
    : null
  return {
    totalCount: search.totalCount,
    hits,
    startCursor: search.pageInfo.startCursor ?? null,
    endCursor: search.pageInfo.endCursor ?? null,
    hasPreviousPage: search.pageInfo.hasPreviousPage,
    hasNextPage: search.pageInfo.hasNextPage,
    facets: {
      kind: search.facets.kind.map((f) => ({ value: f.value, label: kindLabel(f.value).zh, count: f.count })),
      month: search.facets.month
        .map((f) => ({ value: f.value.slice(0, 7), label: formatMonth(f.value), count: f.count }))
        .sort((a, b) => a.value.localeCompare(b.value)),
      entity: entityFacets,
    },
    entityName,
  }
}

async function findEntityName(id: string): Promise<string | null> {
  try {
    const data = await request(EntityNameQuery, { id })
    return data.node && 'name' in data.node ? data.node.name : null
  } catch (error) {
    if (isBadInput(error)) return null
    throw error
  }
}

function emptyResults(): SearchResults {
  return {
    totalCount: 0,
    hits: [],
    startCursor: null,
    endCursor: null,
    hasPreviousPage: false,
    hasNextPage: false,
    facets: { kind: [], month: [], entity: [] },
    entityName: null,
  }
}
