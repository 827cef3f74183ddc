// Apply the committed migrations in prisma/migrations with Prisma's own schema engine (WebAssembly build).
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { MigrationList } from '@prisma/schema-engine-wasm'
import { migrationsDir, schemaPath } from './paths.ts'
import { openSchemaEngine } from './schema-engine.ts'

/** The migrations directory as the schema engine reads it: every `<name>/migration.sql`, in name order. */
export async function readMigrationList(dir: string = migrationsDir): Promise<MigrationList> {
  const lockPath = path.join(dir, 'migration_lock.toml')
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : []
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: unknown) => ({ tag: 'error' as const, value: String(error) }),
        ),
      },
    })),
  )
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories,
  }
}

/**
 * Apply every migration not yet applied to the database at `url`, recording each in `_prisma_migrations`
 * exactly as `prisma migrate deploy` does (it is the same engine), so the CLI can take over elsewhere.
 * Returns the names of the migrations it applied.
 *
 * @example await applyMigrations('postgresql://postgres:postgres@127.0.0.1:54329/broadsheet')
 */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrationsList = await readMigrationList()
  const engine = await openSchemaEngine(url, {
    path: schemaPath,
    content: await readFile(schemaPath, 'utf8'),
  })
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: { externalTables: [], externalEnums: [] },
    })
    return appliedMigrationNames
  } catch (error) {
    throw new Error(
      `Applying the migrations in ${migrationsDir} to ${redact(url)} failed: ${describe(error)}`,
    )
  } finally {
    engine.free()
  }
}

/** A connection URL with its password replaced, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error)
}
