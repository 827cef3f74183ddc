// Specification of `npm run audit:archive` on real days of the archive: what issue #23's "done when" asks of it,
// counted over three e-edition days (2020-01-01 prints the new-year address on pages 1 and 3) and the first day
// of the 1998 corpus.
import path from 'node:path'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { auditArchive, formatAudit, type ArchiveAudit } from '../src/audit/audit-archive.ts'
import { createTestDatabase, ingestParsedPages, seed, type TestDatabase } from '../src/index.ts'
import { pkuUnits } from './support/shared-units.ts'

const days = ['20200101', '20200102', '20200103']

let db: TestDatabase
let audit: ArchiveAudit
beforeAll(async () => {
  if (!hasShared) return
  db = await createTestDatabase()
  await ingestParsedPages(db.prisma, pkuUnits('19980101'))
  const folders = days.map((day) => sharedPath(path.join('corpus/epaper/2020-01', day)))
  const report = await seed(db.prisma, folders, { workers: 1 })
  expect(report.failures).toEqual([])
  audit = await auditArchive(db.prisma, { top: 20 })
})
afterAll(() => db?.stop())

describe.skipIf(!hasShared)('auditArchive on three e-edition days and a day of 1998', () => {
  test('counts no exact duplicate: the address printed on pages 1 and 3 is one article with a reprint', () => {
    expect(audit.exactDuplicates).toBe(0)
    expect(audit.reprints).toBeGreaterThanOrEqual(1)
  })

  test('counts no PKU article whose title holds its whole text', () => {
    expect(audit.kinds.filter((k) => k.format === 'PKU').reduce((n, k) => n + k.count, 0)).toBeGreaterThan(40)
    expect(audit.pkuWholeTextTitles).toBe(0)
  })

  test('finds bylines on at least 60% of the stories whose dateline names a reporter, and no padded name split', () => {
    expect(audit.reporterDatelines).toBeGreaterThan(30)
    expect(audit.reporterDatelinesWithBylines / audit.reporterDatelines).toBeGreaterThanOrEqual(0.6)
    expect(audit.splitNames).toBe(0)
  })

  test('sets every dateline that opens a paragraph apart as its dateline', () => {
    expect(audit.datelineParagraphs).toBeGreaterThan(30)
    expect(audit.datelineParagraphsSetApart).toBe(audit.datelineParagraphs)
  })

  test('lists no entity of one character among the top of each type', () => {
    expect(audit.top.PERSON.length).toBe(20)
    expect(audit.singleCharacterTop).toBe(0)
  })

  test('a search for 习近平 lists each story once among its first 20 hits', () => {
    expect(audit.search.hits).toBe(20)
    expect(audit.search.distinctTexts).toBe(audit.search.hits)
  })

  test('prints each count on a line of its own, and the top entities when asked', () => {
    const text = formatAudit(audit, { entities: true })
    expect(text).toContain(`exact duplicate articles (same text in one issue): 0`)
    expect(text).toContain(`padded names split (one-character byline names): 0`)
    expect(text).toMatch(/top 20 PERSON:\n {4}1\. \p{Script=Han}{2,} \d+\/\d+ {2}2\. /u)
  })
})
