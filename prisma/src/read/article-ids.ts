// Find the article an id names: its public id, the id of a printing folded into it, or a row number from before.
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { isPublicId } from '../ingest/public-id.ts'

/** The article an id names, and the article's own public id, which differs for any other id that names it. */
export interface ResolvedArticleId {
  articleId: number
  publicId: string
}

/** A row number as the ids of before carried it (`base64(Article:7403)` holds `7403`): digits of an int4. */
const ROW_NUMBER = /^[1-9]\d{0,9}$/

/**
 * The article that `id` names, or null when it names none:
 * - a public id (`rmrb-20200101-01-02`): the article whose id it is, or the article a printing with that id belongs
 *   to (a reprint's or a continued part's id, or the id of an article later found to be a reprint);
 * - a row number (`7403`), as article ids were before public ids: that row on this install, so that links made
 *   before keep working here (row numbers were never the same on two installs; the public id is).
 * Any other string names nothing.
 *
 * @example await resolveArticleId(prisma, 'rmrb-20200101-03-04') // { articleId: 12, publicId: 'rmrb-20200101-01-02' }
 * @example await resolveArticleId(prisma, '12') // { articleId: 12, publicId: 'rmrb-20200101-01-02' }
 */
export async function resolveArticleId(prisma: PrismaClient, id: string): Promise<ResolvedArticleId | null> {
  if (isPublicId(id)) {
    const placement = await prisma.placement.findUnique({
      where: { publicId: id },
      select: { article: { select: { id: true, publicId: true } } },
    })
    return placement ? { articleId: placement.article.id, publicId: placement.article.publicId } : null
  }
  if (isRowNumber(id)) {
    const article = await prisma.article.findUnique({
      where: { id: Number(id) },
      select: { id: true, publicId: true },
    })
    return article ? { articleId: article.id, publicId: article.publicId } : null
  }
  return null
}

/** True for a row number an int4 key can hold, as the article ids of before carried. */
export function isRowNumber(id: string): boolean {
  return ROW_NUMBER.test(id) && Number(id) <= 2_147_483_647
}
