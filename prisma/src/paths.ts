// Where the package's files live on disk: the schema, the migrations, the repo's data directory.
import { fileURLToPath } from 'node:url'

/** `prisma/`, the package root. */
export const packageDir = fileURLToPath(new URL('..', import.meta.url))
/** The repository root, one level above `prisma/`. */
export const repoDir = fileURLToPath(new URL('../..', import.meta.url))
export const schemaPath = fileURLToPath(new URL('../schema.prisma', import.meta.url))
export const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url))
