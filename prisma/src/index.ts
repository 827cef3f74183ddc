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
export { resolvePublicId, type ResolvedPublicId } from './resolve-public-id.ts'
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
export { highlight, normalizeForSearch } from './search/highlight.ts'
export {
  seed,
  defaultSeedPaths,
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
