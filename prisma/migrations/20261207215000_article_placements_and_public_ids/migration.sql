-- CreateEnum
CREATE TYPE "PlacementRole" AS ENUM ('FIRST', 'REPRINT', 'CONTINUATION');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ArticleKind" ADD VALUE 'ADVERTISEMENT';
ALTER TYPE "ArticleKind" ADD VALUE 'NOTICE';
ALTER TYPE "ArticleKind" ADD VALUE 'LISTING';

-- AlterTable (hand-edited: the column is filled below before it becomes NOT NULL)
ALTER TABLE "Article" ADD COLUMN     "publicId" TEXT;

-- CreateTable
CREATE TABLE "Placement" (
    "publicId" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "PlacementRole" NOT NULL,
    "pageId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "pagePosition" INTEGER NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceFirstLine" INTEGER NOT NULL,
    "sourceLastLine" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "continuesOnPage" INTEGER,
    "continuedFromPage" INTEGER,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("publicId")
);

-- CreateIndex
CREATE INDEX "Placement_articleId_position_idx" ON "Placement"("articleId", "position");

-- CreateIndex
CREATE INDEX "Placement_sourceFile_sourceFirstLine_idx" ON "Placement"("sourceFile", "sourceFirstLine");

-- Hand-written: the articles already stored get the ids ingest gives (src/ingest/public-id.ts): publication code,
-- issue date, page and position from 1; an id taken twice keeps the row number after it, and a later seed replaces
-- them with the parse's own. Each gets its one placement.
UPDATE "Article" a SET "publicId" = x.id || CASE WHEN x.n > 1 THEN '-a' || a.id ELSE '' END
FROM (
  SELECT a.id AS article, ids.id, row_number() OVER (PARTITION BY ids.id ORDER BY a.id) AS n
  FROM "Article" a
  JOIN "Page" g ON g.id = a."pageId" JOIN "Issue" i ON i.id = g."issueId" JOIN "Publication" p ON p.id = i."publicationId"
  CROSS JOIN LATERAL (SELECT
    CASE p.name WHEN '人民日报' THEN 'rmrb' WHEN '人民日报海外版' THEN 'rmrbhwb' WHEN '光明日报' THEN 'gmrb'
      WHEN '经济日报' THEN 'jjrb' WHEN '解放军报' THEN 'jfjb' WHEN '中国青年报' THEN 'zgqnb'
      WHEN '未知' THEN 'unknown'
      ELSE 'p' || left(encode(sha256(convert_to(p.name, 'UTF8')), 'hex'), 8) END
    || '-' || to_char(a.date, 'YYYYMMDD') || '-' || lpad(g.number::text, 2, '0') || '-'
    || lpad((a.position + 1)::text, 2, '0') AS id) ids
) x
WHERE a.id = x.article;
ALTER TABLE "Article" ALTER COLUMN "publicId" SET NOT NULL;

INSERT INTO "Placement" ("publicId", "articleId", position, role, "pageId", date, "pagePosition", "sourceFile",
  "sourceFirstLine", "sourceLastLine", "contentHash")
SELECT "publicId", id, 0, 'FIRST', "pageId", date, position, "sourceFile", "sourceFirstLine", "sourceLastLine",
  "contentHash"
FROM "Article";

-- CreateIndex
CREATE UNIQUE INDEX "Article_publicId_key" ON "Article"("publicId");

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
