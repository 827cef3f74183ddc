// Public entry point of @broadsheet/db: the Prisma client and types, database start-up, every read and write the
// archive makes (ingest, search, lists, counts), and the seed.
export * from '../generated/prisma/client.ts'
export { cheapRequestClient, createPrismaClient, type PrismaClientOptions } from './client.ts'
export { InputError } from './input-error.ts'
export { databaseFault, isRetryableConflict, type DatabaseFault } from './database-fault.ts'
export {
  pageWindow,
  encodeCursor,
  decodeCursor,
  rowId,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  type PageArgs,
  type PageWindow,
} from './read/page-window.ts'
export { isDay, dayText, dayBounds } from './read/days.ts'
export {
  articleFilterSql,
  checkArticleFilter,
  MAX_FILTER_ENTITIES,
  type ArticleFilter,
} from './read/article-filter.ts'
export {
  pageArticles,
  pageArticleRows,
  countArticles,
  readArticles,
  findArticle,
  relatedArticleIds,
  RELATED_ENTITIES,
  RELATED_PER_ENTITY_SIDE,
  type ArticleQuery,
  type IdPage,
  type RowPage,
} from './read/articles.ts'
export {
  findEntities,
  countEntities,
  findEntity,
  readEntities,
  pageEntityArticles,
  pageEntityArticleRows,
  countEntityArticles,
  entityTimelines,
  coOccurringEntities,
  topEntities,
  escapeLike,
  MAX_ENTITY_QUERY,
  type EntityQuery,
  type EntityListFilter,
  type DayRange,
  type TimelinePoint,
} from './read/entities.ts'
export {
  readNested,
  nestedStatement,
  nestedRow,
  type ModelName,
  type NestedReadArgs,
} from './read/nested-read.ts'
export { relationQueries, mentionedEntitiesSelection, mentionedEntities } from './read/relation-queries.ts'
export {
  findIssues,
  countIssues,
  findIssue,
  findPublications,
  corpusCounts,
  type IssueListFilter,
  type CorpusCounts,
} from './read/issues.ts'
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
  planPage,
  storePagePlans,
  type IngestResult,
  type IngestUnit,
  type IngestOptions,
} from './ingest/ingest-parsed-page.ts'
export { IngestError } from './ingest/ingest-error.ts'
export {
  ingestPageText,
  planPageText,
  createPagePlanner,
  type PageText,
  type PagePlanner,
  type PlannedPage,
} from './ingest/ingest-page-text.ts'
export { UNKNOWN_PUBLICATION, type IngestSource, type SourcePdfBytes } from './ingest/ingest-source.ts'
export { ingestPdf, pdfUnits, planPdf, type PdfIngestResult, type PlannedPdf } from './ingest/ingest-pdf.ts'
export { readSourcePdf, parsePdfSourceFile, pdfSourceFile, sha256Of } from './ingest/source-pdf.ts'
export { validateParsedPage } from './ingest/validate-parsed-page.ts'
export { describeEntity, type EntityDescription } from './ingest/describe-entity.ts'
export { resolveArticleId, isRowNumber, type ResolvedArticleId } from './read/article-ids.ts'
export { isPublicId, publicId, publicationCode, PUBLIC_ID, type PrintedAt } from './ingest/public-id.ts'
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
export { highlight, findHits, plainSnippet, type HighlightPart } from './search/highlight.ts'
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
export { adjacentIssues, findAdjacentIssue } from './browse/adjacent-issues.ts'
export {
  coOccurrenceNetwork,
  MAX_NETWORK_NODES,
  type CoOccurrenceNetwork,
} from './browse/co-occurrence-network.ts'
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
export {
  curateEntities,
  applyVerdicts,
  hasPendingCorrections,
  type CurationReport,
  type CurationOptions,
} from './entities/curate-entities.ts'
export {
  readCorrections,
  parseCorrections,
  CORRECTIONS_FILE,
  type Correction,
} from './entities/entity-corrections.ts'
export {
  auditArchive,
  formatAudit,
  type ArchiveAudit,
  type ContinuedStory,
  type TopEntity,
} from './audit/audit-archive.ts'
