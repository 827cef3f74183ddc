// Store parsed pages: each call is one transaction of bulk UNNEST inserts that replaces what the sources gave before,
// then makes each story of the issues it touched one article.
import type { ParsedPage } from '@broadsheet/parser'
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import type { PlacementRole } from '../../generated/prisma/enums.ts'
import { isRetryableConflict } from '../database-fault.ts'
import { rawTransaction, type RawTransaction } from '../raw-transaction.ts'
import { applyEntityVerdicts } from './apply-entity-verdicts.ts'
import { consolidateIssues, type ConsolidationPlan, type FreshArticle } from './consolidate-issues.ts'
import { describeEntity, type EntityDescription } from './describe-entity.ts'
import { IngestError } from './ingest-error.ts'
import type { IngestSource } from './ingest-source.ts'
import { planArticles, type ArticleDraft, type PagePlan } from './plan-articles.ts'
import { disambiguatedId } from './public-id.ts'
import { storeSourcePdf } from './source-pdf.ts'
import { readPlacements } from './stored-article.ts'
import { validateParsedPage } from './validate-parsed-page.ts'

/** What one ingest did. */
export interface IngestResult {
  /** The stored articles' ids, in the order of the input items (new and unchanged alike). */
  articleIds: number[]
  /** Items written (each as an article, or as a printing of an article already stored). */
  inserted: number
  /** Items already stored with the same content hash, left alone. */
  unchanged: number
  /** Items from an earlier parse of the same source that this one replaced (deleted). */
  replaced: number
  /** Items that turned out to be another printing of a story already stored, now one of its placements. */
  reprints: number
  /** Parts of continued stories joined to the part before them. */
  continuations: number
  /**
   * Source files whose stored printings went with a replaced article (the same story printed there too): ingest
   * them again to store those printings again.
   */
  orphaned: string[]
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

// A fixed number of statements whatever the number of pages: lock and find the pages, read what the sources gave
// before, delete what the new parse replaces, consolidate the issues (reprints and parts of continued stories
// become one article), insert the articles with their children and placements, upsert the entities with their
// counts, insert the mentions. Round trips, not rows, are what a bulk load pays for.
async function writePlans(tx: Tx, plans: PagePlan[], options: IngestOptions): Promise<IngestResult> {
  const { pageIds, issueIds } = await lockAndFindPages(tx, plans)
  plans.forEach((plan, i) => {
    for (const draft of plan.articles)
      for (const placement of draft.placements) placement.pageId = pageIds[i]!
  })
  const existing = await findPlacements(tx, plans)
  const newHashes = new Set(plans.flatMap((plan) => plan.articles.map((a) => a.contentHash)))
  // A printing the new parse no longer gives: a reprint goes alone, a first printing or a part takes its article.
  const gone = existing.filter((row) => !newHashes.has(row.contentHash))
  const staleArticles = [...new Set(gone.filter((row) => row.role !== 'REPRINT').map((row) => row.articleId))]
  const staleReprints = gone.filter((row) => row.role === 'REPRINT').map((row) => row.publicId)
  const kept = existing.filter(
    (row) => newHashes.has(row.contentHash) && !staleArticles.includes(row.articleId),
  )
  const keptHashes = new Set(kept.map((row) => row.contentHash))
  const fresh: FreshArticle[] = []
  plans.forEach((plan, i) => {
    for (const draft of plan.articles) {
      if (keptHashes.has(draft.contentHash)) continue
      fresh.push({ draft, pageId: pageIds[i]!, page: plan.number, issueId: issueIds[i]!, date: plan.date })
    }
  })
  const total = plans.reduce((n, plan) => n + plan.articles.length, 0)
  const result: IngestResult = {
    articleIds: [],
    inserted: fresh.length,
    unchanged: total - fresh.length,
    replaced: staleArticles.length + staleReprints.length,
    reprints: 0,
    continuations: 0,
    orphaned: [],
    mentions: 0,
  }

  // key → [mentions, articles] to add (negative for the articles that go), and the surface forms seen.
  const delta = new Map<string, [number, number]>()
  const add = (key: string, mentions: number, articles: number) => {
    const d = delta.get(key) ?? [0, 0]
    delta.set(key, [d[0] + mentions, d[1] + articles])
  }
  if (staleReprints.length > 0) await deletePlacements(tx, staleReprints)
  if (staleArticles.length > 0) {
    const scope = new Set(plans.map((plan) => plan.sourceFile))
    const elsewhere = [...(await readPlacements(tx, staleArticles)).values()].flat()
    result.orphaned = [...new Set(elsewhere.map((p) => p.sourceFile).filter((f) => !scope.has(f)))].sort()
    for (const row of await deleteArticles(tx, staleArticles)) add(row.key, -row.m, -row.a)
  }
  await claimPublicIds(tx, fresh)
  const plan = await consolidateIssues(tx, fresh, staleArticles)
  result.reprints = plan.reprints
  result.continuations = plan.continuations
  if (plan.remove.length > 0) {
    for (const row of await deleteArticles(tx, plan.remove)) add(row.key, -row.m, -row.a)
  }
  await applyEntityVerdicts(tx, plan.insert)
  const surfaces = new Map<string, Set<string>>()
  const idByHash = new Map(kept.map((row) => [row.contentHash, row.articleId]))
  if (plan.insert.length > 0) {
    for (const row of await insertArticles(tx, plan.insert)) idByHash.set(row.contentHash, row.id)
    await options.afterArticles?.()
    for (const { draft } of plan.insert) {
      const perKey = new Map<string, number>()
      for (const m of draft.mentions) {
        perKey.set(m.key, (perKey.get(m.key) ?? 0) + 1)
        ;(surfaces.get(m.key) ?? surfaces.set(m.key, new Set()).get(m.key)!).add(m.text)
      }
      for (const [key, count] of perKey) add(key, count, 1)
    }
  }
  if (plan.attach.length > 0) await attachPlacements(tx, plan.attach)
  if (delta.size > 0) {
    const entityIds = await upsertEntities(tx, delta, surfaces)
    result.mentions = await insertMentions(tx, plan.insert, idByHash, entityIds)
  }
  // Every item's article as it stands now, merged or not: its printing's row says.
  const ids = plans.flatMap((p) => p.articles.map((a) => a.placements[0]!.publicId))
  const articleOf = new Map(
    (
      await tx.query<{ contentHash: string; articleId: number }>(Prisma.sql`
        SELECT "contentHash", "articleId" FROM "Placement" WHERE "publicId" = ANY(${ids}::text[])`)
    ).map((row) => [row.contentHash, row.articleId]),
  )
  result.articleIds = plans.flatMap((p) =>
    p.articles.map((a) => articleOf.get(a.contentHash) ?? idByHash.get(a.contentHash)!),
  )
  return result
}

interface StoredPlacement {
  publicId: string
  articleId: number
  role: PlacementRole
  contentHash: string
}

// What the sources gave before: the printings stored from these files' line ranges.
async function findPlacements(tx: Tx, plans: PagePlan[]) {
  return tx.query<StoredPlacement>(Prisma.sql`
    SELECT pl."publicId", pl."articleId", pl.role::text AS role, pl."contentHash" FROM "Placement" pl
    JOIN unnest(${plans.map((p) => p.sourceFile)}::text[], ${plans.map((p) => p.scope[0])}::int[],
                ${plans.map((p) => p.scope[1])}::int[]) AS s(file, first, last)
      ON pl."sourceFile" = s.file AND pl."sourceFirstLine" >= s.first AND pl."sourceLastLine" <= s.last`)
}

async function deletePlacements(tx: Tx, publicIds: string[]) {
  await tx.query(Prisma.sql`DELETE FROM "Placement" WHERE "publicId" = ANY(${publicIds}::text[])`)
}

// Give each fresh printing its public id, or, when another source's printing already has it (a page read both
// as layout text and as an e-edition file), the id with its source's mark after it.
async function claimPublicIds(tx: Tx, fresh: FreshArticle[]) {
  if (fresh.length === 0) return
  const placements = fresh.flatMap((f) => f.draft.placements)
  const taken = new Set(
    (
      await tx.query<{ publicId: string }>(Prisma.sql`
        SELECT "publicId" FROM "Placement" WHERE "publicId" = ANY(${placements.map((p) => p.publicId)}::text[])`)
    ).map((row) => row.publicId),
  )
  for (const f of fresh) {
    for (const placement of f.draft.placements) {
      if (taken.has(placement.publicId)) {
        placement.publicId = disambiguatedId(
          placement.publicId,
          placement.sourceFile,
          placement.sourceFirstLine,
        )
      }
      taken.add(placement.publicId)
    }
    f.draft.publicId = f.draft.placements[0]!.publicId
  }
}

// Add printings to stored articles, then number every printing of those articles again: the first, the parts,
// then the reprints by date, page and position.
async function attachPlacements(tx: Tx, attach: ConsolidationPlan['attach']) {
  const rows = attach.map(({ articleId, placement }) => ({ articleId, ...placement }))
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick)
  await tx.query(Prisma.sql`
    INSERT INTO "Placement" ("publicId", "articleId", position, role, "pageId", date, "pagePosition",
      "sourceFile", "sourceFirstLine", "sourceLastLine", "contentHash", "continuesOnPage", "continuedFromPage")
    SELECT s."publicId", s."articleId", 1000000 + s.ord, s.role::"PlacementRole", s."pageId", s.date::date,
      s."pagePosition", s."sourceFile", s."sourceFirstLine", s."sourceLastLine", s."contentHash", s.cont, s."from"
    FROM unnest(${col((r) => r.publicId)}::text[], ${col((r) => r.articleId)}::int[], ${col((r) => r.role)}::text[],
        ${col((r) => r.pageId)}::int[], ${col((r) => r.date)}::text[], ${col((r) => r.pagePosition)}::int[],
        ${col((r) => r.sourceFile)}::text[], ${col((r) => r.sourceFirstLine)}::int[],
        ${col((r) => r.sourceLastLine)}::int[], ${col((r) => r.contentHash)}::text[],
        ${col((r) => r.continuesOnPage)}::int[], ${col((r) => r.continuedFromPage)}::int[])
        WITH ORDINALITY AS s("publicId", "articleId", role, "pageId", date, "pagePosition", "sourceFile",
          "sourceFirstLine", "sourceLastLine", "contentHash", cont, "from", ord)`)
  const articleIds = [...new Set(col((r) => r.articleId))]
  await tx.query(Prisma.sql`
    UPDATE "Placement" pl SET position = o.position FROM (
      SELECT pl."publicId", (row_number() OVER (PARTITION BY pl."articleId"
        ORDER BY CASE pl.role WHEN 'FIRST' THEN 0 WHEN 'CONTINUATION' THEN 1 ELSE 2 END,
          CASE WHEN pl.role = 'CONTINUATION' THEN pl.position ELSE 0 END, pl.date, g.number, pl."pagePosition")
        - 1)::int AS position
      FROM "Placement" pl JOIN "Page" g ON g.id = pl."pageId"
      WHERE pl."articleId" = ANY(${articleIds}::int[])
    ) o
    WHERE pl."publicId" = o."publicId" AND pl.position <> o.position`)
}

type Fresh = Pick<FreshArticle, 'draft' | 'pageId' | 'date'>

// Take the locks (concurrent ingests of one source must not both insert its articles, and two pages of one issue
// must consolidate one after the other), then find or create every publication, issue and page in one statement.
// DO NOTHING takes no row lock, so concurrent pages of one issue do not queue behind each other until the issue
// lock; a row another transaction created after this statement's snapshot shows up missing, and the caller runs
// the transaction again.
async function lockAndFindPages(
  tx: Tx,
  plans: PagePlan[],
): Promise<{ pageIds: number[]; issueIds: number[] }> {
  const keys = [
    ...new Set([
      ...plans.map((plan) => `file:${plan.sourceFile}`),
      ...plans.map((plan) => `issue:${plan.publication}:${plan.date}`),
    ]),
  ].sort()
  const rows = await tx.query<{ ord: number; id: number; issueId: number }>(Prisma.sql`
    WITH locked AS (
      SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) AS n
      FROM (SELECT k FROM unnest(${keys}::text[]) AS k ORDER BY k) AS keys
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
    SELECT wanted.ord::int AS ord, g.id, wanted."issueId" FROM wanted
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
  return { pageIds: rows.map((row) => row.id), issueIds: rows.map((row) => row.issueId) }
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

// Insert the articles with their hashes, placements, bylines, sections and paragraphs in one statement; children
// find their article by content hash. Foreign keys are checked at the end of the statement, when every row is in.
async function insertArticles(tx: Tx, fresh: Fresh[]) {
  const col = <T>(pick: (d: ArticleDraft) => T) => fresh.map((f) => pick(f.draft))
  const placements = fresh.flatMap(({ draft }) =>
    draft.placements.map((p, position) => ({ hash: draft.contentHash, position, ...p })),
  )
  const pcol = <T>(pick: (p: (typeof placements)[number]) => T) => placements.map(pick)
  const bylines = fresh.flatMap(({ draft }) => draft.bylines.map((b) => ({ hash: draft.contentHash, ...b })))
  const sections = fresh.flatMap(({ draft }) =>
    draft.sections.map((s) => ({ hash: draft.contentHash, ...s })),
  )
  const paragraphs = fresh.flatMap(({ draft }) =>
    draft.paragraphs.map((p) => ({ hash: draft.contentHash, ...p })),
  )
  return tx.query<{ id: number; contentHash: string }>(Prisma.sql`
    WITH a AS (
      INSERT INTO "Article" ("publicId", "pageId", position, date, kind, kicker, title, subtitle, credit,
        "datelineText", "datelineAgency", "datelinePlace", "datelineDate", "sourceFormat", "sourceFile",
        "sourceFirstLine", "sourceLastLine", "sourceText", "contentHash", search)
      SELECT s."publicId", s."pageId", s.position, s.date::date, s.kind::"ArticleKind", s.kicker, s.title, s.subtitle, s.credit,
        s."datelineText", s."datelineAgency", s."datelinePlace", s."datelineDate"::date,
        s."sourceFormat"::"SourceFormat", s."sourceFile", s."sourceFirstLine", s."sourceLastLine", s."sourceText",
        s."contentHash", s.search::tsvector
      FROM unnest(${col((d) => d.publicId)}::text[], ${fresh.map((f) => f.pageId)}::int[],
        ${col((d) => d.position)}::int[],
        ${fresh.map((f) => f.date)}::text[], ${col((d) => d.kind)}::text[], ${col((d) => d.kicker)}::text[],
        ${col((d) => d.title)}::text[], ${col((d) => d.subtitle)}::text[], ${col((d) => d.credit)}::text[],
        ${col((d) => d.datelineText)}::text[], ${col((d) => d.datelineAgency)}::text[],
        ${col((d) => d.datelinePlace)}::text[], ${col((d) => d.datelineDate)}::text[],
        ${col((d) => d.sourceFormat)}::text[], ${col((d) => d.sourceFile)}::text[],
        ${col((d) => d.sourceFirstLine)}::int[], ${col((d) => d.sourceLastLine)}::int[],
        ${col((d) => d.sourceText)}::text[], ${col((d) => d.contentHash)}::text[],
        ${col((d) => d.search)}::text[])
        AS s("publicId", "pageId", position, date, kind, kicker, title, subtitle, credit, "datelineText",
             "datelineAgency", "datelinePlace", "datelineDate", "sourceFormat", "sourceFile", "sourceFirstLine",
             "sourceLastLine", "sourceText", "contentHash", search)
      RETURNING id, "contentHash"
    ), h AS (
      -- The unique content hash: a second article with the same hash fails the whole statement.
      INSERT INTO "ArticleHash" ("contentHash", "articleId") SELECT "contentHash", id FROM a
    ), pl AS (
      INSERT INTO "Placement" ("publicId", "articleId", position, role, "pageId", date, "pagePosition",
        "sourceFile", "sourceFirstLine", "sourceLastLine", "contentHash", "continuesOnPage", "continuedFromPage")
      SELECT s."publicId", a.id, s.position, s.role::"PlacementRole", s."pageId", s.date::date, s."pagePosition",
        s."sourceFile", s."sourceFirstLine", s."sourceLastLine", s."contentHash", s.cont, s."from"
      FROM unnest(${pcol((p) => p.hash)}::text[], ${pcol((p) => p.publicId)}::text[],
        ${pcol((p) => p.position)}::int[], ${pcol((p) => p.role)}::text[], ${pcol((p) => p.pageId)}::int[],
        ${pcol((p) => p.date)}::text[], ${pcol((p) => p.pagePosition)}::int[], ${pcol((p) => p.sourceFile)}::text[],
        ${pcol((p) => p.sourceFirstLine)}::int[], ${pcol((p) => p.sourceLastLine)}::int[],
        ${pcol((p) => p.contentHash)}::text[], ${pcol((p) => p.continuesOnPage)}::int[],
        ${pcol((p) => p.continuedFromPage)}::int[])
        AS s(hash, "publicId", position, role, "pageId", date, "pagePosition", "sourceFile", "sourceFirstLine",
             "sourceLastLine", "contentHash", cont, "from")
      JOIN a ON a."contentHash" = s.hash
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
      INSERT INTO "Paragraph" ("articleId", position, "sectionPosition", text, "datelineText", "firstLine",
        "lastLine", search)
      SELECT a.id, s.position, s."sectionPosition", s.text, s.dateline, s."firstLine", s."lastLine",
        s.search::tsvector
      FROM unnest(${paragraphs.map((p) => p.hash)}::text[], ${paragraphs.map((p) => p.position)}::int[],
        ${paragraphs.map((p) => p.sectionPosition)}::int[], ${paragraphs.map((p) => p.text)}::text[],
        ${paragraphs.map((p) => p.datelineText)}::text[],
        ${paragraphs.map((p) => p.firstLine)}::int[], ${paragraphs.map((p) => p.lastLine)}::int[],
        ${paragraphs.map((p) => p.search)}::text[])
        AS s(hash, position, "sectionPosition", text, dateline, "firstLine", "lastLine", search)
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
