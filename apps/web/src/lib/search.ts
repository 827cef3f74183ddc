// Run a search and reshape it for the results page: hits with split snippets, facets with labels.
import { EntitiesByNameQuery } from '../graphql/entity-names-query.ts'
import { SearchQuery } from '../graphql/search-query.ts'
import { isBadInput, request } from './api.ts'
import { toArticleSummary, type ArticleSummary } from './article-summary.ts'
import { formatMonth } from './dates.ts'
import { kindLabel } from './labels.ts'
import { dateRange, type SearchState } from './search-params.ts'
import { splitHighlight } from './segments.ts'

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
  /** False when the entity filter names no entity in the archive (then it is ignored). */
  entityFound: boolean
}

/**
 * Search the archive as `state` says. The API returns matches newest first; `sort: 'relevance'` orders each page by
 * score (the API has no global relevance order yet). A malformed cursor gives no results rather than an error.
 */
export async function searchArticles(state: SearchState): Promise<SearchResults> {
  const { dateFrom, dateTo } = dateRange(state)
  const entityId = state.entity ? await findEntityId(state.entity) : null
  const filter = {
    ...(state.kind ? { kind: state.kind } : {}),
    ...(entityId ? { entityIds: [entityId] } : {}),
    ...(dateFrom ? { dateFrom } : {}),
    ...(dateTo ? { dateTo } : {}),
  }
  const window = state.before
    ? { last: searchPageSize, before: state.before }
    : { first: searchPageSize, after: state.after }
  let data
  try {
    data = await request(SearchQuery, { query: state.q, filter, ...window })
  } catch (error) {
    if (isBadInput(error)) return emptyResults()
    throw error
  }
  const search = data.search
  const hits = search.edges.map((edge) => ({
    article: toArticleSummary(edge.node),
    score: edge.score,
    snippets: edge.highlights.map(splitHighlight),
  }))
  if (state.sort === 'relevance') hits.sort((a, b) => b.score - a.score)
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
      entity: search.facets.entity.map((f) => ({ value: f.value, label: f.value, count: f.count })),
    },
    entityFound: state.entity === null || entityId !== null,
  }
}

/** The id of the most-mentioned entity named exactly `name` (the API's facets name entities, filters want ids). */
async function findEntityId(name: string): Promise<string | null> {
  const data = await request(EntitiesByNameQuery, { name })
  const exact = data.entities.edges.find(({ node }) => node.name === name)
  return exact?.node.id ?? null
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
    entityFound: true,
  }
}
