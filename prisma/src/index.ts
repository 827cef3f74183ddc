// Public entry point of @broadsheet/db: the Prisma client and types, database start-up, every read and write the
// archive makes (ingest, search, lists, counts), and the seed.
export * from '../generated/prisma/client.ts'
export { createPrismaClient, type PrismaClientOptions } from './client.ts'
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
  countArticles,
  readArticles,
  findArticle,
  relatedArticleIds,
  type ArticleQuery,
  type IdPage,
} from './read/articles.ts'
export {
  findEntities,
  countEntities,
  findEntity,
  readEntities,
  pageEntityArticles,
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
export { ingestPdf, pdfUnits, type PdfIngestResult } from './ingest/ingest-pdf.ts'
export { readSourcePdf, parsePdfSourceFile, pdfSourceFile, sha256Of } from './ingest/source-pdf.ts'
export { validateParsedPage } from './ingest/validate-parsed-page.ts'
export { describeEntity, type EntityDescription } from './ingest/describe-entity.ts'
export { resolveArticleId, isRowNumber, type ResolvedArticleId } from './read/article-ids.ts'
export { isPublicId, publicId, publicationCode, PUBLIC_ID, type PrintedAt } from './ingest/public-id.ts'
export {
  searchArticles,
  SearchError,
  MAX_QUERY_LENGTH,
  type SearchOptions,
  type SearchFilter,
  type SearchResult,
  type SearchHit,
  type FacetBucket,
  type EntityFacetBucket,
} from './search/search-articles.ts'
export { highlight, normalizeForSearch, type HighlightPart } from './search/highlight.ts'
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
