-- CreateIndex
CREATE INDEX "Article_sourceFile_sourceFirstLine_idx" ON "Article"("sourceFile", "sourceFirstLine");

-- Hand-written below: search the kicker too, as the API promises. Kicker, title and subtitle are joined by
-- newlines, which no title contains and no query may contain, so no match spans two of them.
DROP INDEX "Article_search_idx";
ALTER TABLE "Article" DROP COLUMN "search";
ALTER TABLE "Article" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (broadsheet_bigrams(
    coalesce("kicker", '') || E'\n' || coalesce("title", '') || E'\n' || coalesce("subtitle", ''))) STORED;
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");
