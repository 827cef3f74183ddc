// Find the article a public id names: its own id, or the id of a printing that was folded into it.
import type { PrismaClient } from '../generated/prisma/client.ts'
import { isPublicId } from './ingest/public-id.ts'

/** The article a public id names, and the article's own public id, which differs for a folded printing's id. */
export interface ResolvedPublicId {
  articleId: number
  publicId: string
}

/**
 * The article that `id` names: the article whose public id it is, or the article a printing with that id belongs
 * to (a reprint's or a continued part's id, or the id of an article later found to be a reprint). Null for any
 * other string, row numbers included.
 *
 * @example await resolvePublicId(prisma, 'rmrb-20200101-03-04') // { articleId: 12, publicId: 'rmrb-20200101-01-02' }
 */
export async function resolvePublicId(prisma: PrismaClient, id: string): Promise<ResolvedPublicId | null> {
  if (!isPublicId(id)) return null
  const placement = await prisma.placement.findUnique({
    where: { publicId: id },
    select: { article: { select: { id: true, publicId: true } } },
  })
  return placement ? { articleId: placement.article.id, publicId: placement.article.publicId } : null
}
