import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parsePage } from '@broadsheet/parser'
import { hasShared, sharedDir } from '@broadsheet/shared-data'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { createTestDatabase, seed, type TestDatabase } from '../src/index.ts'

const SHARED = sharedDir
const PAGES = path.join(SHARED, 'pages')
const EPAPER = path.join(SHARED, 'corpus/epaper/2020-01')
const PACKAGE = fileURLToPath(new URL('..', import.meta.url))
const quiet = { workers: 0 }

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(() => db?.stop())
beforeEach(async () => {
  await db.prisma
    .$executeRaw`TRUNCATE "Publication", "Issue", "Page", "Article", "Entity" RESTART IDENTITY CASCADE`
})

async function rowCounts() {
  const [row] = await db.prisma.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT count(*)::int FROM "Publication") AS publications, (SELECT count(*)::int FROM "Issue") AS issues,
      (SELECT count(*)::int FROM "Page") AS pages, (SELECT count(*)::int FROM "Article") AS articles,
      (SELECT count(*)::int FROM "Byline") AS bylines, (SELECT count(*)::int FROM "Section") AS sections,
      (SELECT count(*)::int FROM "Paragraph") AS paragraphs, (SELECT count(*)::int FROM "Mention") AS mentions,
      (SELECT count(*)::int FROM "Entity") AS entities`
  return row
}

test('seeding the seed page yields its four items with sections, paragraphs, bylines and mentions', async (context) => {
  context.skip(!hasShared)
  const report = await seed(db.prisma, [PAGES], quiet)
  expect(report).toMatchObject({ files: 1, pages: 1, articles: 4, inserted: 4, failures: [] })
  const articles = await db.prisma.article.findMany({
    orderBy: { position: 'asc' },
    include: {
      _count: { select: { sections: true, paragraphs: true, bylines: true, mentions: true } },
      page: true,
    },
  })
  expect(articles.map((a) => [a.kind, a.title])).toEqual([
    ['ARTICLE', '抗疫情抓生产 筑堡垒当先锋'],
    ['ARTICLE', '众志所趋 心手相牵'],
    ['PHOTO', '保障“空中课堂”覆盖贫困家庭学生'],
    ['COMMENTARY', '打赢人民战争必须依靠群众'],
  ])
  for (const article of articles) {
    expect(article._count.sections).toBeGreaterThan(0)
    expect(article._count.paragraphs).toBeGreaterThan(0)
    expect(article._count.mentions).toBeGreaterThan(0)
    expect(article.date.toISOString().slice(0, 10)).toBe('2020-03-13')
    expect(article.sourceFile).toBe('pages/000_c2a65b4d6f57a7a3.txt')
  }
  expect(articles.filter((a) => a._count.bylines > 0).map((a) => a.kind)).toEqual([
    'ARTICLE',
    'ARTICLE',
    'COMMENTARY',
  ])
  expect(await db.prisma.mention.count({ where: { field: 'BYLINE' } })).toBeGreaterThan(0)
})

test('a second seed adds no rows', async (context) => {
  context.skip(!hasShared)
  const paths = [PAGES, path.join(EPAPER, '20200101')]
  const first = await seed(db.prisma, paths, quiet)
  expect(first.inserted).toBeGreaterThan(20)
  const before = await rowCounts()
  const second = await seed(db.prisma, paths, quiet)
  expect(second).toMatchObject({ inserted: 0, replaced: 0, unchanged: first.inserted, failures: [] })
  expect(await rowCounts()).toEqual(before)
})

test('a bad file is reported with its line and reason, and the other files load', async (context) => {
  context.skip(!hasShared)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-seed-'))
  try {
    const day = path.join(dir, 'corpus/epaper/2020-01/20200101')
    mkdirSync(day, { recursive: true })
    copyFileSync(path.join(EPAPER, '20200101/20200101-01-01.txt'), path.join(day, '20200101-01-01.txt'))
    // Latin-1 bytes on line 3 of an e-edition file: not UTF-8.
    writeFileSync(
      path.join(day, '20200101-01-02.txt'),
      Buffer.concat([Buffer.from('\r\n标题\r\n'), Buffer.from([0xe9, 0x0d, 0x0a])]),
    )
    const pages = path.join(dir, 'pages')
    mkdirSync(pages)
    writeFileSync(path.join(pages, 'no-meta.txt'), '一个没有日期的版面\n')
    const report = await seed(db.prisma, [dir], quiet)
    expect(report.failures).toEqual([
      { file: path.join(day, '20200101-01-02.txt'), line: 3, reason: 'not UTF-8 text' },
      {
        file: path.join(pages, 'no-meta.txt'),
        line: 1,
        reason: "no no-meta.meta.json beside it to give the page's date",
      },
    ])
    expect(report.inserted).toBe(1)
    expect(await db.prisma.article.count()).toBe(1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the seed command exits non-zero and names every failed file', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-seed-'))
  try {
    writeFileSync(path.join(dir, '20200101-01-01.txt'), Buffer.from([0xff, 0xfe]))
    writeFileSync(path.join(dir, '20200101-01-02.txt'), Buffer.from([0x0a, 0xff]))
    const { code, stderr } = await runSeed([dir])
    expect(code).toBe(1)
    expect(stderr).toContain('2 file(s) failed')
    expect(stderr).toContain(`${path.join(dir, '20200101-01-01.txt')}:1: not UTF-8 text`)
    expect(stderr).toContain(`${path.join(dir, '20200101-01-02.txt')}:2: not UTF-8 text`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a seed killed midway leaves every page whole or absent', async (context) => {
  context.skip(!hasShared)
  const days = ['20200102', '20200103'].map((day) => path.join(EPAPER, day))
  const files = days.flatMap((day) => readdirSync(day).map((name) => path.join(day, name)))
  const child = startSeed(['--workers', '0', '--batch', '0', ...days])
  // Kill it as soon as some pages are in, long before all of them are.
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    if ((await db.prisma.article.count()) >= 5 || child.exitCode !== null) break
  }
  child.kill('SIGKILL')
  await new Promise((resolve) => child.once('exit', resolve))
  const stored = await db.prisma.article.findMany({
    include: { paragraphs: { orderBy: { position: 'asc' } }, page: true },
  })
  expect(stored.length).toBeGreaterThan(0)
  expect(stored.length).toBeLessThan(files.length)
  // Every page present has all its files (a page is YYYYMMDD-PP-*), and every article all its paragraphs.
  const pageOf = (file: string) => path.basename(file).slice(0, 11)
  const storedPages = new Set(stored.map((a) => pageOf(a.sourceFile)))
  for (const page of storedPages) {
    expect(stored.filter((a) => pageOf(a.sourceFile) === page).length, page).toBe(
      files.filter((f) => pageOf(f) === page).length,
    )
  }
  for (const article of stored) {
    const file = files.find((f) => f.endsWith(article.sourceFile.split('/').pop()!))!
    const text = (await import('node:fs')).readFileSync(file, 'utf8')
    const parsed = parsePage(text, { date: '2020-01-02', format: 'eedition', entities: false })
    const paragraphs = parsed.items.flatMap((item) =>
      item.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
    )
    expect(article.paragraphs.map((p) => p.text)).toEqual(paragraphs)
  }
})

test('the PKU corpus keeps its gold entity spans', async (context) => {
  context.skip(!hasShared)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-pku-'))
  try {
    const corpus = (await import('node:fs')).readFileSync(
      path.join(SHARED, 'corpus/pku1998/199801-01-27.txt'),
      'utf8',
    )
    const lines = corpus.split(/\r?\n/)
    // Page 1 of 1998-01-01 and the first article of page 2.
    const end = lines.findIndex((line) => line.startsWith('19980101-02-002'))
    mkdirSync(path.join(dir, 'pku1998'))
    writeFileSync(path.join(dir, 'pku1998/sample.txt'), lines.slice(0, end).join('\n'))
    const report = await seed(db.prisma, [dir], quiet)
    expect(report.failures).toEqual([])
    const pages = await db.prisma.page.findMany({ include: { issue: true } })
    expect(pages.map((p) => [p.issue.date.toISOString().slice(0, 10), p.number])).toEqual([
      ['1998-01-01', 1],
      ['1998-01-01', 2],
    ])
    const first = await db.prisma.article.findFirstOrThrow({ where: { position: 0, page: { number: 1 } } })
    expect(first).toMatchObject({ sourceFormat: 'PKU', sourceFirstLine: 1 })
    expect(first.title).toMatch(/^迈向充满希望的新世纪/)
    const mentions = await db.prisma.mention.findMany({ include: { entity: true } })
    expect(mentions.length).toBeGreaterThan(0)
    expect(mentions.every((m) => m.source === 'GOLD')).toBe(true)
    expect(mentions.map((m) => m.text)).toContain('江泽民')
    // A paragraph that names eight leaders back to back (`江/nr 泽民/nr 李/nr 鹏/nr …`): a PERSON each.
    const leaders = await db.prisma.paragraph.findFirstOrThrow({
      where: { text: { startsWith: '江泽民李鹏乔石' } },
      include: { mentions: { orderBy: { position: 'asc' } } },
    })
    expect(leaders.mentions.map((m) => m.text)).toEqual([
      '江泽民',
      '李鹏',
      '乔石',
      '朱镕基',
      '李瑞环',
      '刘华清',
      '尉健行',
      '李岚清',
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

function startSeed(args: string[]) {
  return spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@broadsheet/source', 'scripts/seed.ts', ...args],
    { cwd: PACKAGE, env: { ...process.env, DATABASE_URL: db.url }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
}

function runSeed(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startSeed(args)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
}
