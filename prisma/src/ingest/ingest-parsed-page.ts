// Store parsed pages: each call is one transaction of bulk UNNEST inserts that replaces what the sources gave before.
import type { ParsedPage } from '@broadsheet/parser'
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import { articleSearchText, bigramVector } from '../search/bigram-vector.ts'
import { describeEntity, type EntityDescription } from './describe-entity.ts'
import { IngestError } from './ingest-error.ts'
import type { IngestSource } from './ingest-source.ts'
import { planArticles, type ArticleDraft, type PagePlan } from './plan-articles.ts'
import { validateParsedPage } from './validate-parsed-page.ts'

/** What one ingest did. */
export interface IngestResult {
  /** The stored articles' ids, in the order of the input items (new and unchanged alike). */
  articleIds: number[]
  /** Articles written. */
  inserted: number
  /** Articles already stored with the same content hash, left alone. */
  unchanged: number
  /** Articles from an earlier parse of the same source that this one replaced (deleted). */
  replaced: number
  /** Mentions written. */
  mentions: number
}

/** One parsed page and where it came from. */
export interface IngestUnit {
  parsed: ParsedPage
  source: IngestSource
}

export interface IngestOptions {
  /** Called inside the transaction after the articles are inserted; a test throws here to simulate a crash. */
  afterArticles?: () => void | Promise<void>
}

type Tx = Prisma.TransactionClient

/**
 * Store one parsed page in one transaction. Articles are identified by content hash: ingesting the same parse
 * again writes nothing, and a different parse of the same source replaces the articles it gave before. Entities
 * are upserted by key, and their mention and article counts move with every insert and replacement. Invalid
 * input throws an {@link IngestError} naming the source and each problem, and writes nothing.
 *
 * @example
 * const parsed = parsePage(text, { date: '2020-03-13', page: 1, publication: '人民日报' })
 * const { articleIds } = await ingestParsedPage(prisma, parsed, { file: 'pages/000.txt', text })
 */
export function ingestParsedPage(
  prisma: PrismaClient,
  parsed: ParsedPage,
  source: IngestSource,
  options: IngestOptions = {},
): Promise<IngestResult> {
  return ingestParsedPages(prisma, [{ parsed, source }], options)
}

/** Store several parsed pages in one transaction (all or none), as {@link ingestParsedPage} stores one. */
export async function ingestParsedPages(
  prisma: PrismaClient,
  units: IngestUnit[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const plans = units.map(({ parsed, source }) => {
    const problems = validateParsedPage(parsed, source)
    if (problems.length > 0) throw new IngestError(String(source?.file ?? '(no file)'), problems)
    return planArticles(parsed, source)
  })
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction((tx) => writePlans(tx, plans, options), {
        maxWait: 60_000,
        timeout: 300_000,
      })
    } catch (error) {
      // Two transactions racing to create the same publication, issue, page or entity: run again.
      if (attempt >= 3 || !isTransient(error)) throw error
    }
  }
}

function isTransient(error: unknown): boolean {
  return /deadlock detected|could not serialize|duplicate key value|40P01|40001|23505/.test(String(error))
}

async function writePlans(tx: Tx, plans: PagePlan[], options: IngestOptions): Promise<IngestResult> {
  const files = [...new Set(plans.map((plan) => plan.sourceFile))].sort()
  // Serialize concurrent ingests of the same source, so that both never insert the same articles.
  await tx.$queryRaw`SELECT count(pg_advisory_xact_lock(hashtextextended(f, 0)))::int AS n FROM unnest(${files}::text[]) AS f`

  const pageIds: number[] = []
  const pageIdByKey = new Map<string, number>()
  for (const plan of plans) {
    const key = JSON.stringify([plan.publication, plan.date, plan.number, plan.pageName])
    if (!pageIdByKey.has(key)) pageIdByKey.set(key, await pageId(tx, plan))
    pageIds.push(pageIdByKey.get(key)!)
  }
  const existing = await tx.$queryRaw<{ id: number; contentHash: string }[]>`
    SELECT a.id, a."contentHash" FROM "Article" a
    JOIN unnest(${plans.map((p) => p.sourceFile)}::text[], ${plans.map((p) => p.scope[0])}::int[],
                ${plans.map((p) => p.scope[1])}::int[]) AS s(file, first, last)
      ON a."sourceFile" = s.file AND a."sourceFirstLine" >= s.first AND a."sourceLastLine" <= s.last`
  const newHashes = new Set(plans.flatMap((plan) => plan.articles.map((a) => a.contentHash)))
  const idByHash = new Map(existing.map((row) => [row.contentHash, row.id]))
  const stale = existing.filter((row) => !newHashes.has(row.contentHash)).map((row) => row.id)
  const fresh: { draft: ArticleDraft; pageId: number }[] = []
  plans.forEach((plan, i) => {
    for (const draft of plan.articles) {
      if (!idByHash.has(draft.contentHash)) fresh.push({ draft, pageId: pageIds[i] as number })
    }
  })
  const result: IngestResult = {
    articleIds: [],
    inserted: fresh.length,
    unchanged: 0,
    replaced: stale.length,
    mentions: 0,
  }
  result.unchanged = plans.reduce((n, plan) => n + plan.articles.length, 0) - fresh.length

  // key → [mentions, articles] to add (negative for the replaced articles).
  const delta = new Map<string, [number, number]>()
  const add = (key: string, mentions: number, articles: number) => {
    const d = delta.get(key) ?? [0, 0]
    delta.set(key, [d[0] + mentions, d[1] + articles])
  }
  if (stale.length > 0) {
    const removed = await tx.$queryRaw<{ key: string; m: number; a: number }[]>`
      SELECT e.key, count(*)::int AS m, count(DISTINCT m."articleId")::int AS a
      FROM "Mention" m JOIN "Entity" e ON e.id = m."entityId"
      WHERE m."articleId" = ANY(${stale}::int[]) GROUP BY e.key`
    for (const row of removed) add(row.key, -row.m, -row.a)
    await tx.$executeRaw`DELETE FROM "Article" WHERE id = ANY(${stale}::int[])`
  }

  if (fresh.length > 0) {
    const inserted = await insertArticles(tx, fresh)
    for (const row of inserted) idByHash.set(row.contentHash, row.id)
    const articleId = (draft: ArticleDraft) => idByHash.get(draft.contentHash) as number
    await insertChildren(
      tx,
      fresh.map((f) => f.draft),
      articleId,
    )
    await options.afterArticles?.()
    for (const { draft } of fresh) {
      const perKey = new Map<string, number>()
      for (const m of draft.mentions) perKey.set(m.key, (perKey.get(m.key) ?? 0) + 1)
      for (const [key, count] of perKey) add(key, count, 1)
    }
    const surfaces = new Map<string, Set<string>>()
    for (const { draft } of fresh) {
      for (const m of draft.mentions)
        (surfaces.get(m.key) ?? surfaces.set(m.key, new Set()).get(m.key)!).add(m.text)
    }
    const entityIds = await upsertEntities(tx, surfaces, [...delta.keys()])
    result.mentions = await insertMentions(
      tx,
      fresh.map((f) => f.draft),
      articleId,
      entityIds,
    )
    await updateCounts(tx, delta, entityIds)
  } else if (delta.size > 0) {
    await updateCounts(tx, delta, await upsertEntities(tx, new Map(), [...delta.keys()]))
  }

  result.articleIds = plans.flatMap((plan) => plan.articles.map((a) => idByHash.get(a.contentHash) as number))
  return result
}

// Find or create the publication, issue and page in one statement. DO NOTHING takes no row lock, so concurrent
// pages of one issue do not queue behind each other.
async function pageId(tx: Tx, plan: PagePlan): Promise<number> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH p_new AS (
      INSERT INTO "Publication" (name) VALUES (${plan.publication}) ON CONFLICT (name) DO NOTHING RETURNING id
    ), p AS (
      SELECT id FROM p_new UNION ALL SELECT id FROM "Publication" WHERE name = ${plan.publication}
    ), i_new AS (
      INSERT INTO "Issue" ("publicationId", date) SELECT id, ${plan.date}::date FROM p LIMIT 1
      ON CONFLICT ("publicationId", date) DO NOTHING RETURNING id
    ), i AS (
      SELECT id FROM i_new
      UNION ALL SELECT "Issue".id FROM "Issue" JOIN p ON "Issue"."publicationId" = p.id WHERE "Issue".date = ${plan.date}::date
    ), g_new AS (
      INSERT INTO "Page" ("issueId", number, name) SELECT id, ${plan.number}, ${plan.pageName} FROM i LIMIT 1
      ON CONFLICT ("issueId", number) DO NOTHING RETURNING id
    )
    SELECT id FROM g_new
    UNION ALL SELECT "Page".id FROM "Page" JOIN i ON "Page"."issueId" = i.id WHERE "Page".number = ${plan.number}
    LIMIT 1`
  const id = rows[0]?.id
  // Another transaction created a row after this statement's snapshot: the caller retries.
  if (id === undefined) throw new Error(`duplicate key value: page ${plan.date} ${plan.number} raced`)
  if (plan.pageName) {
    await tx.$executeRaw`UPDATE "Page" SET name = ${plan.pageName} WHERE id = ${id} AND name IS DISTINCT FROM ${plan.pageName}`
  }
  return id
}

async function insertArticles(tx: Tx, fresh: { draft: ArticleDraft; pageId: number }[]) {
  const col = <T>(pick: (d: ArticleDraft) => T) => fresh.map((f) => pick(f.draft))
  return tx.$queryRaw<{ id: number; contentHash: string }[]>`
    INSERT INTO "Article" ("pageId", position, date, kind, kicker, title, subtitle, credit, "datelineText",
      "datelineAgency", "datelinePlace", "datelineDate", "sourceFormat", "sourceFile", "sourceFirstLine",
      "sourceLastLine", "sourceText", "contentHash", search)
    SELECT s."pageId", s.position, i.date, s.kind::"ArticleKind", s.kicker, s.title, s.subtitle, s.credit,
      s."datelineText", s."datelineAgency", s."datelinePlace", s."datelineDate"::date,
      s."sourceFormat"::"SourceFormat", s."sourceFile", s."sourceFirstLine", s."sourceLastLine", s."sourceText",
      s."contentHash", s.search::tsvector
    FROM unnest(${fresh.map((f) => f.pageId)}::int[], ${col((d) => d.position)}::int[], ${col((d) => d.kind)}::text[],
      ${col((d) => d.kicker)}::text[], ${col((d) => d.title)}::text[], ${col((d) => d.subtitle)}::text[],
      ${col((d) => d.credit)}::text[], ${col((d) => d.datelineText)}::text[], ${col((d) => d.datelineAgency)}::text[],
      ${col((d) => d.datelinePlace)}::text[], ${col((d) => d.datelineDate)}::text[], ${col((d) => d.sourceFormat)}::text[],
      ${col((d) => d.sourceFile)}::text[], ${col((d) => d.sourceFirstLine)}::int[], ${col((d) => d.sourceLastLine)}::int[],
      ${col((d) => d.sourceText)}::text[], ${col((d) => d.contentHash)}::text[],
      ${col((d) => bigramVector(articleSearchText(d)))}::text[])
      AS s("pageId", position, kind, kicker, title, subtitle, credit, "datelineText", "datelineAgency",
           "datelinePlace", "datelineDate", "sourceFormat", "sourceFile", "sourceFirstLine", "sourceLastLine",
           "sourceText", "contentHash", search)
    JOIN "Page" g ON g.id = s."pageId" JOIN "Issue" i ON i.id = g."issueId"
    RETURNING id, "contentHash"`
}

async function insertChildren(tx: Tx, drafts: ArticleDraft[], articleId: (d: ArticleDraft) => number) {
  const bylines = drafts.flatMap((d) => d.bylines.map((b) => ({ id: articleId(d), ...b })))
  if (bylines.length > 0) {
    // Names travel as one string per byline: a ragged text[][] cannot be unnested.
    await tx.$executeRaw`
      INSERT INTO "Byline" ("articleId", position, text, agency, role, names)
      SELECT s.id, s.position, s.text, s.agency, s.role,
        CASE WHEN s.names = '' THEN '{}'::text[] ELSE string_to_array(s.names, E'\\x1f') END
      FROM unnest(${bylines.map((b) => b.id)}::int[], ${bylines.map((b) => b.position)}::int[],
        ${bylines.map((b) => b.text)}::text[], ${bylines.map((b) => b.agency)}::text[],
        ${bylines.map((b) => b.role)}::text[], ${bylines.map((b) => b.names.join('\u001f'))}::text[])
        AS s(id, position, text, agency, role, names)`
  }
  const sections = drafts.flatMap((d) => d.sections.map((s) => ({ id: articleId(d), ...s })))
  if (sections.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Section" ("articleId", position, heading)
      SELECT * FROM unnest(${sections.map((s) => s.id)}::int[], ${sections.map((s) => s.position)}::int[],
        ${sections.map((s) => s.heading)}::text[])`
  }
  const paragraphs = drafts.flatMap((d) => d.paragraphs.map((p) => ({ id: articleId(d), ...p })))
  if (paragraphs.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Paragraph" ("articleId", position, "sectionPosition", text, "firstLine", "lastLine", search)
      SELECT s.id, s.position, s."sectionPosition", s.text, s."firstLine", s."lastLine", s.search::tsvector
      FROM unnest(${paragraphs.map((p) => p.id)}::int[], ${paragraphs.map((p) => p.position)}::int[],
        ${paragraphs.map((p) => p.sectionPosition)}::int[], ${paragraphs.map((p) => p.text)}::text[],
        ${paragraphs.map((p) => p.firstLine)}::int[], ${paragraphs.map((p) => p.lastLine)}::int[],
        ${paragraphs.map((p) => bigramVector(p.text))}::text[])
        AS s(id, position, "sectionPosition", text, "firstLine", "lastLine", search)`
  }
}

/**
 * Make sure every entity named in `surfaces` (key → surface texts seen) exists with its description, and lock
 * those and `alsoLock` in key order (a fixed order, so concurrent pages never deadlock). Returns key → id.
 */
async function upsertEntities(
  tx: Tx,
  surfaces: Map<string, Set<string>>,
  alsoLock: string[],
): Promise<Map<string, number>> {
  const described = new Map<string, EntityDescription>()
  const describe = (key: string) => {
    for (let k: string | null = key; k && !described.has(k); k = described.get(k)?.parent ?? null) {
      described.set(k, describeEntity(k))
    }
  }
  for (const key of surfaces.keys()) describe(key)
  const wanted = [...described.values()].sort((a, b) => (a.canonical < b.canonical ? -1 : 1))
  const aliasesOf = (e: EntityDescription) =>
    [...new Set([...e.aliases, ...(surfaces.get(e.canonical) ?? [])])].filter((a) => a !== e.name).sort()
  if (wanted.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Entity" (key, type, name, aliases)
      SELECT s.key, s.type::"EntityType", s.name,
        CASE WHEN s.aliases = '' THEN '{}'::text[] ELSE string_to_array(s.aliases, E'\\x1f') END
      FROM unnest(${wanted.map((e) => e.canonical)}::text[], ${wanted.map((e) => e.type)}::text[],
        ${wanted.map((e) => e.name)}::text[], ${wanted.map((e) => aliasesOf(e).join('\u001f'))}::text[])
        AS s(key, type, name, aliases)
      ORDER BY s.key
      ON CONFLICT (key) DO NOTHING`
  }
  const keys = [...new Set([...described.keys(), ...alsoLock])]
  const rows = await tx.$queryRaw<
    { id: number; key: string; name: string; aliases: string[]; parentId: number | null }[]
  >`
    SELECT id, key, name, aliases, "parentId" FROM "Entity" WHERE key = ANY(${keys}::text[]) ORDER BY key FOR UPDATE`
  const ids = new Map(rows.map((row) => [row.key, row.id]))
  // Bring names, aliases and parents up to date where the describer or the surfaces seen now say more.
  const changes = rows.flatMap((row) => {
    const e = described.get(row.key)
    if (!e) return []
    const aliases = [...new Set([...row.aliases, ...aliasesOf(e)])].sort()
    const parentId = e.parent ? (ids.get(e.parent) ?? null) : null
    const same = row.name === e.name && aliases.length === row.aliases.length && row.parentId === parentId
    return same ? [] : [{ id: row.id, name: e.name, aliases: aliases.join('\u001f'), parentId }]
  })
  if (changes.length > 0) {
    await tx.$executeRaw`
      UPDATE "Entity" e SET name = s.name, "parentId" = s."parentId",
        aliases = CASE WHEN s.aliases = '' THEN '{}'::text[] ELSE string_to_array(s.aliases, E'\\x1f') END
      FROM unnest(${changes.map((c) => c.id)}::int[], ${changes.map((c) => c.name)}::text[],
        ${changes.map((c) => c.aliases)}::text[], ${changes.map((c) => c.parentId)}::int[]) AS s(id, name, aliases, "parentId")
      WHERE e.id = s.id`
  }
  return ids
}

async function insertMentions(
  tx: Tx,
  drafts: ArticleDraft[],
  articleId: (d: ArticleDraft) => number,
  entityIds: Map<string, number>,
): Promise<number> {
  const rows = drafts.flatMap((d) =>
    d.mentions.map((m) => ({ id: articleId(d), entityId: entityIds.get(m.key) as number, ...m })),
  )
  if (rows.length === 0) return 0
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick)
  await tx.$executeRaw`
    INSERT INTO "Mention" ("articleId", position, "entityId", field, "paragraphPosition", "bylinePosition", date,
      start, "end", text, source)
    SELECT s.id, s.position, s."entityId", s.field::"MentionField", s.pp, s.bp, a.date, s.start, s."end", s.text,
      s.source::"MentionSource"
    FROM unnest(${col((r) => r.id)}::int[], ${col((r) => r.position)}::int[], ${col((r) => r.entityId)}::int[],
      ${col((r) => r.field)}::text[], ${col((r) => r.paragraphPosition)}::int[], ${col((r) => r.bylinePosition)}::int[],
      ${col((r) => r.start)}::int[], ${col((r) => r.end)}::int[], ${col((r) => r.text)}::text[],
      ${col((r) => r.source)}::text[]) AS s(id, position, "entityId", field, pp, bp, start, "end", text, source)
    JOIN "Article" a ON a.id = s.id`
  return rows.length
}

async function updateCounts(tx: Tx, delta: Map<string, [number, number]>, entityIds: Map<string, number>) {
  const changed = [...delta].filter(([, [m, a]]) => m !== 0 || a !== 0)
  if (changed.length === 0) return
  await tx.$executeRaw`
    UPDATE "Entity" e SET "mentionCount" = e."mentionCount" + s.m, "articleCount" = e."articleCount" + s.a
    FROM unnest(${changed.map(([key]) => entityIds.get(key) as number)}::int[], ${changed.map(([, d]) => d[0])}::int[],
      ${changed.map(([, d]) => d[1])}::int[]) AS s(id, m, a)
    WHERE e.id = s.id`
}
