import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Opens PGlite on a data directory, or in memory (from a data-dir dump when given), in the calling thread. */
export function openPglite(dataDir: string | undefined, snapshot: Blob | undefined): Promise<PGlite> {
  // Extensions are loaded when PGlite starts, not by CREATE EXTENSION alone: pg_trgm serves
  // search (trigrams match Chinese, which has no spaces between words).
  const extensions = { pg_trgm };
  return PGlite.create(dataDir ? { dataDir, extensions } : { loadDataDir: snapshot, extensions });
}
