// Load real newspaper files into a test database through @broadsheet/db's seed: the same parser, ingest and
// transactions as `npm run seed`.
import { type PrismaClient, seed } from '@broadsheet/db'

/** Seed `paths` (files or directories); any file that fails to load fails the caller. */
export async function loadArchive(
  prisma: PrismaClient,
  paths: readonly string[],
): Promise<{ articles: number }> {
  if (paths.length === 0) return { articles: 0 }
  const report = await seed(prisma, [...paths])
  if (report.failures.length > 0) {
    const failures = report.failures.map((f) => `${f.file}:${f.line} ${f.reason}`).join('\n')
    throw new Error(`${report.failures.length} of ${report.files} files failed to load:\n${failures}`)
  }
  return { articles: report.articles }
}
