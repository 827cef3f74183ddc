// npm run bench -w @broadsheet/db: load ../shared into a fresh database, compare write paths, time search.
import { benchSearch } from './search.bench.ts'
import { benchSeed, benchWritePaths } from './seed.bench.ts'
import { createTestDatabase } from '../src/test-database.ts'

const db = await createTestDatabase()
try {
  await benchSeed(db)
  const articles = await db.prisma.article.count()
  await benchSearch(db)
  await benchWritePaths('2020-01/20200102', articles)
} finally {
  await db.stop()
}
process.exit(0)
