// npm run bench -w @broadsheet/db: load ../shared into a fresh database, compare write paths, time search.
// `npm run bench -w @broadsheet/db -- write` compares the write paths alone (a minute, not the whole seed).
import { recordBench, type BenchClaim } from '@broadsheet/bench'
import { benchSearch } from './search.bench.ts'
import { benchSeed, benchWritePaths } from './seed.bench.ts'
import { ARCHIVE_SHARED_BUFFERS } from '../src/start-database.ts'
import { createTestDatabase } from '../src/test-database.ts'

let articles = 7417
const claims: BenchClaim[] = []
if (process.argv[2] !== 'write') {
  // Sized as `npm start` sizes the archive's server.
  const db = await createTestDatabase({ sharedBuffers: ARCHIVE_SHARED_BUFFERS })
  try {
    claims.push(...(await benchSeed(db)))
    articles = await db.prisma.article.count()
    claims.push(...(await benchSearch(db)))
  } finally {
    await db.stop()
  }
}
claims.push(
  ...(await benchWritePaths(['2020-01/20200102', '2020-01/20200103', '2020-01/20200104'], articles)),
)
console.log(`\nrecorded in ${recordBench('db', claims)}`)
process.exit(0)
