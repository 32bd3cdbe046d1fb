-- Trigram matching for search (Chinese has no spaces between words, so full-text search alone
-- cannot find a word inside a sentence). PGlite loads it at start; PostgreSQL needs the right
-- to create extensions once (a superuser, or the database owner on PostgreSQL 13 and later).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
