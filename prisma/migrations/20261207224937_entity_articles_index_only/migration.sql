-- DropIndex
DROP INDEX "ArticleEntity_entityId_date_idx";

-- CreateIndex
CREATE INDEX "ArticleEntity_entityId_date_articleId_idx" ON "ArticleEntity"("entityId", "date", "articleId");
