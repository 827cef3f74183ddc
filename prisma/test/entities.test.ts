// Specification of the archive's entity curation on real pages: verdicts applied and kept, counts in step, and
// new pages meeting the archive's decisions.
import { readFileSync } from 'node:fs'
import { parsePage } from '@broadsheet/parser'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  createTestDatabase,
  curateEntities,
  ingestParsedPages,
  type IngestUnit,
  type TestDatabase,
} from '../src/index.ts'
import { pkuPage } from '../src/seed/pku-page.ts'

function eedition(name: string): IngestUnit {
  const [, y, m, d, page, position] = /^(\d{4})(\d{2})(\d{2})-(\d{2})-(\d{2})$/.exec(name)!
  const file = `corpus/epaper/${y}-${m}/${y}${m}${d}/${name}.txt`
  const text = readFileSync(sharedPath(file), 'utf8')
  const parsed = parsePage(text, {
    date: `${y}-${m}-${d}`,
    page: Number(page),
    publication: '人民日报',
    format: 'eedition',
  })
  return { parsed, source: { file, text, position: Number(position) - 1 } }
}

// The first pages of the 1998 corpus: their gold mentions teach the check what stands beside names.
function pkuPages(prefix: string): IngestUnit[] {
  const lines = readFileSync(sharedPath('corpus/pku1998/199801-01-27.txt'), 'utf8').split(/\r?\n/)
  const pages = new Map<string, string[]>()
  lines.forEach((line) => {
    const id = /^(\d{8}-\d{2})-/.exec(line)?.[1]
    if (id?.startsWith(prefix)) pages.set(id, [...(pages.get(id) ?? []), line])
  })
  return [...pages.values()].map((page) => {
    const text = page.join('\n')
    const { parsed, positions } = pkuPage(text, 1, '人民日报')
    return {
      parsed,
      source: { file: `pku/${page[0]!.slice(0, 11)}`, text, format: 'PKU', mentionSource: 'GOLD', positions },
    }
  })
}

async function countMismatches() {
  return db.prisma.$queryRaw<{ key: string }[]>`
    SELECT e.key FROM "Entity" e
    LEFT JOIN (SELECT "entityId", count(*)::int AS m, count(DISTINCT "articleId")::int AS a FROM "Mention" GROUP BY 1) t
      ON t."entityId" = e.id
    WHERE e."mentionCount" <> coalesce(t.m, 0) OR e."articleCount" <> coalesce(t.a, 0)
    UNION ALL
    SELECT 'ArticleEntity ' || coalesce(x."articleId", t."articleId") FROM "ArticleEntity" x
    FULL JOIN (SELECT "articleId", "entityId", count(*)::int AS m FROM "Mention" GROUP BY 1, 2) t
      ON t."articleId" = x."articleId" AND t."entityId" = x."entityId"
    WHERE x.mentions IS DISTINCT FROM t.m`
}

let db: TestDatabase
beforeAll(async () => {
  if (!hasShared) return
  db = await createTestDatabase()
  const days = ['20200101', '20200102']
  const units = days.flatMap((day) =>
    [1, 2, 3, 4].flatMap((page) =>
      [1, 2, 3, 4, 5, 6].flatMap((n) => {
        const name = `${day}-${String(page).padStart(2, '0')}-${String(n).padStart(2, '0')}`
        try {
          return [eedition(name)]
        } catch {
          return []
        }
      }),
    ),
  )
  await ingestParsedPages(db.prisma, [...pkuPages('19980101'), ...units])
})
afterAll(() => db?.stop())

describe.skipIf(!hasShared)('curateEntities', () => {
  const corrections = [
    { key: 'PERSON:邹伟', text: '', into: null, why: 'a test: the editor drops this reporter' },
    { key: 'PERSON:吴刚', text: '', into: null, why: 'a test: a reporter no page names yet' },
  ]

  test('leaves no name of one character, keeps the counts in step, and records why', async () => {
    const report = await curateEntities(db.prisma, { corrections })
    expect(report.rejected + report.merged).toBeGreaterThan(0)
    const single = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Entity" WHERE char_length(name) = 1 AND "mentionCount" > 0`
    expect(single[0]!.n).toBe(0)
    expect(await countMismatches()).toEqual([])
    const verdicts = await db.prisma.entityVerdict.findMany()
    expect(verdicts.every((v) => v.reason.length > 0)).toBe(true)
  })

  test('applies the editors’ corrections, those of keys the archive holds and the rest for later', async () => {
    expect(await db.prisma.entity.findUnique({ where: { key: 'PERSON:邹伟' } })).toBeNull()
    const stored = await db.prisma.entityVerdict.findMany({
      where: { source: 'HAND' },
      orderBy: { key: 'asc' },
    })
    expect(stored.map((v) => [v.key, v.target])).toEqual([
      ['PERSON:吴刚', null],
      ['PERSON:邹伟', null],
    ])
  })

  test('finds nothing new the second time, and a page ingested later meets the verdicts', async () => {
    const again = await curateEntities(db.prisma, { corrections })
    expect(again.verdicts).toEqual([])
    // 20200103-03-05: 本报北京1月2日电（记者吴刚）, whose reporter the editor dropped before the page came.
    await ingestParsedPages(db.prisma, [eedition('20200103-03-05')])
    expect(await db.prisma.entity.findUnique({ where: { key: 'PERSON:吴刚' } })).toBeNull()
    expect(await countMismatches()).toEqual([])
  })
})
