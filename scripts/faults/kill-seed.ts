// `npm run fault:seed`: kill the seed (SIGKILL) mid-run, run it again, and check that the archive then holds exactly
// what one uninterrupted seed of the same files holds: no duplicates, no partial pages, no drifted entity counts.
import { spawn } from 'node:child_process'
import { createPrismaClient, createTestDatabase, type PrismaClient } from '@broadsheet/db'
import { sharedPath } from '@broadsheet/shared-data'
import { repoRoot } from '../lib/archive-harness.ts'

const corpus = [sharedPath('pages'), sharedPath('corpus/epaper/2020-01')]

function runSeed(url: string, killAfter?: { prisma: PrismaClient; articles: number }) {
  const child = spawn('npm', ['run', 'seed', '--silent', '--', ...corpus], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'ignore'],
    detached: true,
  })
  let timer: NodeJS.Timeout | undefined
  if (killAfter) {
    timer = setInterval(async () => {
      const count = await killAfter.prisma.article.count()
      if (count >= killAfter.articles && child.exitCode === null) {
        clearInterval(timer)
        console.log(`${count} articles written: SIGKILL to the seed and its workers`)
        process.kill(-child.pid!, 'SIGKILL')
      }
    }, 100)
  }
  return new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      clearInterval(timer)
      resolve({ code, signal })
    }),
  )
}

/** What the archive holds, table by table, plus checks that must be zero in any consistent archive. */
async function census(prisma: PrismaClient) {
  const [row] = await prisma.$queryRaw<Array<Record<string, bigint>>>`
    SELECT
      (SELECT count(*) FROM "Article") AS articles,
      (SELECT count(*) FROM "Byline") AS bylines,
      (SELECT count(*) FROM "Section") AS sections,
      (SELECT count(*) FROM "Paragraph") AS paragraphs,
      (SELECT count(*) FROM "Mention") AS mentions,
      (SELECT count(*) FROM "ArticleEntity") AS "articleEntities",
      (SELECT count(*) FROM "Entity" WHERE "mentionCount" > 0) AS entities,
      (SELECT count(*) FROM (SELECT 1 FROM "Article" GROUP BY "sourceFile", "sourceFirstLine" HAVING count(*) > 1) d)
        AS "duplicateArticles",
      (SELECT count(*) FROM "Entity" e
        WHERE e."mentionCount" <> (SELECT count(*) FROM "Mention" m WHERE m."entityId" = e.id)) AS "driftedCounts",
      (SELECT count(*) FROM "ArticleEntity" x
        WHERE x.mentions <> (SELECT count(*) FROM "Mention" m
                             WHERE m."articleId" = x."articleId" AND m."entityId" = x."entityId"))
        AS "driftedArticleEntities",
      (SELECT count(*) FROM "ArticleHash" h FULL JOIN "Article" a ON a.id = h."articleId"
        AND a."contentHash" = h."contentHash" WHERE h."articleId" IS NULL OR a.id IS NULL) AS "strayHashes"`
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]))
}

const clean = await createTestDatabase()
const cleanPrisma = createPrismaClient(clean.url)
console.log('An uninterrupted seed, for reference…')
await runSeed(clean.url)
const expected = await census(cleanPrisma)

const crashed = await createTestDatabase()
const prisma = createPrismaClient(crashed.url)
const killed = await runSeed(crashed.url, { prisma, articles: 500 })
console.log(
  `first run ended by ${killed.signal ?? `exit ${killed.code}`} with ${await prisma.article.count()} articles`,
)
const second = await runSeed(crashed.url)
const afterSecond = await census(prisma)
const third = await runSeed(crashed.url)
const afterThird = await census(prisma)

await Promise.all([prisma.$disconnect(), cleanPrisma.$disconnect()])
await Promise.all([crashed.stop(), clean.stop()])

console.log('\n                       uninterrupted  killed, then re-run  and once more')
for (const key of Object.keys(expected))
  console.log(
    `${key.padEnd(22)} ${String(expected[key]).padStart(13)}  ${String(afterSecond[key]).padStart(19)}  ${String(afterThird[key]).padStart(13)}`,
  )
const problems = [
  second.code !== 0 && `the re-run exited ${second.code}`,
  third.code !== 0 && `the third run exited ${third.code}`,
  ...Object.keys(expected).flatMap((key) =>
    afterSecond[key] !== expected[key] || afterThird[key] !== expected[key]
      ? [`${key}: ${afterSecond[key]} / ${afterThird[key]} where an uninterrupted seed has ${expected[key]}`]
      : [],
  ),
  expected.duplicateArticles !== 0 && 'the uninterrupted seed itself stored duplicates',
  expected.driftedCounts !== 0 && 'the uninterrupted seed itself has drifted entity counts',
  expected.driftedArticleEntities !== 0 && 'the uninterrupted seed itself has drifted ArticleEntity counts',
  expected.strayHashes !== 0 && 'the uninterrupted seed itself has content hashes without their article',
].filter(Boolean)
if (problems.length > 0) {
  console.error(`FAILED:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log('PASSED: after a killed seed, the next run completed with no duplicates and no partial pages.')
