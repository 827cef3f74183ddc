// The archive's denormalized rows against what they summarize, for tests that change it.
import type { PrismaClient } from '../../generated/prisma/client.ts'

/**
 * Where the denormalized counts disagree with an aggregate over Mention (entity by entity, and in ArticleEntity
 * article by article, with each pair's first date), and where ArticleHash holds anything but each article's
 * content hash. Empty when the archive is consistent.
 */
export function countMismatches(prisma: PrismaClient): Promise<{ key: string }[]> {
  return prisma.$queryRaw<{ key: string }[]>`
    SELECT e.key FROM "Entity" e
    LEFT JOIN (SELECT "entityId", count(*)::int AS m, count(DISTINCT "articleId")::int AS a FROM "Mention" GROUP BY 1) t
      ON t."entityId" = e.id
    WHERE e."mentionCount" <> coalesce(t.m, 0) OR e."articleCount" <> coalesce(t.a, 0)
    UNION ALL
    SELECT 'ArticleEntity ' || coalesce(x."articleId", t."articleId") || ':' || coalesce(x."entityId", t."entityId")
    FROM "ArticleEntity" x
    FULL JOIN (SELECT "articleId", "entityId", min(date) AS date, count(*)::int AS m FROM "Mention" GROUP BY 1, 2) t
      ON t."articleId" = x."articleId" AND t."entityId" = x."entityId"
    WHERE x.mentions IS DISTINCT FROM t.m OR x.date IS DISTINCT FROM t.date
    UNION ALL
    SELECT 'ArticleHash ' || coalesce(h."contentHash", a."contentHash")
    FROM "ArticleHash" h FULL JOIN "Article" a ON a.id = h."articleId" AND a."contentHash" = h."contentHash"
    WHERE h."articleId" IS NULL OR a.id IS NULL`
}
