// Store parsed pages: each call is one transaction of bulk UNNEST inserts that replaces what the sources gave before.
import type { ParsedPage } from '@broadsheet/parser'
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { isRetryableConflict } from '../database-fault.ts'
import { rawTransaction, type RawTransaction } from '../raw-transaction.ts'
import { describeEntity, type EntityDescription } from './describe-entity.ts'
import { IngestError } from './ingest-error.ts'
import type { IngestSource } from './ingest-source.ts'
import { storeSourcePdf } from './source-pdf.ts'
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

type Tx = RawTransaction

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
  return storePagePlans(
    prisma,
    units.map(({ parsed, source }) => planPage(parsed, source)),
    options,
  )
}

/**
 * The rows `parsed` needs, or an {@link IngestError} listing every way it breaks the parser's contract. Pure and
 * CPU-bound (hashes and search vectors), so that a worker thread can run it beside the database writes.
 */
export function planPage(parsed: ParsedPage, source: IngestSource): PagePlan {
  const problems = validateParsedPage(parsed, source)
  if (problems.length > 0) throw new IngestError(String(source?.file ?? '(no file)'), problems)
  return planArticles(parsed, source)
}

/** Store planned pages in one transaction (all or none), as {@link ingestParsedPages} does. */
export async function storePagePlans(
  prisma: PrismaClient,
  plans: PagePlan[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rawTransaction(prisma, async (tx) => {
        // A page's PDF goes in with its articles or not at all; a PDF stored before is left as it is.
        const pdfs = new Map(
          plans.flatMap((plan) => (plan.pdf ? [[plan.pdf.sha256, plan.pdf] as const] : [])),
        )
        for (const pdf of pdfs.values()) await storeSourcePdf(tx, pdf)
        return writePlans(tx, plans, options)
      })
    } catch (error) {
      // Two transactions racing to create the same publication, issue, page or entity: run again.
      if (attempt >= 3 || !isRetryableConflict(error)) throw error
    }
  }
}

/** A row another transaction created after this one's snapshot: SQLSTATE 40001, as PostgreSQL says for such races. */
class ConcurrentInsert extends Error {
  readonly code = '40001'
}

// Six statements whatever the number of pages: lock and find the pages, read what the sources gave before, delete
// what the new parse replaces, insert the articles with their children, upsert the entities with their counts,
// insert the mentions. Round trips, not rows, are what a bulk load pays for.
async function writePlans(tx: Tx, plans: PagePlan[], options: IngestOptions): Promise<IngestResult> {
  const pageIds = await lockAndFindPages(tx, plans)
  const existing = await tx.query<{ id: number; contentHash: string }>(Prisma.sql`
    SELECT a.id, a."contentHash" FROM "Article" a
    JOIN unnest(${plans.map((p) => p.sourceFile)}::text[], ${plans.map((p) => p.scope[0])}::int[],
                ${plans.map((p) => p.scope[1])}::int[]) AS s(file, first, last)
      ON a."sourceFile" = s.file AND a."sourceFirstLine" >= s.first AND a."sourceLastLine" <= s.last`)
  const newHashes = new Set(plans.flatMap((plan) => plan.articles.map((a) => a.contentHash)))
  const idByHash = new Map(existing.map((row) => [row.contentHash, row.id]))
  const stale = existing.filter((row) => !newHashes.has(row.contentHash)).map((row) => row.id)
  const fresh: Fresh[] = []
  plans.forEach((plan, i) => {
    for (const draft of plan.articles) {
      if (!idByHash.has(draft.contentHash)) fresh.push({ draft, pageId: pageIds[i]!, date: plan.date })
    }
  })
  const total = plans.reduce((n, plan) => n + plan.articles.length, 0)
  const result: IngestResult = {
    articleIds: [],
    inserted: fresh.length,
    unchanged: total - fresh.length,
    replaced: stale.length,
    mentions: 0,
  }

  // key → [mentions, articles] to add (negative for the replaced articles), and the surface forms seen.
  const delta = new Map<string, [number, number]>()
  const add = (key: string, mentions: number, articles: number) => {
    const d = delta.get(key) ?? [0, 0]
    delta.set(key, [d[0] + mentions, d[1] + articles])
  }
  if (stale.length > 0) {
    for (const row of await deleteArticles(tx, stale)) add(row.key, -row.m, -row.a)
  }
  const surfaces = new Map<string, Set<string>>()
  if (fresh.length > 0) {
    for (const row of await insertArticles(tx, fresh)) idByHash.set(row.contentHash, row.id)
    await options.afterArticles?.()
    for (const { draft } of fresh) {
      const perKey = new Map<string, number>()
      for (const m of draft.mentions) {
        perKey.set(m.key, (perKey.get(m.key) ?? 0) + 1)
        ;(surfaces.get(m.key) ?? surfaces.set(m.key, new Set()).get(m.key)!).add(m.text)
      }
      for (const [key, count] of perKey) add(key, count, 1)
    }
  }
  if (delta.size > 0) {
    const entityIds = await upsertEntities(tx, delta, surfaces)
    result.mentions = await insertMentions(tx, fresh, idByHash, entityIds)
  }
  result.articleIds = plans.flatMap((plan) => plan.articles.map((a) => idByHash.get(a.contentHash)!))
  return result
}

interface Fresh {
  draft: ArticleDraft
  pageId: number
  date: string
}

// Take the source locks (concurrent ingests of one source must not both insert its articles), then find or create
// every publication, issue and page in one statement. DO NOTHING takes no row lock, so concurrent pages of one
// issue do not queue behind each other; a row another transaction created after this statement's snapshot shows
// up missing, and the caller runs the transaction again.
async function lockAndFindPages(tx: Tx, plans: PagePlan[]): Promise<number[]> {
  const files = [...new Set(plans.map((plan) => plan.sourceFile))].sort()
  const rows = await tx.query<{ ord: number; id: number }>(Prisma.sql`
    WITH locked AS (
      SELECT count(pg_advisory_xact_lock(hashtextextended(f, 0))) AS n FROM unnest(${files}::text[]) AS f
    ), input AS (
      SELECT * FROM unnest(${plans.map((p) => p.publication)}::text[], ${plans.map((p) => p.date)}::date[],
        ${plans.map((p) => p.number)}::int[], ${plans.map((p) => p.pageName)}::text[])
        WITH ORDINALITY AS t(publication, date, number, name, ord)
    ), p_new AS (
      INSERT INTO "Publication" (name) SELECT DISTINCT publication FROM input
      ON CONFLICT (name) DO NOTHING RETURNING id, name
    ), p AS (
      SELECT id, name FROM p_new
      UNION ALL SELECT id, name FROM "Publication" WHERE name IN (SELECT publication FROM input)
    ), i_new AS (
      INSERT INTO "Issue" ("publicationId", date)
      SELECT DISTINCT p.id, input.date FROM input JOIN p ON p.name = input.publication
      ON CONFLICT ("publicationId", date) DO NOTHING RETURNING id, "publicationId", date
    ), i AS (
      SELECT id, "publicationId", date FROM i_new
      UNION ALL SELECT x.id, x."publicationId", x.date FROM "Issue" x
      JOIN (SELECT DISTINCT p.id, input.date FROM input JOIN p ON p.name = input.publication) k
        ON x."publicationId" = k.id AND x.date = k.date
    ), wanted AS (
      SELECT input.ord, input.number, input.name, i.id AS "issueId" FROM input
      JOIN p ON p.name = input.publication JOIN i ON i."publicationId" = p.id AND i.date = input.date
    ), g_new AS (
      INSERT INTO "Page" ("issueId", number, name)
      SELECT DISTINCT ON ("issueId", number) "issueId", number, name FROM wanted ORDER BY "issueId", number, name
      ON CONFLICT ("issueId", number) DO NOTHING RETURNING id, "issueId", number
    ), g AS (
      SELECT id, "issueId", number FROM g_new
      UNION ALL SELECT x.id, x."issueId", x.number FROM "Page" x
      JOIN (SELECT DISTINCT "issueId", number FROM wanted) k ON x."issueId" = k."issueId" AND x.number = k.number
    )
    SELECT wanted.ord::int AS ord, g.id FROM wanted
    JOIN g ON g."issueId" = wanted."issueId" AND g.number = wanted.number, locked
    ORDER BY wanted.ord`)
  if (rows.length !== plans.length) throw new ConcurrentInsert('a page was created by a concurrent ingest')
  const named = plans.flatMap((plan, i) => (plan.pageName ? [{ id: rows[i]!.id, name: plan.pageName }] : []))
  if (named.length > 0) {
    await tx.query(Prisma.sql`
      UPDATE "Page" g SET name = s.name
      FROM unnest(${named.map((n) => n.id)}::int[], ${named.map((n) => n.name)}::text[]) AS s(id, name)
      WHERE g.id = s.id AND g.name IS DISTINCT FROM s.name`)
  }
  return rows.map((row) => row.id)
}

// Delete the replaced articles (their children go by cascade, their hashes here) and say how many mentions of each
// entity went.
async function deleteArticles(tx: Tx, ids: number[]) {
  return tx.query<{ key: string; m: number; a: number }>(Prisma.sql`
    WITH gone AS (DELETE FROM "Article" WHERE id = ANY(${ids}::int[])),
    hashes AS (DELETE FROM "ArticleHash" WHERE "articleId" = ANY(${ids}::int[]))
    SELECT e.key, count(*)::int AS m, count(DISTINCT m."articleId")::int AS a
    FROM "Mention" m JOIN "Entity" e ON e.id = m."entityId"
    WHERE m."articleId" = ANY(${ids}::int[]) GROUP BY e.key`)
}

// Insert the articles with their hashes, bylines, sections and paragraphs in one statement; children find their
// article by content hash. Foreign keys are checked at the end of the statement, when every row is in.
async function insertArticles(tx: Tx, fresh: Fresh[]) {
  const col = <T>(pick: (d: ArticleDraft) => T) => fresh.map((f) => pick(f.draft))
  const bylines = fresh.flatMap(({ draft }) => draft.bylines.map((b) => ({ hash: draft.contentHash, ...b })))
  const sections = fresh.flatMap(({ draft }) =>
    draft.sections.map((s) => ({ hash: draft.contentHash, ...s })),
  )
  const paragraphs = fresh.flatMap(({ draft }) =>
    draft.paragraphs.map((p) => ({ hash: draft.contentHash, ...p })),
  )
  return tx.query<{ id: number; contentHash: string }>(Prisma.sql`
    WITH a AS (
      INSERT INTO "Article" ("pageId", position, date, kind, kicker, title, subtitle, credit, "datelineText",
        "datelineAgency", "datelinePlace", "datelineDate", "sourceFormat", "sourceFile", "sourceFirstLine",
        "sourceLastLine", "sourceText", "contentHash", search)
      SELECT s."pageId", s.position, s.date::date, s.kind::"ArticleKind", s.kicker, s.title, s.subtitle, s.credit,
        s."datelineText", s."datelineAgency", s."datelinePlace", s."datelineDate"::date,
        s."sourceFormat"::"SourceFormat", s."sourceFile", s."sourceFirstLine", s."sourceLastLine", s."sourceText",
        s."contentHash", s.search::tsvector
      FROM unnest(${fresh.map((f) => f.pageId)}::int[], ${col((d) => d.position)}::int[],
        ${fresh.map((f) => f.date)}::text[], ${col((d) => d.kind)}::text[], ${col((d) => d.kicker)}::text[],
        ${col((d) => d.title)}::text[], ${col((d) => d.subtitle)}::text[], ${col((d) => d.credit)}::text[],
        ${col((d) => d.datelineText)}::text[], ${col((d) => d.datelineAgency)}::text[],
        ${col((d) => d.datelinePlace)}::text[], ${col((d) => d.datelineDate)}::text[],
        ${col((d) => d.sourceFormat)}::text[], ${col((d) => d.sourceFile)}::text[],
        ${col((d) => d.sourceFirstLine)}::int[], ${col((d) => d.sourceLastLine)}::int[],
        ${col((d) => d.sourceText)}::text[], ${col((d) => d.contentHash)}::text[],
        ${col((d) => d.search)}::text[])
        AS s("pageId", position, date, kind, kicker, title, subtitle, credit, "datelineText", "datelineAgency",
             "datelinePlace", "datelineDate", "sourceFormat", "sourceFile", "sourceFirstLine", "sourceLastLine",
             "sourceText", "contentHash", search)
      RETURNING id, "contentHash"
    ), h AS (
      -- The unique content hash: a second article with the same hash fails the whole statement.
      INSERT INTO "ArticleHash" ("contentHash", "articleId") SELECT "contentHash", id FROM a
    ), b AS (
      -- Names travel as one string per byline: a ragged text[][] cannot be unnested.
      INSERT INTO "Byline" ("articleId", position, text, agency, role, names)
      SELECT a.id, s.position, s.text, s.agency, s.role,
        CASE WHEN s.names = '' THEN '{}'::text[] ELSE string_to_array(s.names, E'\\x1f') END
      FROM unnest(${bylines.map((b) => b.hash)}::text[], ${bylines.map((b) => b.position)}::int[],
        ${bylines.map((b) => b.text)}::text[], ${bylines.map((b) => b.agency)}::text[],
        ${bylines.map((b) => b.role)}::text[], ${bylines.map((b) => b.names.join('\u001f'))}::text[])
        AS s(hash, position, text, agency, role, names)
      JOIN a ON a."contentHash" = s.hash
    ), c AS (
      INSERT INTO "Section" ("articleId", position, heading)
      SELECT a.id, s.position, s.heading
      FROM unnest(${sections.map((s) => s.hash)}::text[], ${sections.map((s) => s.position)}::int[],
        ${sections.map((s) => s.heading)}::text[]) AS s(hash, position, heading)
      JOIN a ON a."contentHash" = s.hash
    ), d AS (
      INSERT INTO "Paragraph" ("articleId", position, "sectionPosition", text, "firstLine", "lastLine", search)
      SELECT a.id, s.position, s."sectionPosition", s.text, s."firstLine", s."lastLine", s.search::tsvector
      FROM unnest(${paragraphs.map((p) => p.hash)}::text[], ${paragraphs.map((p) => p.position)}::int[],
        ${paragraphs.map((p) => p.sectionPosition)}::int[], ${paragraphs.map((p) => p.text)}::text[],
        ${paragraphs.map((p) => p.firstLine)}::int[], ${paragraphs.map((p) => p.lastLine)}::int[],
        ${paragraphs.map((p) => p.search)}::text[])
        AS s(hash, position, "sectionPosition", text, "firstLine", "lastLine", search)
      JOIN a ON a."contentHash" = s.hash
    )
    SELECT id, "contentHash" FROM a`)
}

/**
 * Upsert every entity whose counts move (and the places containing them), adding the count deltas, in key order:
 * the rows are locked in one fixed order, so concurrent pages never deadlock. Names and aliases come from the
 * parser's describer plus the surface forms seen; parents are linked by key. Returns key → id.
 */
async function upsertEntities(
  tx: Tx,
  delta: Map<string, [number, number]>,
  surfaces: Map<string, Set<string>>,
): Promise<Map<string, number>> {
  const described = new Map<string, EntityDescription>()
  for (const key of delta.keys()) {
    for (let k: string | null = key; k && !described.has(k); k = described.get(k)?.parent ?? null) {
      described.set(k, describeEntity(k))
    }
  }
  const rows = [...described.values()].sort((a, b) => (a.canonical < b.canonical ? -1 : 1))
  const aliases = (e: EntityDescription) =>
    [...new Set([...e.aliases, ...(surfaces.get(e.canonical) ?? [])])]
      .filter((a) => a !== e.name)
      .sort()
      .join('\u001f')
  const stored = await tx.query<{ id: number; key: string; parentId: number | null }>(Prisma.sql`
    INSERT INTO "Entity" AS e (key, type, name, aliases, "mentionCount", "articleCount")
    SELECT s.key, s.type::"EntityType", s.name,
      CASE WHEN s.aliases = '' THEN '{}'::text[] ELSE string_to_array(s.aliases, E'\\x1f') END, s.m, s.a
    FROM unnest(${rows.map((e) => e.canonical)}::text[], ${rows.map((e) => e.type)}::text[],
      ${rows.map((e) => e.name)}::text[], ${rows.map(aliases)}::text[],
      ${rows.map((e) => delta.get(e.canonical)?.[0] ?? 0)}::int[], ${rows.map((e) => delta.get(e.canonical)?.[1] ?? 0)}::int[])
      AS s(key, type, name, aliases, m, a)
    ORDER BY s.key
    ON CONFLICT (key) DO UPDATE SET
      "mentionCount" = e."mentionCount" + EXCLUDED."mentionCount",
      "articleCount" = e."articleCount" + EXCLUDED."articleCount",
      name = EXCLUDED.name,
      aliases = CASE WHEN EXCLUDED.aliases <@ e.aliases THEN e.aliases
        ELSE ARRAY(SELECT DISTINCT x FROM unnest(e.aliases || EXCLUDED.aliases) AS x ORDER BY x) END
    RETURNING id, key, "parentId"`)
  const ids = new Map(stored.map((row) => [row.key, row.id]))
  const links = stored.flatMap((row) => {
    const parent = described.get(row.key)?.parent
    const parentId = parent ? (ids.get(parent) ?? null) : null
    return parentId !== row.parentId ? [{ id: row.id, parentId }] : []
  })
  if (links.length > 0) {
    await tx.query(Prisma.sql`
      UPDATE "Entity" e SET "parentId" = s."parentId"
      FROM unnest(${links.map((l) => l.id)}::int[], ${links.map((l) => l.parentId)}::int[]) AS s(id, "parentId")
      WHERE e.id = s.id`)
  }
  return ids
}

// Insert the mentions and, in the same statement, each article's count per entity (ArticleEntity).
async function insertMentions(
  tx: Tx,
  fresh: Fresh[],
  idByHash: Map<string, number>,
  entityIds: Map<string, number>,
): Promise<number> {
  const rows = fresh.flatMap(({ draft, date }) =>
    draft.mentions.map((m) => ({
      id: idByHash.get(draft.contentHash)!,
      entityId: entityIds.get(m.key)!,
      date,
      ...m,
    })),
  )
  if (rows.length === 0) return 0
  const counts = new Map<string, { id: number; entityId: number; date: string; mentions: number }>()
  for (const row of rows) {
    const pair = `${row.id}:${row.entityId}`
    const count = counts.get(pair)
    if (count) count.mentions++
    else counts.set(pair, { id: row.id, entityId: row.entityId, date: row.date, mentions: 1 })
  }
  const pairs = [...counts.values()]
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick)
  await tx.query(Prisma.sql`
    WITH m AS (
      INSERT INTO "Mention" ("articleId", position, "entityId", field, "paragraphPosition", "bylinePosition",
        date, start, "end", text, source)
      SELECT s.id, s.position, s."entityId", s.field::"MentionField", s.pp, s.bp, s.date::date, s.start, s."end",
        s.text, s.source::"MentionSource"
      FROM unnest(${col((r) => r.id)}::int[], ${col((r) => r.position)}::int[], ${col((r) => r.entityId)}::int[],
        ${col((r) => r.field)}::text[], ${col((r) => r.paragraphPosition)}::int[],
        ${col((r) => r.bylinePosition)}::int[], ${col((r) => r.date)}::text[], ${col((r) => r.start)}::int[],
        ${col((r) => r.end)}::int[], ${col((r) => r.text)}::text[], ${col((r) => r.source)}::text[])
        AS s(id, position, "entityId", field, pp, bp, date, start, "end", text, source)
    )
    INSERT INTO "ArticleEntity" ("articleId", "entityId", date, mentions)
    SELECT * FROM unnest(${pairs.map((p) => p.id)}::int[], ${pairs.map((p) => p.entityId)}::int[],
      ${pairs.map((p) => p.date)}::date[], ${pairs.map((p) => p.mentions)}::int[])`)
  return rows.length
}
