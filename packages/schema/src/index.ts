// Public entry point of @broadsheet/schema: the executable schema and the request context.
import { lexicographicSortSchema } from 'graphql'
import { builder } from './builder.ts'
import './types/scalars.ts'
import './types/issue.ts'
import './types/article.ts'
import './types/entity.ts'
import './types/search.ts'
import './types/terms-over-time.ts'
import './types/keyword-in-context.ts'
import './types/calendar.ts'
import './types/stats.ts'
import './types/ingest.ts'

builder.queryType({})

/** The Broadsheet GraphQL schema. */
export const schema = lexicographicSortSchema(builder.toSchema())

export {
  bearerToken,
  createContext,
  defaultWebUrl,
  routeByPrice,
  tokenMatches,
  type Context,
} from './context.ts'
export { badUserInput, clientErrorCode, clientErrorDetails, forbidden, isClientError } from './errors.ts'
export { citeArticle, type CitableArticle, type CitationStyle } from './citation.ts'
export { articlePermalink, decodeEntityId } from './types/article.ts'
export { queryLimitErrors } from './query-limits.ts'
export { admitOperation, costs, type Admission } from './admission.ts'
export { articleGlobalId, decodeGlobalID, encodeGlobalID } from './global-ids.ts'
export { limits, argumentCaps, maxPageSize, defaultPageSize } from './limits.ts'
