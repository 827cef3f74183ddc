// Specification of the archive's entity curation on real pages: verdicts applied and kept, counts in step, and
// new pages meeting the archive's decisions.
import { hasShared } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTestDatabase, curateEntities, ingestParsedPages, type TestDatabase } from '../src/index.ts'
import { countMismatches } from './support/count-mismatches.ts'
import { eeditionUnit, pkuUnits } from './support/shared-units.ts'

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
          return [eeditionUnit(name)]
        } catch {
          return []
        }
      }),
    ),
  )
  await ingestParsedPages(db.prisma, [...pkuUnits('19980101'), ...units])
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
    expect(await countMismatches(db.prisma)).toEqual([])
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
    await ingestParsedPages(db.prisma, [eeditionUnit('20200103-03-05')])
    expect(await db.prisma.entity.findUnique({ where: { key: 'PERSON:吴刚' } })).toBeNull()
    expect(await countMismatches(db.prisma)).toEqual([])
  })
})
