-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('ARTICLE', 'COMMENTARY', 'PHOTO', 'BRIEF');

-- CreateEnum
CREATE TYPE "SourceFormat" AS ENUM ('PAGE', 'EEDITION', 'PKU');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('PERSON', 'LOCATION', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "MentionField" AS ENUM ('TITLE', 'PARAGRAPH', 'BYLINE');

-- CreateEnum
CREATE TYPE "MentionSource" AS ENUM ('RECOGNIZER', 'GOLD');

-- CreateTable
CREATE TABLE "Publication" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Issue" (
    "id" SERIAL NOT NULL,
    "publicationId" INTEGER NOT NULL,
    "date" DATE NOT NULL,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" SERIAL NOT NULL,
    "issueId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "pageId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "kicker" TEXT,
    "title" TEXT,
    "subtitle" TEXT,
    "credit" TEXT,
    "datelineText" TEXT,
    "datelineAgency" TEXT,
    "datelinePlace" TEXT,
    "datelineDate" DATE,
    "sourceFormat" "SourceFormat" NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceFirstLine" INTEGER NOT NULL,
    "sourceLastLine" INTEGER NOT NULL,
    "sourceText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "search" tsvector,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Byline" (
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "agency" TEXT,
    "role" TEXT,
    "names" TEXT[],

    CONSTRAINT "Byline_pkey" PRIMARY KEY ("articleId","position")
);

-- CreateTable
CREATE TABLE "Section" (
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("articleId","position")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "sectionPosition" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "firstLine" INTEGER NOT NULL,
    "lastLine" INTEGER NOT NULL,
    "search" tsvector,

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("articleId","position")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "type" "EntityType" NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "parentId" INTEGER,
    "mentionCount" INTEGER NOT NULL DEFAULT 0,
    "articleCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "field" "MentionField" NOT NULL,
    "paragraphPosition" INTEGER,
    "bylinePosition" INTEGER,
    "date" DATE NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "source" "MentionSource" NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("articleId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_name_key" ON "Publication"("name");

-- CreateIndex
CREATE INDEX "Issue_date_idx" ON "Issue"("date" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Issue_publicationId_date_key" ON "Issue"("publicationId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Page_issueId_number_key" ON "Page"("issueId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_date_id_idx" ON "Article"("date" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_pageId_position_idx" ON "Article"("pageId", "position");

-- CreateIndex
CREATE INDEX "Article_kind_date_idx" ON "Article"("kind", "date" DESC);

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Byline_agency_idx" ON "Byline"("agency");

-- CreateIndex
CREATE INDEX "Paragraph_articleId_sectionPosition_idx" ON "Paragraph"("articleId", "sectionPosition");

-- CreateIndex
CREATE INDEX "Paragraph_search_idx" ON "Paragraph" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_key_key" ON "Entity"("key");

-- CreateIndex
CREATE INDEX "Entity_type_mentionCount_idx" ON "Entity"("type", "mentionCount" DESC);

-- CreateIndex
CREATE INDEX "Entity_mentionCount_idx" ON "Entity"("mentionCount" DESC);

-- CreateIndex
CREATE INDEX "Entity_name_idx" ON "Entity"("name");

-- CreateIndex
CREATE INDEX "Mention_entityId_date_idx" ON "Mention"("entityId", "date");

-- CreateIndex
CREATE INDEX "Mention_entityId_articleId_idx" ON "Mention"("entityId", "articleId");

-- CreateIndex
CREATE INDEX "Mention_articleId_paragraphPosition_idx" ON "Mention"("articleId", "paragraphPosition");

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Byline" ADD CONSTRAINT "Byline_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_articleId_sectionPosition_fkey" FOREIGN KEY ("articleId", "sectionPosition") REFERENCES "Section"("articleId", "position") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_paragraphPosition_fkey" FOREIGN KEY ("articleId", "paragraphPosition") REFERENCES "Paragraph"("articleId", "position") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: what Prisma cannot express.

-- Chinese search. A text is indexed as its overlapping character bigrams, each at its position, plus its last
-- character alone (so that a one-character query, matched as a prefix, also finds a text's last character):
--   '复工复产' -> '复工':1 '工复':2 '复产':3 '产':4
-- A query of n >= 2 characters is the phrase of its n-1 bigrams ('复工' <-> '工复' <-> '复产'), which matches
-- exactly where the query occurs as a substring; a one-character query is the prefix query '复':*. Text and query
-- are normalized the same way first: ASCII letters lower-cased, nothing else changed, so offsets stay put.
CREATE FUNCTION broadsheet_normalize(doc text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(doc, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');

-- tsvector input syntax: each lexeme quoted, with ' doubled and \ escaped.
CREATE FUNCTION broadsheet_bigrams(doc text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
  SELECT coalesce(
    string_agg('''' || replace(replace(c || coalesce(n, ''), '\', '\\'), '''', '''''') || ''':' || i, ' ')::tsvector,
    ''::tsvector)
  FROM (
    SELECT c, lead(c) OVER (ORDER BY i) AS n, i
    FROM unnest(string_to_array(broadsheet_normalize(doc), NULL)) WITH ORDINALITY AS t(c, i)
  ) AS chars
);

-- The tsquery that finds `query` in a text indexed by broadsheet_bigrams.
CREATE FUNCTION broadsheet_bigram_query(query text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (
  SELECT CASE
    WHEN count(*) = 0 THEN NULL
    WHEN count(*) = 1 THEN ('''' || replace(replace(min(c), '\', '\\'), '''', '''''') || ''':*')::tsquery
    ELSE string_agg('''' || replace(replace(c || n, '\', '\\'), '''', '''''') || '''', ' <-> ' ORDER BY i)
      FILTER (WHERE n IS NOT NULL)::tsquery
  END
  FROM (
    SELECT c, lead(c) OVER (ORDER BY i) AS n, i
    FROM unnest(string_to_array(broadsheet_normalize(query), NULL)) WITH ORDINALITY AS t(c, i)
  ) AS chars
);

-- Prisma created the columns as plain tsvector; make them generated from the text they index. Title and subtitle
-- are joined by a newline, which no title contains and no query may contain, so no match spans the two.
DROP INDEX "Article_search_idx";
ALTER TABLE "Article" DROP COLUMN "search";
ALTER TABLE "Article" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (broadsheet_bigrams(coalesce("title", '') || E'\n' || coalesce("subtitle", ''))) STORED;
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

DROP INDEX "Paragraph_search_idx";
ALTER TABLE "Paragraph" DROP COLUMN "search";
ALTER TABLE "Paragraph" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (broadsheet_bigrams("text")) STORED;
CREATE INDEX "Paragraph_search_idx" ON "Paragraph" USING GIN ("search");
