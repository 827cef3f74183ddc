// Check every entity of the archive against what the whole archive says about its name, merge the ones that are one
// real thing, apply the editors' corrections, and store the verdicts so that ingest applies them from then on.
import { canonicalId, districtsCalled, knownPlace, type EntityType } from '@broadsheet/parser'
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { describeEntity } from '../ingest/describe-entity.ts'
import { rawTransaction, type RawTransaction } from '../raw-transaction.ts'
import { checkEntity, contextScore, type EntityStats, type NameProfile } from './check-entity.ts'
import { readCorrections, type Correction } from './entity-corrections.ts'
import { createOccurrenceFinder } from './find-occurrences.ts'
import { planEntityMerges, splitPlacePrefix, type MergeCandidate } from './plan-entity-merges.ts'

/** One decision about an entity key (or one of its surface forms). */
export interface EntityVerdict {
  key: string
  /** The surface form it applies to, or '' for every mention. */
  text: string
  /** Where the mentions go; null: they are no mention. */
  into: string | null
  reason: string
  source: 'CHECK' | 'HAND'
}

/** What a curation did. */
export interface CurationReport {
  /** Entities checked. */
  entities: number
  /** New verdicts: entities dropped, merged into another, and editors' corrections. */
  rejected: number
  merged: number
  corrected: number
  /** Mentions dropped and mentions moved to another entity. */
  mentionsDropped: number
  mentionsMoved: number
  verdicts: EntityVerdict[]
}

export interface CurationOptions {
  /** The editors' corrections (default: the committed `corrections/entities.json`). */
  corrections?: Correction[]
  /** Check entities with at least this many mentions (default 1: all). */
  minMentions?: number
}

/**
 * Curate the archive's entities: check each against the archive (`checkEntity`), plan merges (`planEntityMerges`),
 * add the editors' corrections, and apply them all — mentions moved or dropped, per-article counts and entity counts
 * recomputed, entities left without mentions deleted, verdicts stored — in one transaction per round, until a
 * round finds nothing new. Running it again on the same archive changes nothing.
 *
 * @example const report = await curateEntities(prisma)
 */
export async function curateEntities(
  prisma: PrismaClient,
  options: CurationOptions = {},
): Promise<CurationReport> {
  const corrections = options.corrections ?? (await readCorrections())
  const report: CurationReport = {
    entities: 0,
    rejected: 0,
    merged: 0,
    corrected: 0,
    mentionsDropped: 0,
    mentionsMoved: 0,
    verdicts: [],
  }
  for (let round = 0; round < 4; round++) {
    const verdicts = await rawTransaction(prisma, async (tx) => {
      const decided = await decide(tx, corrections, options.minMentions ?? 1, report)
      if (decided.length === 0) return decided
      const applied = await applyVerdicts(tx, decided)
      report.mentionsDropped += applied.dropped
      report.mentionsMoved += applied.moved
      return decided
    })
    if (verdicts.length === 0) break
    for (const v of verdicts) {
      if (v.source === 'HAND') report.corrected++
      else if (v.into === null) report.rejected++
      else report.merged++
    }
    report.verdicts.push(...verdicts)
  }
  return report
}

interface LiveEntity extends MergeCandidate {
  id: number
  gold: number
}

// One round: the verdicts the archive as it stands calls for, bar those already stored.
async function decide(
  tx: RawTransaction,
  corrections: Correction[],
  minMentions: number,
  report: CurationReport,
): Promise<EntityVerdict[]> {
  const entities = await tx.query<LiveEntity>(Prisma.sql`
    SELECT e.id, e.key, e.type::text AS type, e.name, e."mentionCount" AS mentions, e."articleCount" AS articles,
      (SELECT count(*)::int FROM "Mention" m WHERE m."entityId" = e.id AND m.source = 'GOLD') AS gold
    FROM "Entity" e WHERE e."mentionCount" > 0`)
  report.entities = entities.length
  const stored = await tx.query<{ key: string; text: string }>(
    Prisma.sql`SELECT key, text FROM "EntityVerdict"`,
  )
  const done = new Set(stored.map((v) => `${v.key}\u0000${v.text}`))
  const fresh = (v: EntityVerdict) => !done.has(`${v.key}\u0000${v.text}`)

  // The editors have the last word: their corrections of live entities, and nothing else decides those keys.
  // Stored even for keys the archive does not hold yet, so that ingest applies them when one arrives.
  const hand: EntityVerdict[] = corrections.map((c) => ({
    key: c.key,
    text: c.text,
    into: c.into,
    reason: c.why,
    source: 'HAND' as const,
  }))
  const handled = new Set(hand.filter((v) => v.text === '').map((v) => v.key))

  const checked = entities.filter((e) => e.mentions >= minMentions && !handled.has(e.key))
  const stats = await gatherStats(
    tx,
    checked,
    entities.map((e) => e.name),
  )
  const rejected: EntityVerdict[] = []
  for (const e of checked) {
    const reason = checkEntity(stats.entities.get(e.key) ?? emptyStats(e), stats.profile)
    if (reason !== null) rejected.push({ key: e.key, text: '', into: null, reason, source: 'CHECK' })
  }
  const gone = new Set([...rejected.map((v) => v.key), ...handled])
  const candidates = entities.filter((e) => !gone.has(e.key))
  const pairs = await sharedArticleCounts(tx, candidates)
  const merges: EntityVerdict[] = planEntityMerges(candidates, {
    organizationKey: (name) => canonicalId('ORGANIZATION', name),
    knownPlace,
    districtsCalled,
    placeAncestors: (place) => {
      const chain: string[] = []
      for (let p = describeEntity(`LOCATION:${place}`).parent; p !== null && chain.length < 5;) {
        chain.push(p.slice('LOCATION:'.length))
        p = describeEntity(p).parent
      }
      return chain
    },
    sharedArticles: (a, b) => pairs.get(`${a}\u0000${b}`) ?? 0,
    typeFit: (name, type) => {
      const seen = ['PERSON', 'LOCATION', 'ORGANIZATION']
        .map((t) => stats.entities.get(`${t}:${name}`))
        .find((s) => s !== undefined && s.occurrences > 0)
      return seen === undefined ? 0 : contextScore({ ...seen, type }, stats.profile)
    },
  }).map((m) => ({ key: m.key, text: '', into: m.into, reason: m.reason, source: 'CHECK' as const }))
  return [...hand, ...rejected, ...merges].filter(fresh)
}

function emptyStats(e: LiveEntity): EntityStats {
  return { ...e, occurrences: 0, left: new Map(), right: new Map() }
}

// Read the archive's text once: the neighbours of every occurrence of the checked entities' names, and how gold
// names of each type sit in text.
async function gatherStats(
  tx: RawTransaction,
  entities: LiveEntity[],
  names: string[],
): Promise<{ entities: Map<string, EntityStats>; profile: NameProfile }> {
  const surfaces = await tx.query<{ entityId: number; text: string }>(Prisma.sql`
    SELECT DISTINCT "entityId", text FROM "Mention"
    WHERE "entityId" = ANY(${entities.map((e) => e.id)}::int[]) AND char_length(text) >= 2`)
  const byId = new Map(entities.map((e) => [e.id, e]))
  const patterns = [...new Set(surfaces.map((s) => s.text))]
  const owners = new Map<string, LiveEntity[]>()
  for (const s of surfaces) {
    const e = byId.get(s.entityId)
    if (e) owners.set(s.text, [...(owners.get(s.text) ?? []), e])
  }
  type Counted = EntityStats & { left: Counts; right: Counts }
  const stats = new Map<string, Counted>(
    entities.map((e) => [e.key, { ...e, occurrences: 0, left: new Map(), right: new Map() }]),
  )
  const profile = {
    left: { PERSON: new Map(), LOCATION: new Map(), ORGANIZATION: new Map() } as Record<EntityType, Counts>,
    right: { PERSON: new Map(), LOCATION: new Map(), ORGANIZATION: new Map() } as Record<EntityType, Counts>,
    background: new Map() as Counts,
    givenNames: new Map() as Counts,
    names: new Set(names),
  }
  const finder = createOccurrenceFinder(patterns)
  const texts = await tx.query<{ articleId: number; position: number; text: string }>(Prisma.sql`
    SELECT "articleId", position, text FROM "Paragraph"
    UNION ALL SELECT id, -1, title FROM "Article" WHERE title IS NOT NULL`)
  const byPlace = new Map<string, string>()
  for (const { articleId, position, text } of texts) {
    byPlace.set(`${articleId}:${position}`, text)
    for (const char of text) bump(profile.background, char)
    bump(profile.background, '^')
    bump(profile.background, '$')
    finder.scan(text, (pattern, start) => {
      const surface = patterns[pattern] as string
      const before = start > 0 ? (text[start - 1] as string) : '^'
      const end = start + surface.length
      const after = end < text.length ? (text[end] as string) : '$'
      for (const owner of owners.get(surface) ?? []) {
        const s = stats.get(owner.key) as EntityStats & {
          left: Map<string, number>
          right: Map<string, number>
        }
        s.occurrences++
        bump(s.left, before)
        bump(s.right, after)
      }
    })
  }
  // The archive's gold mentions (the PKU corpus's annotation) teach what stands beside names of each type.
  const gold = await tx.query<{
    articleId: number
    paragraphPosition: number | null
    start: number
    end: number
    type: EntityType
    text: string
  }>(Prisma.sql`
    SELECT m."articleId", coalesce(m."paragraphPosition", -1) AS "paragraphPosition", m.start, m."end",
      e.type::text AS type, m.text
    FROM "Mention" m JOIN "Entity" e ON e.id = m."entityId"
    WHERE m.source = 'GOLD' AND m.field <> 'BYLINE'`)
  for (const g of gold) {
    const text = byPlace.get(`${g.articleId}:${g.paragraphPosition}`)
    if (text === undefined) continue
    bump(profile.left[g.type], g.start > 0 ? (text[g.start - 1] as string) : '^')
    bump(profile.right[g.type], g.end < text.length ? (text[g.end] as string) : '$')
    if (g.type === 'PERSON' && (g.text.length === 2 || g.text.length === 3))
      for (const char of g.text.slice(1)) bump(profile.givenNames, char)
  }
  return { entities: stats, profile: profile satisfies NameProfile }
}

type Counts = Map<string, number>

function bump(counts: Counts, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

// How many articles mention both of a pair, for the pairs merging asks about: a place the gazetteer does not know
// and the one organization it heads (火神山, 火神山医院); a district's short name and its city (武昌, 武汉市).
async function sharedArticleCounts(
  tx: RawTransaction,
  entities: MergeCandidate[],
): Promise<Map<string, number>> {
  const keys = new Set(entities.map((e) => e.key))
  const pairs: [string, string][] = []
  for (const e of entities) {
    if (e.type !== 'LOCATION' || knownPlace(e.name) !== null) continue
    for (const head of ['医院', '大学', '学院', '公司', '集团', '银行', '研究院', '研究所', '中学', '小学']) {
      if (keys.has(`ORGANIZATION:${e.name}${head}`)) pairs.push([e.key, `ORGANIZATION:${e.name}${head}`])
    }
    for (const district of districtsCalled(e.name)) {
      if (district.city !== null) pairs.push([e.key, `LOCATION:${district.city}`])
    }
  }
  // An organization's bare name and the place printed before it elsewhere (金银潭医院, 武汉市).
  for (const e of entities) {
    const split = e.type === 'ORGANIZATION' ? splitPlacePrefix(e.name, knownPlace) : null
    if (split !== null && keys.has(`ORGANIZATION:${split.core}`))
      pairs.push([`ORGANIZATION:${split.core}`, `LOCATION:${split.place}`])
  }
  if (pairs.length === 0) return new Map()
  const rows = await tx.query<{ a: string; b: string; n: number }>(Prisma.sql`
    SELECT p.a, p.b, count(*)::int AS n
    FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS p(a, b)
    JOIN "Entity" ea ON ea.key = p.a JOIN "Entity" eb ON eb.key = p.b
    JOIN "ArticleEntity" xa ON xa."entityId" = ea.id
    JOIN "ArticleEntity" xb ON xb."entityId" = eb.id AND xb."articleId" = xa."articleId"
    GROUP BY p.a, p.b`)
  return new Map(rows.map((r) => [`${r.a}\u0000${r.b}`, r.n]))
}

/**
 * Apply verdicts to the stored mentions in one go: create the entities they merge into, move or drop the
 * mentions, rebuild the per-article counts of the articles touched and the counts of the entities touched, delete
 * the entities left without mentions (their names stay as aliases of the entity they went into), and store the
 * verdicts, pointing earlier verdicts at the new end of their chain.
 */
export async function applyVerdicts(
  tx: RawTransaction,
  verdicts: EntityVerdict[],
): Promise<{ moved: number; dropped: number }> {
  const targets = [...new Set(verdicts.flatMap((v) => (v.into === null ? [] : [v.into])))]
  const described = targets.map((key) => describeEntity(key))
  if (described.length > 0) {
    await tx.query(Prisma.sql`
      INSERT INTO "Entity" (key, type, name, aliases)
      SELECT s.key, s.type::"EntityType", s.name,
        CASE WHEN s.aliases = '' THEN '{}'::text[] ELSE string_to_array(s.aliases, E'\\x1f') END
      FROM unnest(${described.map((d) => d.canonical)}::text[], ${described.map((d) => d.type)}::text[],
        ${described.map((d) => d.name)}::text[], ${described.map((d) => d.aliases.join('\u001f'))}::text[])
        AS s(key, type, name, aliases)
      ORDER BY s.key
      ON CONFLICT (key) DO NOTHING`)
  }
  const col = <T>(pick: (v: EntityVerdict) => T) => verdicts.map(pick)
  const [changed] = await tx.query<{
    moved: number
    dropped: number
    articles: number[]
    entities: number[]
  }>(
    Prisma.sql`
    WITH v AS (
      SELECT s.key, s.text, s.target, src.id AS "sourceId", dst.id AS "targetId"
      FROM unnest(${col((v) => v.key)}::text[], ${col((v) => v.text)}::text[], ${col((v) => v.into)}::text[])
        AS s(key, text, target)
      JOIN "Entity" src ON src.key = s.key
      LEFT JOIN "Entity" dst ON dst.key = s.target
    ), moved AS (
      UPDATE "Mention" m SET "entityId" = v."targetId" FROM v
      WHERE m."entityId" = v."sourceId" AND v."targetId" IS NOT NULL AND (v.text = '' OR m.text = v.text)
      RETURNING m."articleId", v."sourceId", v."targetId"
    ), dropped AS (
      DELETE FROM "Mention" m USING v
      WHERE m."entityId" = v."sourceId" AND v."targetId" IS NULL AND (v.text = '' OR m.text = v.text)
      RETURNING m."articleId", v."sourceId"
    )
    SELECT (SELECT count(*)::int FROM moved) AS moved, (SELECT count(*)::int FROM dropped) AS dropped,
      ARRAY(SELECT DISTINCT "articleId" FROM moved UNION SELECT DISTINCT "articleId" FROM dropped) AS articles,
      ARRAY(SELECT "sourceId" FROM v UNION SELECT "targetId" FROM v WHERE "targetId" IS NOT NULL) AS entities`,
  )
  const articles = changed?.articles ?? []
  const entities = changed?.entities ?? []
  // Counts from the mentions as they now are: per article first, then per entity.
  // Two statements: an INSERT does not see a DELETE of its own statement.
  await tx.query(Prisma.sql`DELETE FROM "ArticleEntity" WHERE "articleId" = ANY(${articles}::int[])`)
  await tx.query(Prisma.sql`
    INSERT INTO "ArticleEntity" ("articleId", "entityId", date, mentions)
    SELECT "articleId", "entityId", min(date), count(*)::int FROM "Mention"
    WHERE "articleId" = ANY(${articles}::int[]) GROUP BY "articleId", "entityId"`)
  await tx.query(Prisma.sql`
    UPDATE "Entity" e SET "mentionCount" = coalesce(c.m, 0), "articleCount" = coalesce(c.a, 0)
    FROM (SELECT id FROM unnest(${entities}::int[]) AS id) ids
    LEFT JOIN (SELECT "entityId", count(*)::int AS m, count(DISTINCT "articleId")::int AS a FROM "Mention"
      WHERE "entityId" = ANY(${entities}::int[]) GROUP BY 1) c ON c."entityId" = ids.id
    WHERE e.id = ids.id`)
  // A merged entity's names live on as aliases of the one it went into.
  await tx.query(Prisma.sql`
    UPDATE "Entity" dst SET aliases = ARRAY(
      SELECT DISTINCT x FROM unnest(dst.aliases || src.aliases || ARRAY[src.name]) AS x WHERE x <> dst.name ORDER BY x)
    FROM unnest(${col((v) => v.key)}::text[], ${col((v) => v.text)}::text[], ${col((v) => v.into)}::text[])
      AS s(key, text, target)
    JOIN "Entity" src ON src.key = s.key
    WHERE s.target IS NOT NULL AND s.text = '' AND dst.key = s.target`)
  await tx.query(Prisma.sql`
    DELETE FROM "Entity" e WHERE e.id = ANY(${entities}::int[]) AND e."mentionCount" = 0
      AND NOT EXISTS (SELECT 1 FROM "Entity" c WHERE c."parentId" = e.id)`)
  await tx.query(Prisma.sql`
    WITH v AS (
      SELECT * FROM unnest(${col((v) => v.key)}::text[], ${col((v) => v.text)}::text[],
        ${col((v) => v.into)}::text[], ${col((v) => v.reason)}::text[], ${col((v) => v.source)}::text[])
        AS s(key, text, target, reason, source)
    ), chained AS (
      -- An earlier verdict into a key decided now goes where that key goes.
      UPDATE "EntityVerdict" old SET target = v.target FROM v WHERE old.target = v.key AND v.text = ''
    )
    INSERT INTO "EntityVerdict" (key, text, target, reason, source)
    SELECT key, text, target, reason, source::"VerdictSource" FROM v
    ON CONFLICT (key, text) DO UPDATE SET target = EXCLUDED.target, reason = EXCLUDED.reason,
      source = EXCLUDED.source`)
  return { moved: changed?.moved ?? 0, dropped: changed?.dropped ?? 0 }
}

/**
 * True when the editors' corrections hold one the archive has not applied yet (so a seed that loaded nothing new
 * still has entities to curate).
 */
export async function hasPendingCorrections(
  prisma: PrismaClient,
  corrections?: Correction[],
): Promise<boolean> {
  const wanted = corrections ?? (await readCorrections())
  if (wanted.length === 0) return false
  const stored = await prisma.$queryRaw<
    { key: string; text: string; target: string | null; reason: string }[]
  >`
    SELECT key, text, target, reason FROM "EntityVerdict" WHERE source = 'HAND'`
  const have = new Set(stored.map((v) => `${v.key}\u0000${v.text}\u0000${v.target}\u0000${v.reason}`))
  return wanted.some((c) => !have.has(`${c.key}\u0000${c.text}\u0000${c.into}\u0000${c.why}`))
}
