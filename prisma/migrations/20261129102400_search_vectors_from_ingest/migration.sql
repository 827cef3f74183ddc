-- Hand-written (the schema does not change: "search" stays Unsupported("tsvector")?).
-- Generating the bigram vectors in PostgreSQL made them the most expensive part of a bulk load. Ingest now sends
-- them, built by the same rule in JavaScript (prisma/src/search/bigram-vector.ts, tested against
-- broadsheet_bigrams), and a trigger fills them for every other writer and recomputes them on every update, so
-- the index never misses a row.

DROP INDEX "Article_search_idx";
ALTER TABLE "Article" DROP COLUMN "search";
ALTER TABLE "Article" ADD COLUMN "search" tsvector;

DROP INDEX "Paragraph_search_idx";
ALTER TABLE "Paragraph" DROP COLUMN "search";
ALTER TABLE "Paragraph" ADD COLUMN "search" tsvector;

CREATE FUNCTION broadsheet_article_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW."search" IS NOT NULL THEN
    RETURN NEW;
  END IF;
  NEW."search" := broadsheet_bigrams(
    coalesce(NEW."kicker", '') || E'\n' || coalesce(NEW."title", '') || E'\n' || coalesce(NEW."subtitle", ''));
  RETURN NEW;
END
$$;

CREATE FUNCTION broadsheet_paragraph_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW."search" IS NOT NULL THEN
    RETURN NEW;
  END IF;
  NEW."search" := broadsheet_bigrams(NEW."text");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Article_search" BEFORE INSERT OR UPDATE OF "kicker", "title", "subtitle", "search" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION broadsheet_article_search();
CREATE TRIGGER "Paragraph_search" BEFORE INSERT OR UPDATE OF "text", "search" ON "Paragraph"
  FOR EACH ROW EXECUTE FUNCTION broadsheet_paragraph_search();

CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");
CREATE INDEX "Paragraph_search_idx" ON "Paragraph" USING GIN ("search");
