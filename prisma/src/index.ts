// Public entry point of @broadsheet/db: the Prisma client and types, database start-up, ingest, search and seed.
export * from '../generated/prisma/client.ts'
export { createPrismaClient, type PrismaClientOptions } from './client.ts'
export { startDatabase, type RunningDatabase, type StartDatabaseOptions } from './start-database.ts'
export { applyMigrations } from './apply-migrations.ts'
export { createTestDatabase, type TestDatabase } from './test-database.ts'
