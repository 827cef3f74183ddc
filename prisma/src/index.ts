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
export { UNKNOWN_PUBLICATION, type IngestSource, type SourcePdfBytes } from './ingest/ingest-source.ts'
export { ingestPdf, pdfUnits, type PdfIngestResult } from './ingest/ingest-pdf.ts'
export { readSourcePdf, parsePdfSourceFile, pdfSourceFile, sha256Of } from './ingest/source-pdf.ts'
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
export { highlight, normalizeForSearch } from './search/highlight.ts'
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
