// The entity directory: a page of entities of a type or matching a name, with their counts.
import { EntitiesQuery } from '../graphql/entities-query.ts'
import { isBadInput, request } from './api.ts'
import { entityTypes, type EntityType } from './labels.ts'

export const directoryPageSize = 50

export interface DirectoryState {
  type: EntityType | null
  name: string
  sort: 'articles' | 'name'
  after: string | null
  before: string | null
  page: number
}

export interface DirectoryView {
  totalCount: number
  entities: {
    id: string
    name: string
    type: string
    aliases: string[]
    articleCount: number
    mentionCount: number
  }[]
  startCursor: string | null
  endCursor: string | null
  hasPreviousPage: boolean
  hasNextPage: boolean
}

type RawParams = Record<string, string | string[] | undefined>

export function readDirectoryState(params: RawParams): DirectoryState {
  const one = (key: string) => ([] as string[]).concat(params[key] ?? [])[0]?.trim() || null
  const type = one('type')
  const page = Number(one('page') ?? '1')
  return {
    type: type && (entityTypes as readonly string[]).includes(type) ? (type as EntityType) : null,
    name: (one('name') ?? '').slice(0, 50),
    sort: one('sort') === 'name' ? 'name' : 'articles',
    after: one('after'),
    before: one('after') ? null : one('before'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** `/entities?…` for `state` with `changes`; any change but paging goes back to the first page. */
export function directoryHref(state: DirectoryState, changes: Partial<DirectoryState> = {}): string {
  const paging = 'after' in changes || 'before' in changes || 'page' in changes
  const next = { ...state, ...(paging ? {} : { after: null, before: null, page: 1 }), ...changes }
  const params = new URLSearchParams()
  if (next.type) params.set('type', next.type)
  if (next.name) params.set('name', next.name)
  if (next.sort !== 'articles') params.set('sort', next.sort)
  if (next.after) params.set('after', next.after)
  if (next.before) params.set('before', next.before)
  if (next.page > 1) params.set('page', String(next.page))
  const search = params.toString()
  return `/entities${search ? `?${search}` : ''}`
}

export async function getDirectory(state: DirectoryState): Promise<DirectoryView> {
  const window = state.before
    ? { last: directoryPageSize, before: state.before }
    : { first: directoryPageSize, after: state.after }
  let data
  try {
    data = await request(EntitiesQuery, {
      type: state.type,
      query: state.name || null,
      orderBy: state.sort === 'name' ? 'NAME' : 'ARTICLES',
      ...window,
    })
  } catch (error) {
    if (isBadInput(error))
      return {
        totalCount: 0,
        entities: [],
        startCursor: null,
        endCursor: null,
        hasPreviousPage: false,
        hasNextPage: false,
      }
    throw error
  }
  const { entities } = data
  return {
    totalCount: entities.totalCount,
    entities: entities.edges.map(({ node }) => ({ ...node, aliases: [...node.aliases] })),
    startCursor: entities.pageInfo.startCursor ?? null,
    endCursor: entities.pageInfo.endCursor ?? null,
    hasPreviousPage: entities.pageInfo.hasPreviousPage,
    hasNextPage: entities.pageInfo.hasNextPage,
  }
}
