-- DropIndex
DROP INDEX "Mention_entityId_date_idx";

-- CreateTable
CREATE TABLE "ArticleEntity" (
    "articleId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "mentions" INTEGER NOT NULL,

    CONSTRAINT "ArticleEntity_pkey" PRIMARY KEY ("articleId","entityId")
);

-- CreateIndex
CREATE INDEX "ArticleEntity_entityId_date_idx" ON "ArticleEntity"("entityId", "date");

-- CreateIndex
CREATE INDEX "ArticleEntity_date_entityId_idx" ON "ArticleEntity"("date", "entityId");

-- AddForeignKey
ALTER TABLE "ArticleEntity" ADD CONSTRAINT "ArticleEntity_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEntity" ADD CONSTRAINT "ArticleEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below: fill the counts from the mentions already stored.
INSERT INTO "ArticleEntity" ("articleId", "entityId", "date", "mentions")
SELECT "articleId", "entityId", min("date"), count(*)::int FROM "Mention" GROUP BY "articleId", "entityId";
ANALYZE "ArticleEntity";
