-- Every two-character piece of a text, lower-cased: what a GIN index keeps so that a search for
-- two characters (精密, a Chinese word is often two) finds its rows without reading them all;
-- pg_trgm makes no trigram of a text that short. Immutable so that an index can use it.
CREATE FUNCTION text_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i $$;
