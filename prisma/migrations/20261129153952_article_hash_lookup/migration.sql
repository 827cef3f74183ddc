-- DropIndex
DROP INDEX "Article_contentHash_key";

-- CreateTable
CREATE TABLE "ArticleHash" (
    "contentHash" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,

    CONSTRAINT "ArticleHash_pkey" PRIMARY KEY ("contentHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleHash_articleId_key" ON "ArticleHash"("articleId");

-- AddForeignKey
ALTER TABLE "ArticleHash" ADD CONSTRAINT "ArticleHash_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: one row for every article already stored.
INSERT INTO "ArticleHash" ("contentHash", "articleId") SELECT "contentHash", id FROM "Article";
ANALYZE "ArticleHash";
