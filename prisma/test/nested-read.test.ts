// A nested read answers what Prisma's findMany answers for the same arguments, in one statement.
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { datamodel } from '../generated/datamodel.ts'
import {
  createPrismaClient,
  createTestDatabase,
  type ModelName,
  nestedStatement,
  type NestedReadArgs,
  type PrismaClient,
  readNested,
  seed,
  type TestDatabase,
} from '../src/index.ts'

let db: TestDatabase
let prisma: PrismaClient
let statements: string[] = []

describe.skipIf(!hasShared)('nested reads', () => {
  beforeAll(async () => {
    db = await createTestDatabase()
    const days = ['20200101', '20200102'].map((day) => sharedPath(`corpus/epaper/2020-01/${day}`))
    const report = await seed(db.prisma, [sharedPath('pages'), ...days], { workers: 0 })
    expect(report.failures).toEqual([])
    prisma = createPrismaClient(db.url, { onStatement: (sql) => statements.push(sql) })
  })
  afterAll(async () => {
    await prisma?.$disconnect()
    await db?.stop()
  })

  /** Prisma's answer for `args` beside the nested read's, and how many statements the nested read sent. */
  async function both(model: ModelName, args: NestedReadArgs) {
    const delegate = (prisma as unknown as Record<string, { findMany(a: object): Promise<unknown[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]!
    const expected = await delegate.findMany(args)
    statements = []
    const actual = await readNested(prisma, model, args)
    return { expected, actual, statements: statements.length }
  }

  const articleIds = async (count: number) =>
    (await prisma.article.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: count })).map(
      (row) => row.id,
    )

  test('an article page with its page, issue, bylines, sections, paragraphs and mentions: one statement', async () => {
    const args = {
      where: { id: { in: await articleIds(30) } },
      orderBy: { id: 'asc' },
      select: {
        id: true,
        kind: true,
        title: true,
        date: true,
        datelineDate: true,
        page: { select: { number: true, issue: { select: { date: true, publication: true } } } },
        bylines: { orderBy: { position: 'asc' }, select: { text: true, names: true } },
        sections: {
          orderBy: { position: 'asc' },
          select: {
            heading: true,
            paragraphs: {
              orderBy: { position: 'asc' },
              select: {
                text: true,
                mentions: {
                  orderBy: [{ start: 'asc' }, { position: 'asc' }],
                  select: {
                    start: true,
                    end: true,
                    entity: { select: { id: true, name: true, type: true } },
                  },
                },
              },
            },
          },
        },
        _count: { select: { mentions: true, paragraphs: { where: { firstLine: { gt: 3 } } } } },
      },
    } satisfies NestedReadArgs
    const { expected, actual, statements } = await both('Article', args)
    expect(actual).toEqual(expected)
    expect(expected.length).toBe(30)
    expect(statements).toBe(1)
    // Dates are Dates, as Prisma gives them.
    expect((actual[0] as { date: unknown }).date).toBeInstanceOf(Date)
  })

  test("an issue's pages and their articles, found by day and publication name: one statement", async () => {
    const issue = await prisma.issue.findFirstOrThrow({
      include: { publication: true },
      orderBy: { id: 'asc' },
    })
    const args = {
      where: { date: issue.date, publication: { name: issue.publication.name } },
      orderBy: { id: 'asc' },
      take: 1,
      select: {
        date: true,
        pages: {
          orderBy: { number: 'asc' },
          select: {
            number: true,
            articles: { orderBy: { position: 'asc' }, select: { id: true, title: true } },
          },
        },
      },
    } satisfies NestedReadArgs
    const { expected, actual, statements } = await both('Issue', args)
    expect(actual).toEqual(expected)
    expect(expected).toHaveLength(1)
    expect(statements).toBe(1)
  })

  test("an article's distinct entities of one type, in order of first mention, as Prisma's distinct keeps them", async () => {
    const args = {
      where: { id: { in: await articleIds(40) } },
      orderBy: { id: 'asc' },
      select: {
        id: true,
        mentions: {
          where: { entity: { type: 'LOCATION' } },
          distinct: ['entityId'],
          orderBy: { position: 'asc' },
          select: { entity: { select: { id: true, name: true } } },
        },
      },
    } satisfies NestedReadArgs
    const { expected, actual, statements } = await both('Article', args)
    expect(actual).toEqual(expected)
    expect(expected.some((row) => (row as { mentions: unknown[] }).mentions.length > 1)).toBe(true)
    expect(statements).toBe(1)
  })

  test('include mode, self relations, list filters, skip and take', async () => {
    const args = {
      where: { OR: [{ type: 'PERSON' }, { aliases: { has: '北京' } }], mentionCount: { gte: 2 } },
      orderBy: [{ mentionCount: 'desc' }, { id: 'asc' }],
      skip: 3,
      take: 20,
      include: { parent: true, children: { orderBy: { id: 'asc' }, take: 2 }, _count: true },
    } satisfies NestedReadArgs
    const { expected, actual, statements } = await both('Entity', args)
    expect(actual).toEqual(expected)
    expect(expected).toHaveLength(20)
    expect(statements).toBe(1)
  })

  test('what it does not build (a cursor, a text filter) is left to Prisma, with the same answer', async () => {
    for (const args of [
      { cursor: { id: 5 }, skip: 1, take: 3, orderBy: { id: 'asc' } },
      { where: { name: { contains: '京' } }, orderBy: { id: 'asc' }, take: 5 },
    ] as NestedReadArgs[]) {
      expect(nestedStatement('Entity', args)).toBeNull()
      const { expected, actual } = await both('Entity', args)
      expect(actual).toEqual(expected)
    }
  })

  // Any selection over the article's tree, with any order, answers as Prisma does.
  test('random selections, orders and windows over the article tree answer as Prisma does', async () => {
    const ids = await articleIds(25)
    await fc.assert(
      fc.asyncProperty(selection('Article', 3), fc.integer({ min: 0, max: 4 }), async (select, skip) => {
        const args = { where: { id: { in: ids } }, orderBy: { id: 'desc' }, skip, take: 10, select }
        expect(nestedStatement('Article', args)).not.toBeNull()
        const { expected, actual, statements } = await both('Article', args)
        expect(actual).toEqual(expected)
        expect(statements).toBe(1)
      }),
      { numRuns: 40, seed: 24 },
    )
  })
})

type Select = Record<string, unknown>

/** A random `select` over `model`: some of its columns, and to `depth` some of its relations, lists ordered totally. */
function selection(model: string, depth: number): fc.Arbitrary<Select> {
  const info = datamodel.models[model]!
  const columns = Object.entries(info.fields).flatMap(([name, field]) =>
    field.kind !== 'relation' ? [name] : [],
  )
  const relations = Object.entries(info.fields).flatMap(([name, field]) =>
    field.kind === 'relation' && depth > 0 ? [[name, field] as const] : [],
  )
  const nested = relations.map(([name, field]) => {
    if (!field.isList) return fc.record({ [name]: fc.record({ select: selection(field.model, depth - 1) }) })
    const target = datamodel.models[field.model]!
    const orderable = Object.entries(target.fields).flatMap(([column, f]) =>
      f.kind !== 'relation' && !f.isList ? [column] : [],
    )
    const order = fc
      .tuple(fc.constantFrom(...orderable), fc.constantFrom('asc', 'desc'))
      .map(([column, direction]) => [
        { [column]: direction },
        ...target.primaryKey.map((key) => ({ [key]: 'asc' })),
      ])
    return fc.record({
      [name]: fc.record(
        { select: selection(field.model, depth - 1), orderBy: order, take: fc.integer({ min: 0, max: 5 }) },
        { requiredKeys: ['select', 'orderBy'] },
      ),
    })
  })
  return fc
    .tuple(
      fc.subarray(columns, { minLength: 1 }),
      fc
        .subarray(nested, { maxLength: Math.min(2, nested.length) })
        .chain((parts) => (parts.length ? fc.tuple(...parts) : fc.constant([] as Select[]))),
    )
    .map(([picked, parts]) => Object.assign(Object.fromEntries(picked.map((c) => [c, true])), ...parts))
}
