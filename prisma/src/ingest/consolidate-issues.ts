// Make each story of the issues an ingest touches one article: fold reprints into their first printing and join the
// parts of continued stories, before anything is written.
import { createHash } from 'node:crypto'
import type { Item } from '@broadsheet/parser'
import { Prisma } from '../../generated/prisma/client.ts'
import type { RawTransaction } from '../raw-transaction.ts'
import { planArticle, type ArticleDraft, type PlacementDraft } from './plan-articles.ts'
import { planConsolidation, type IssueArticle } from './plan-consolidation.ts'
import { readPlacements, readStoredArticles, type StoredArticle } from './stored-article.ts'

/** A planned article about to be inserted, with its page and issue. */
export interface FreshArticle {
  draft: ArticleDraft
  pageId: number
  /** The page's number (版次). */
  page: number
  issueId: number
  date: string
}

/** What consolidation asks the writer to do instead of inserting the fresh articles as they came. */
export interface ConsolidationPlan {
  /** The articles to insert: fresh ones that stand, with any reprints' placements, and stories joined from parts. */
  insert: FreshArticle[]
  /** Stored articles that another one takes the place of: a later printing, or a part now inside a joined story. */
  remove: number[]
  /** Printings to add to stored articles that stay (their positions are numbered again afterwards). */
  attach: { articleId: number; placement: PlacementDraft }[]
  reprints: number
  continuations: number
}

/**
 * Plan the consolidation of the issues `fresh` goes into: compare the fresh articles with each other and with the
 * issue's stored articles (but `stale` ones, about to go), and turn each merge into rows to insert, articles to
 * remove and placements to attach. A fresh article that is a later printing of a stored one is not inserted; a
 * stored one that turns out to be a later printing of a fresh one is removed, and its placements move to the fresh
 * one; parts of a continued story become one new article whose placements are the parts in order.
 */
export async function consolidateIssues(
  tx: RawTransaction,
  fresh: FreshArticle[],
  stale: number[],
): Promise<ConsolidationPlan> {
  const plan: ConsolidationPlan = { insert: [], remove: [], attach: [], reprints: 0, continuations: 0 }
  if (fresh.length === 0) return plan
  const issueIds = [...new Set(fresh.map((f) => f.issueId))]
  const stored = await readIssueArticles(tx, issueIds, stale)
  // Fresh articles take ids below zero while they have none.
  const freshById = new Map(fresh.map((f, i) => [-(i + 1), f]))
  const merges = issueIds.flatMap((issueId) =>
    planConsolidation([
      ...stored.filter((a) => a.issueId === issueId),
      ...[...freshById].filter(([, f]) => f.issueId === issueId).map(([id, f]) => asIssueArticle(id, f)),
    ]),
  )
  if (merges.length === 0) return { ...plan, insert: fresh }

  const storedIds = merges.flatMap((m) =>
    (m.kind === 'reprint' ? [m.keep, m.drop] : [m.first, m.next]).filter((id) => id > 0),
  )
  const storedPlacements = await readPlacements(tx, storedIds)
  const joinedIds = merges.flatMap((m) => (m.kind === 'continuation' ? [m.first, m.next] : []))
  const storedArticles = new Map(
    (
      await readStoredArticles(
        tx,
        joinedIds.filter((id) => id > 0),
      )
    ).map((a) => [a.id, a]),
  )
  const skipped = new Set<number>()
  const placementsOf = (id: number) =>
    id < 0 ? (freshById.get(id) as FreshArticle).draft.placements : (storedPlacements.get(id) ?? [])

  for (const merge of merges) {
    if (merge.kind === 'reprint') {
      plan.reprints++
      const moved = placementsOf(merge.drop).map((p) => ({ ...p, role: 'REPRINT' as const }))
      if (merge.drop < 0) skipped.add(merge.drop)
      else plan.remove.push(merge.drop)
      if (merge.keep < 0) (freshById.get(merge.keep) as FreshArticle).draft.placements.push(...moved)
      else plan.attach.push(...moved.map((placement) => ({ articleId: merge.keep, placement })))
      continue
    }
    plan.continuations++
    const part = (id: number): FreshArticle | StoredArticle =>
      id < 0 ? (freshById.get(id) as FreshArticle) : (storedArticles.get(id) as StoredArticle)
    const [first, next] = [part(merge.first), part(merge.next)]
    for (const id of [merge.first, merge.next]) {
      if (id < 0) skipped.add(id)
      else plan.remove.push(id)
    }
    plan.insert.push(joinParts(first, next))
  }
  plan.insert.unshift(...[...freshById].filter(([id]) => !skipped.has(id)).map(([, f]) => f))
  for (const f of plan.insert) f.draft.placements = ordered(f.draft.placements)
  return plan
}

/**
 * One story from two parts: the first part's title, fields and paragraphs, then the next part's sections; bylines
 * of both, once each. Its placements are the first part's, then the next part's as continuations; its public id
 * and first printing are the first part's.
 */
export function joinParts(
  first: FreshArticle | StoredArticle,
  next: FreshArticle | StoredArticle,
): FreshArticle {
  const a =
    'draft' in first
      ? { ...first.draft, pageId: first.pageId, page: first.page, issueId: first.issueId, date: first.date }
      : first
  const b = 'draft' in next ? next.draft : next
  const item: Item = {
    ...a.item,
    bylines: [
      ...a.item.bylines,
      ...b.item.bylines.filter((x) => !a.item.bylines.some((y) => y.text === x.text)),
    ],
    credit: a.item.credit ?? b.item.credit,
    dateline: a.item.dateline ?? b.item.dateline,
    sections: [...a.item.sections, ...b.item.sections],
    continuesOnPage: b.item.continuesOnPage ?? null,
    continuedFromPage: a.item.continuedFromPage ?? null,
  }
  const contentHash = createHash('sha256').update(`joined:${a.contentHash}:${b.contentHash}`).digest('hex')
  const placements = [
    ...a.placements,
    ...b.placements.map((p) => ({ ...p, role: p.role === 'FIRST' ? ('CONTINUATION' as const) : p.role })),
  ]
  const draft: ArticleDraft = {
    ...planArticle(item, { offset: 0, mentionSource: a.mentionSource }),
    contentHash,
    publicId: a.publicId,
    placements,
    item,
    mentionSource: a.mentionSource,
    position: a.position,
    sourceFormat: a.sourceFormat,
    sourceFile: a.sourceFile,
    sourceFirstLine: a.sourceFirstLine,
    sourceLastLine: a.sourceLastLine,
    sourceText: a.sourceText,
  }
  return { draft, pageId: a.pageId, page: a.page, issueId: a.issueId, date: a.date }
}

// The first printing, then the parts in order, then the reprints.
function ordered(placements: PlacementDraft[]): PlacementDraft[] {
  const rank = { FIRST: 0, CONTINUATION: 1, REPRINT: 2 } as const
  return placements
    .map((p, i) => ({ p, i }))
    .sort((x, y) => rank[x.p.role] - rank[y.p.role] || x.i - y.i)
    .map(({ p }) => p)
}

function asIssueArticle(id: number, fresh: FreshArticle): IssueArticle & { issueId: number } {
  const first = fresh.draft.placements[0] as PlacementDraft
  return {
    id,
    issueId: fresh.issueId,
    page: fresh.page,
    position: fresh.draft.position,
    title: fresh.draft.title,
    text: fresh.draft.paragraphs.map((p) => p.text).join('\n'),
    continuesOnPage: fresh.draft.placements.at(-1)?.continuesOnPage ?? null,
    continuedFromPage: first.continuedFromPage,
  }
}

/** The stored articles of these issues (but `except`), as consolidation compares them. */
async function readIssueArticles(
  tx: RawTransaction,
  issueIds: number[],
  except: number[],
): Promise<(IssueArticle & { issueId: number })[]> {
  return tx.query(Prisma.sql`
    SELECT a.id, g."issueId", g.number AS page, a.position, a.title,
      coalesce((SELECT string_agg(p.text, E'\\n' ORDER BY p.position) FROM "Paragraph" p
        WHERE p."articleId" = a.id), '') AS text,
      (SELECT pl."continuesOnPage" FROM "Placement" pl WHERE pl."articleId" = a.id AND pl.role <> 'REPRINT'
        ORDER BY pl.position DESC LIMIT 1) AS "continuesOnPage",
      (SELECT pl."continuedFromPage" FROM "Placement" pl WHERE pl."articleId" = a.id AND pl.role = 'FIRST'
        LIMIT 1) AS "continuedFromPage"
    FROM "Article" a JOIN "Page" g ON g.id = a."pageId"
    WHERE g."issueId" = ANY(${issueIds}::int[]) AND NOT (a.id = ANY(${except}::int[]))`)
}
