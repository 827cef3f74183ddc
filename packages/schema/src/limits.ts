// The limits every request runs under, shared by the schema and the server that enforces them.
import {
  DEFAULT_PAGE_SIZE,
  MAX_ENTITY_QUERY,
  MAX_FILTER_ENTITIES,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
} from '@broadsheet/db'

/** Largest `first` or `last` any list serves. */
export const maxPageSize = MAX_PAGE_SIZE
/** Page size when neither `first` nor `last` is given. */
export const defaultPageSize = DEFAULT_PAGE_SIZE

export const limits = {
  /** Deepest selection set allowed. */
  depth: 12,
  /** Cost budget: see cost.ts for what each field costs. */
  complexity: 100_000,
  /** Total number of fields selected. */
  breadth: 1_000,
  /** Aliased fields per document. */
  aliases: 30,
  /** Tokens the parser reads before giving up. */
  tokens: 5_000,
} as const

/** Caps on list and text arguments, each checked before any SQL runs. */
export const argumentCaps = {
  /** `ArticleFilter.entityIds`: entities an article must all mention. */
  filterEntityIds: MAX_FILTER_ENTITIES,
  /** `nodes(ids:)`: ids looked up at once. */
  nodeIds: MAX_PAGE_SIZE,
  /** `search(query:)`, in characters. */
  searchQuery: MAX_QUERY_LENGTH,
  /** `entities(query:)`, in characters. */
  entityQuery: MAX_ENTITY_QUERY,
} as const
