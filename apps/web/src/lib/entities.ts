// Read an entity for its page: facts, a timeline in the chosen range, its articles, and who it appears with.
import { CoOccurringQuery, EntityQuery } from '../graphql/entity-query.ts'
import { isBadInput, request } from './api.ts'
import { toArticleSummary, type ArticleSummary } from './article-summary.ts'
import { toTimelineBars, type Granularity, type TimelineBar } from './timeline.ts'

export interface EntityRef {
  id: string
  name: string
  type: string
}

export interface EntityView extends EntityRef {
  aliases: string[]
  mentionCount: number
  parent: EntityRef | null
  timeline: TimelineBar[]
  articles: {
    totalCount: number
    items: ArticleSummary[]
    startCursor: string | null
    endCursor: string | null
    hasPreviousPage: boolean
    hasNextPage: boolean
  }
}

export interface EntityPageOptions {
  granularity: Granularity
  dateFrom: string | null
  dateTo: string | null
  after: string | null
  before: string | null
  pageSize: number
}

/** The entity with global id `id` for the given range and page of articles, or null when there is none. */
export async function getEntity(id: string, options: EntityPageOptions): Promise<EntityView | null> {
  let data
  try {
    data = await request(EntityQuery, {
      id,
      granularity: options.granularity,
      dateFrom: options.dateFrom,
      dateTo: options.dateTo,
      ...(options.before
        ? { last: options.pageSize, before: options.before }
        : { first: options.pageSize, after: options.after }),
    })
  } catch (error) {
    if (isBadInput(error)) return null
    throw error
  }
  const entity = data.entity
  if (!entity) return null
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases.filter((alias) => alias !== entity.name),
    mentionCount: entity.mentionCount,
    parent: entity.parent ?? null,
    timeline: toTimelineBars(entity.timeline, options.granularity),
    articles: {
      totalCount: entity.articles.totalCount,
      items: entity.articles.edges.map((edge) => toArticleSummary(edge.node)),
      startCursor: entity.articles.pageInfo.startCursor ?? null,
      endCursor: entity.articles.pageInfo.endCursor ?? null,
      hasPreviousPage: entity.articles.pageInfo.hasPreviousPage,
      hasNextPage: entity.articles.pageInfo.hasNextPage,
    },
  }
}

/** The entities most often mentioned in the same articles as `id`, with how many articles they share. */
export interface CoOccurrence {
  /** The entity itself first (its count: its articles), then its neighbours (their count: shared articles). */
  nodes: { entity: EntityRef; count: number }[]
  /** Pairs of nodes (by id) and the articles they share. */
  edges: { source: string; target: string; count: number }[]
}

/** The entities that share the most articles with `id`, and the links among them. */
export async function getCoOccurring(id: string, first = 12): Promise<CoOccurrence> {
  const data = await request(CoOccurringQuery, { id, first })
  const network = data.entity?.coOccurrenceNetwork
  return {
    nodes: network?.nodes.map((node) => ({ entity: node.entity, count: node.count })) ?? [],
    edges: network?.edges.map((edge) => ({ ...edge })) ?? [],
  }
}
