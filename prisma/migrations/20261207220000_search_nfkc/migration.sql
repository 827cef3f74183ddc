-- Hand-written (the schema does not change). Search folds full-width and half-width into one: texts and queries
-- are normalized with NFKC before ASCII letters are lower-cased, so `１９９８` finds `1998` and the other way
-- round (prisma/src/search/normalize-text.ts does the same in JavaScript, for ingest and for queries).
CREATE OR REPLACE FUNCTION broadsheet_normalize(doc text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(normalize(doc, NFKC), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');

-- Recompute the vectors of every text that NFKC changes (the triggers recompute on update of the text).
UPDATE "Paragraph" SET text = text WHERE text IS NOT NFKC NORMALIZED;
UPDATE "Article" SET title = title
  WHERE (coalesce(kicker, '') || E'\n' || coalesce(title, '') || E'\n' || coalesce(subtitle, '')) IS NOT NFKC NORMALIZED;
