-- Hand-written (the schema does not change). A tsvector keeps at most 256 positions of a lexeme, and positions
-- above 16383 collapse into one, so in a text that repeats a bigram 256 times or runs past 16,000 characters the
-- phrase match could miss a hit. Such a text now carries the marker lexeme U+0001 'lossy' (no query can contain
-- a control character, so none matches it by accident), and search checks marked texts with strpos as well.
CREATE OR REPLACE FUNCTION broadsheet_bigrams(doc text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
  SELECT coalesce(
    string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''':' || i, ' ')::tsvector,
    ''::tsvector)
    || CASE WHEN count(*) > 16000 OR max(repeats) >= 256 THEN E'''\x01lossy'''::tsvector ELSE ''::tsvector END
  FROM (
    SELECT c || coalesce(n, '') AS lexeme, i, count(*) OVER (PARTITION BY c || coalesce(n, '')) AS repeats
    FROM (
      SELECT c, lead(c) OVER (ORDER BY i) AS n, i
      FROM unnest(string_to_array(broadsheet_normalize(doc), NULL)) WITH ORDINALITY AS t(c, i)
    ) AS chars
  ) AS bigrams
);

-- Recompute the vectors of texts that are marked now (the triggers recompute on update of the text).
UPDATE "Paragraph" SET text = text WHERE length(text) > 256;
UPDATE "Article" SET title = title
  WHERE length(coalesce(kicker, '') || coalesce(title, '') || coalesce(subtitle, '')) > 256;
