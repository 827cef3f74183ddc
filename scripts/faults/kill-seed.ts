// `npm run fault:seed`: kill the seed (SIGKILL) mid-run, run it again, and check that the archive holds every page
// exactly once and whole: no duplicates, no partial pages, and entity counts that match the mentions.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createPrismaClient, createTestDatabase } from '@broadsheet/db'
import { repoRoot } from '../lib/archive-harness.ts'

const corpus = [
  path.join(repoRoot, '..', 'shared', 'pages'),
  path.join(repoRoot, '..', 'shared', 'corpus', 'epaper', '2020-01'),
]
const database = await createTestDatabase()
const prisma = createPrismaClient(database.url)

function runSeed(killWhenArticles?: number): Promise<{ code: number | null; signal: string | null }> {
  const child = spawn('npm', ['run', 'seed', '--silent', '--', ...corpus], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  let timer: NodeJS.Timeout | undefined
  if (killWhenArticles !== undefined) {
    timer = setInterval(async () => {
      const count = await prisma.article.count()
      if (count >= killWhenArticles) {
        clearInterval(timer)
        console.log(`${count} articles written: SIGKILL to the seed`)
        process.kill(-child.pid!, 'SIGKILL')
      }
    }, 100)
  }
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearInterval(timer)
      resolve({ code, signal })
    }),
  )
}

const killed = await runSeed(500)
console.log(
  `first run ended by ${killed.signal ?? `exit ${killed.code}`} with ${await prisma.article.count()} articles`,
)
const second = await runSeed()
const afterSecond = await prisma.article.count()
console.log(`second run exited ${second.code} with ${afterSecond} articles`)
const third = await runSeed()
const total = await prisma.article.count()
console.log(`third run exited ${third.code} with ${total} articles`)

const [duplicates, emptyArticles, orphanParagraphs, countDrift, perFile] = await Promise.all([
  prisma.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM (SELECT "sourceFile", "sourceFirstLine" FROM "Article"
    GROUP BY 1, 2 HAVING count(*) > 1) d`,
  prisma.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "Section" s WHERE s."articleId" = a.id)`,
  prisma.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM "Paragraph" p WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a.id = p."articleId")`,
  prisma.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM "Entity" e
    WHERE e."mentionCount" <> (SELECT count(*) FROM "Mention" m WHERE m."entityId" = e.id)`,
  prisma.$queryRaw<Array<{ files: bigint }>>`SELECT count(DISTINCT "sourceFile") AS files FROM "Article"`,
])
await prisma.$disconnect()
await database.stop()

const problems = [
  second.code !== 0 && `the second run exited ${second.code}`,
  total !== afterSecond && `the third run changed the article count from ${afterSecond} to ${total}`,
  Number(duplicates[0]!.n) > 0 && `${duplicates[0]!.n} articles stored twice`,
  Number(emptyArticles[0]!.n) > 0 && `${emptyArticles[0]!.n} articles without sections (partial pages)`,
  Number(orphanParagraphs[0]!.n) > 0 && `${orphanParagraphs[0]!.n} paragraphs without an article`,
  Number(countDrift[0]!.n) > 0 &&
    `${countDrift[0]!.n} entities whose mentionCount disagrees with their mentions`,
].filter(Boolean)
console.log(
  `${total} articles from ${perFile[0]!.files} files after the re-runs; the third run added nothing`,
)
if (problems.length > 0) {
  console.error(`FAILED: ${problems.join('; ')}`)
  process.exit(1)
}
console.log('PASSED: after a killed seed, the next run completed with no duplicates and no partial pages.')
