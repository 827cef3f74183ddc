// Apply the archive's stored entity verdicts to the mentions about to be stored: an alias goes to its entity, a
// rejected name is no mention.
import { Prisma } from '../../generated/prisma/client.ts'
import type { RawTransaction } from '../raw-transaction.ts'
import type { ArticleDraft } from './plan-articles.ts'

/**
 * Rewrite the drafts' mentions by the verdicts stored in `EntityVerdict` (see `curateEntities`): a mention whose
 * key (or key and surface form) has a verdict goes to the verdict's entity, or is dropped when the verdict has
 * none. New pages thus meet the archive's decisions without a new check.
 */
export async function applyEntityVerdicts(
  tx: RawTransaction,
  drafts: { draft: ArticleDraft }[],
): Promise<void> {
  const keys = [...new Set(drafts.flatMap(({ draft }) => draft.mentions.map((m) => m.key)))]
  if (keys.length === 0) return
  const rows = await tx.query<{ key: string; text: string; into: string | null }>(Prisma.sql`
    SELECT key, text, target AS into FROM "EntityVerdict" WHERE key = ANY(${keys}::text[])`)
  if (rows.length === 0) return
  const verdicts = new Map(rows.map((r) => [`${r.key}\u0000${r.text}`, r.into]))
  const verdictOf = (key: string, text: string) =>
    verdicts.has(`${key}\u0000${text}`) ? verdicts.get(`${key}\u0000${text}`) : verdicts.get(`${key}\u0000`)
  for (const { draft } of drafts) {
    draft.mentions = draft.mentions.flatMap((mention) => {
      const into = verdictOf(mention.key, mention.text)
      if (into === undefined) return [mention]
      return into === null ? [] : [{ ...mention, key: into }]
    })
  }
}
