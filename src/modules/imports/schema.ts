import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ImportCounts, ImportFormat, ImportKind, ImportState, MappedColumn, RowError } from './contract.js';

/**
 * One import of a file: its kind, whether it only checks (dry run), the uploaded file and the
 * outcome file in the module's folder of the file store, and its progress so far.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').$type<ImportKind>().notNull(),
    dryRun: boolean('dry_run').notNull(),
    fileName: text('file_name').notNull(),
    format: text('format').$type<ImportFormat>().notNull(),
    /** utf-8 or gb18030 for a CSV; null until read, and for XLSX. */
    encoding: text('encoding'),
    state: text('state').$type<ImportState>().notNull(),
    counts: jsonb('counts').$type<ImportCounts>().notNull(),
    /** The first row errors (the outcome file has them all). */
    errors: jsonb('errors').$type<RowError[]>().notNull(),
    mapping: jsonb('mapping').$type<MappedColumn[]>().notNull(),
    /** A file-level problem that stopped the import (a missing required column, an unreadable file). */
    failure: jsonb('failure').$type<RowError | null>(),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    createdBy: uuid('created_by'),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    /** When the retention purge removed the uploaded file (the row and the outcome file stay); null while it is kept. */
    filePurgedAt: timestamp('file_purged_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('imports_created_idx').on(t.createdAt, t.id)],
);

/**
 * What an import made, by the file's own key for it (a customer's code, a stock receipt's
 * reference, an order's channel reference): importing the same rows again finds them here.
 */
export const importedKeys = pgTable(
  'imported_keys',
  {
    kind: text('kind').$type<ImportKind>().notNull(),
    key: text('key').notNull(),
    entityId: uuid('entity_id').notNull(),
    importId: uuid('import_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Which row of the import made it (1 = the header). */
    row: integer('row').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key] })],
);
