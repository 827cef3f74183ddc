// Public entry point of @broadsheet/db: the Prisma client and types, database start-up, ingest, search and seed.
export * from '../generated/prisma/client.ts'
export { createPrismaClient, type PrismaClientOptions } from './client.ts'
export {
  startDatabase,
  ARCHIVE_SHARED_BUFFERS,
  type RunningDatabase,
  type StartDatabaseOptions,
} from './start-database.ts'
export { applyMigrations } from './apply-migrations.ts'
export {
  startEmbeddedPostgres,
  type EmbeddedServer,
  type EmbeddedPostgresOptions,
} from './embedded-postgres.ts'
export { createTestDatabase, type TestDatabase } from './test-database.ts'
export {
  ingestParsedPage,
  ingestParsedPages,
  type IngestResult,
  type IngestUnit,
  type IngestOptions,
} from './ingest/ingest-parsed-page.ts'
export { IngestError } from './ingest/ingest-error.ts'
export { UNKNOWN_PUBLICATION, type IngestSource } from './ingest/ingest-source.ts'
export { validateParsedPage } from './ingest/validate-parsed-page.ts'
export { describeEntity, type EntityDescription } from './ingest/describe-entity.ts'
export {
  searchArticles,
  SearchError,
  type SearchOptions,
  type SearchFilter,
  type SearchResult,
  type SearchHit,
  type FacetBucket,
  type EntityFacetBucket,
} from './search/search-articles.ts'
export { highlight, findHits } from './search/highlight.ts'
export { normalizeForSearch, normalizeWithOffsets, type NormalizedText } from './search/normalize-text.ts'
export { toSimplified } from './search/convert-traditional.ts'
export {
  parseQuery,
  positiveTerms,
  formatQuery,
  QueryError,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  type ParsedQuery,
  type QueryTerm,
  type QueryProblem,
} from './search/parse-query.ts'
export {
  termsOverTime,
  MAX_SERIES,
  type SeriesInput,
  type TermsOverTime,
  type TermsOverTimeOptions,
  type PeriodCount,
} from './search/terms-over-time.ts'
export {
  keywordInContext,
  MAX_KWIC_TEXTS,
  type KwicLine,
  type KwicField,
  type KwicSort,
  type KwicOptions,
  type KwicResult,
} from './search/keyword-in-context.ts'
export { streamArticles, type ExportedArticle, type StreamArticlesOptions } from './export/stream-articles.ts'
export {
  issueYears,
  issueMonths,
  type CalendarYear,
  type CalendarMonth,
  type CalendarDay,
} from './browse/issue-calendar.ts'
export { adjacentIssues } from './browse/adjacent-issues.ts'
export { coOccurrenceNetwork, type CoOccurrenceNetwork } from './browse/co-occurrence-network.ts'
export {
  seed,
  defaultSeedPaths,
  demoSeedPaths,
  type SeedOptions,
  type SeedProgress,
  type SeedReport,
  type SeedFailure,
} from './seed/seed.ts'
export { createProgressReporter } from './seed/progress.ts'
