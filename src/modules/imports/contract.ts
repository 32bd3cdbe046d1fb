import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';

/* Imports of customers, products, stock receipts and orders from XLSX or CSV files, as the API shows them. */

export const importKinds = ['customers', 'products', 'stock', 'orders'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importFormats = ['xlsx', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** queued → running → succeeded | failed | cancelled. */
export const importStates = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type ImportState = (typeof importStates)[number];

/** What became of a row (in a dry run: what would). */
export const rowOutcomes = ['created', 'updated', 'unchanged', 'failed'] as const;
export type RowOutcome = (typeof rowOutcomes)[number];

export const ImportCounts = Type.Object({
  rows: Type.Integer({ description: 'Data rows read so far' }),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer({ description: 'Already there (imported before): nothing new' }),
  failed: Type.Integer(),
});
export type ImportCounts = Static<typeof ImportCounts>;

export const RowError = Type.Object({
  row: Type.Integer({ description: 'The row number in the file; 1 is the header row' }),
  column: Nullable(Type.String({ description: "The column's header as the file has it" })),
  code: Type.String({ description: 'A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row' }),
  message: Type.String({ description: 'The same in English; the console renders the code with params' }),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
export type RowError = Static<typeof RowError>;

export const MappedColumn = Type.Object({
  header: Type.String({ description: "The file's header" }),
  field: Nullable(Type.String({ description: 'The field it was mapped to; null: ignored' })),
});
export type MappedColumn = Static<typeof MappedColumn>;

export const ImportView = Type.Object({
  id: Type.String(),
  kind: StringEnum(importKinds),
  dryRun: Type.Boolean(),
  fileName: Type.String(),
  format: StringEnum(importFormats),
  encoding: Nullable(Type.String()),
  state: StringEnum(importStates),
  counts: ImportCounts,
  errors: Type.Array(RowError, { description: 'The row errors so far (the first 500; the outcome file lists every row)' }),
  mapping: Type.Array(MappedColumn),
  failure: Nullable(RowError),
  cancelRequested: Type.Boolean(),
  createdBy: Nullable(Type.String()),
  createdByLabel: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
  filePurgedAt: Nullable(Type.String({ description: 'When the uploaded file was removed after the retention period; the outcome file stays' })),
});
export type ImportView = Static<typeof ImportView>;

export const ImportList = Type.Object({ items: Type.Array(ImportView) });
export const KindParams = StrictObject({ kind: StringEnum(importKinds) });
export const TemplateQuery = StrictObject({ format: Type.Optional(StringEnum(importFormats, { description: 'xlsx (default) or csv (UTF-8 with BOM)' })) });
export const ImportParams = StrictObject({ id: Uuid });

/** One column of a kind's file, as the template and the wizard show it. */
export const TemplateColumn = Type.Object({
  field: Type.String(),
  headers: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
  required: Type.Boolean(),
});
export const TemplateColumns = Type.Object({ kind: StringEnum(importKinds), columns: Type.Array(TemplateColumn) });
