/*
 * Imports (imports): a file of customers, products, stock receipts or orders, checked row by
 * row (a dry run writes nothing) or taken in through each owning module's service, as a job
 * with progress, cancellable, leaving an outcome file that says what became of every row.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { and, asc, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { type Actor, recordChange } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { enqueueJob } from '../../platform/jobs/queue.js';
import { retentionCutoff } from '../retention/service.js';
import { mapHeaders } from './columns.js';
import type { ImportCounts, ImportFormat, ImportKind, ImportState, ImportView, RowError } from './contract.js';
import { detectEncoding, detectFormat, readRows } from './reader.js';
import { customerRow, orderRows, productRow, rowError, stockRow, templateHeader, type OrderLineRow, type RowContext, type RowResult, type RowValues } from './rows.js';
import { imports } from './schema.js';
import { newId } from '../../platform/db/ids.js';

export { importKinds, type ImportKind, type ImportView } from './contract.js';
export { templateFile, templateColumns } from './templates.js';

export const importJob = 'imports.run';

/** The row errors an import keeps on its row (the outcome file keeps all). */
const keptErrors = 500;
/** Progress is written, and a cancel looked for, every this many rows. */
const progressEvery = 200;

function toView(row: typeof imports.$inferSelect): ImportView {
  return {
    id: row.id,
    kind: row.kind,
    dryRun: row.dryRun,
    fileName: row.fileName,
    format: row.format,
    encoding: row.encoding,
    state: row.state,
    counts: row.counts,
    errors: row.errors,
    mapping: row.mapping,
    failure: row.failure ?? null,
    cancelRequested: row.cancelRequested,
    createdBy: row.createdBy,
    createdByLabel: row.createdByLabel,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    filePurgedAt: row.filePurgedAt?.toISOString() ?? null,
  };
}

/** Where an import's files live: the module's own folder of the file store. */
export function importFolder(filesRoot: string): string {
  return path.join(filesRoot, 'imports');
}
const sourcePath = (root: string, id: string, format: ImportFormat) => path.join(importFolder(root), `${id}.${format}`);
const outcomePath = (root: string, id: string) => path.join(importFolder(root), `${id}-outcome.csv`);

function unsupportedFile(fileName: string): DomainError {
  const message = 'is not an XLSX or CSV file';
  return new DomainError('unsupported_file_type', `${fileName} ${message}`, { errors: [{ path: '/file', in: 'body', code: 'unsupported_file_type', message }], meta: { allowedTypes: ['xlsx', 'csv'] } });
}

export interface ImportRequest {
  kind: ImportKind;
  dryRun: boolean;
  fileName: string;
  /** The received file, moved into the import's folder. */
  receivedPath: string;
  /**
   * Who runs it: the worker (a queued job; the API's uploads), or the caller right after (the
   * CLI, in its own process — a queued job as well would let a running server's worker take
   * the same import at the same time).
   */
  runBy: 'worker' | 'caller';
}

/** A file on this machine (the CLI's), copied in so the import keeps its own. */
export async function stageLocalFile(filesRoot: string, file: string): Promise<string> {
  await mkdir(importFolder(filesRoot), { recursive: true });
  const copy = path.join(importFolder(filesRoot), `${randomUUID()}.part`);
  await copyFile(file, copy);
  return copy;
}

/** Takes a received file in as an import, audited, in one transaction; queues its run when the worker runs it. */
export async function startImport(db: Db, filesRoot: string, actor: Actor, now: Date, request: ImportRequest): Promise<ImportView> {
  const format = await detectFormat(request.receivedPath, request.fileName);
  if (!format) {
    await rm(request.receivedPath, { force: true });
    throw unsupportedFile(request.fileName);
  }
  const encoding = format === 'csv' ? await detectEncoding(request.receivedPath) : null;
  const id = newId();
  await mkdir(importFolder(filesRoot), { recursive: true });
  await rename(request.receivedPath, sourcePath(filesRoot, id, format));
  const row: typeof imports.$inferSelect = {
    id,
    kind: request.kind,
    dryRun: request.dryRun,
    fileName: request.fileName,
    format,
    encoding,
    state: 'queued',
    counts: { rows: 0, created: 0, updated: 0, unchanged: 0, failed: 0 },
    errors: [],
    mapping: [],
    failure: null,
    cancelRequested: false,
    createdBy: actor.userId,
    createdByLabel: actor.label,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
    filePurgedAt: null,
  };
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(imports).values(row);
      if (request.runBy === 'worker') await enqueueJob(tx, now, { kind: importJob, payload: { importId: id }, maxAttempts: 3 });
      const view = toView(row);
      await recordChange(tx, actor, now, { entityType: 'import', entityId: id, action: 'import.started', after: { kind: row.kind, dryRun: row.dryRun, fileName: row.fileName, format, encoding } });
      return view;
    });
  } catch (err) {
    await rm(sourcePath(filesRoot, id, format), { force: true });
    throw err;
  }
}

/** A real run of the file a dry run checked: the wizard's "run" after its report. */
export async function runCheckedImport(db: Db, filesRoot: string, actor: Actor, now: Date, dryRunId: string): Promise<ImportView> {
  const checked = await getImport(db, dryRunId);
  if (!checked.dryRun) throw new DomainError('import_not_dry_run', 'Only a dry run is run again for real; this import already ran');
  if (checked.filePurgedAt) throw new DomainError('import_file_purged', `The file of import ${dryRunId} was removed after the retention period (${checked.filePurgedAt}); upload it again`);
  const copy = await stageLocalFile(filesRoot, sourcePath(filesRoot, checked.id, checked.format));
  return startImport(db, filesRoot, actor, now, { kind: checked.kind, dryRun: false, fileName: checked.fileName, receivedPath: copy, runBy: 'worker' });
}

export async function getImport(db: Executor, id: string): Promise<ImportView> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  if (!row) throw new DomainError('not_found', `No import ${id}`);
  return toView(row);
}

/** The latest imports, newest first. */
export async function listImports(db: Executor, limit = 20): Promise<ImportView[]> {
  const rows = await db.select().from(imports).orderBy(desc(imports.createdAt), desc(imports.id)).limit(limit);
  return rows.map(toView);
}

const finishedStates: readonly ImportState[] = ['succeeded', 'failed', 'cancelled'];

/**
 * Asks a running import to stop after the row in hand (rows already taken in stay: each was
 * whole); a queued one is cancelled at once.
 */
export async function cancelImport(db: Db, actor: Actor, now: Date, id: string): Promise<ImportView> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(imports).where(eq(imports.id, id)).for('update');
    if (!row) throw new DomainError('not_found', `No import ${id}`);
    if (finishedStates.includes(row.state)) throw new DomainError('import_finished', `Import ${id} is ${row.state} already`);
    const state: ImportState = row.state === 'queued' ? 'cancelled' : row.state;
    const [updated] = await tx
      .update(imports)
      .set({ cancelRequested: true, state, updatedAt: now, ...(state === 'cancelled' ? { finishedAt: now } : {}) })
      .where(eq(imports.id, id))
      .returning();
    await recordChange(tx, actor, now, { entityType: 'import', entityId: id, action: 'import.cancelled', before: { state: row.state }, after: { state, cancelRequested: true } });
    return toView(updated!);
  });
}

export const purgeFilesJob = 'imports.purge_files';
const purgeActor: Actor = { userId: null, label: 'system:retention' };
/** Imports whose files one run removes at most; the next day's run takes the rest. */
const purgeBatch = 500;

/**
 * Removes the uploaded files of finished imports received longer ago than the retention period
 * (retention module). The import's row, its counts and errors and its outcome file stay: what
 * was taken in, and from which file, remains on record. The file goes first and the row says
 * so after: a run stopped in between finds the row unmarked and removes nothing twice.
 */
export async function purgeImportFiles(db: Db, filesRoot: string, now: Date): Promise<number> {
  const cutoff = await retentionCutoff(db, now);
  const due = await db
    .select({ id: imports.id, format: imports.format, fileName: imports.fileName })
    .from(imports)
    .where(and(isNull(imports.filePurgedAt), inArray(imports.state, [...finishedStates]), lt(imports.createdAt, cutoff)))
    .orderBy(asc(imports.createdAt), asc(imports.id))
    .limit(purgeBatch);
  for (const row of due) {
    await rm(sourcePath(filesRoot, row.id, row.format), { force: true });
    await db.transaction(async (tx) => {
      await tx.update(imports).set({ filePurgedAt: now }).where(eq(imports.id, row.id));
      await recordChange(tx, purgeActor, now, { entityType: 'import', entityId: row.id, action: 'import.file_purged', after: { fileName: row.fileName, retainedBefore: cutoff.toISOString() } });
    });
  }
  return due.length;
}

/** The outcome file (CSV, UTF-8 with BOM so Excel opens it in Chinese): one line per row read. */
export async function openOutcomeFile(db: Executor, filesRoot: string, id: string): Promise<{ fileName: string; body: Readable }> {
  const view = await getImport(db, id);
  if (!finishedStates.includes(view.state) || view.failure) throw new DomainError('import_not_finished', `Import ${id} has no outcome file (it is ${view.state})`);
  const base = view.fileName.replace(/\.[A-Za-z0-9]+$/, '');
  return { fileName: `${base}-${view.dryRun ? 'dry-run' : 'outcome'}.csv`, body: createReadStream(outcomePath(filesRoot, id)) };
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The outcome file as it is written: a line per row, waiting when the disk is behind. */
class OutcomeWriter {
  private readonly out: WriteStream;
  constructor(file: string) {
    this.out = createWriteStream(file);
    this.out.write('\ufeffrow,outcome,reference,column,code,message\n');
  }
  async write(result: RowResult): Promise<void> {
    const lines = (result.errors.length > 0 ? result.errors : [null]).map((e) =>
      [result.row, result.outcome, result.reference, e?.column ?? '', e?.code ?? '', e?.message ?? ''].map(csvField).join(','),
    );
    if (!this.out.write(`${lines.join('\n')}\n`)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

export interface ImportRunDeps {
  db: Db;
  filesRoot: string;
  timeZone: string;
  /** The clock's now at each progress write. */
  now(): Date;
  /** Told the counts at each progress write (the CLI's progress bar). */
  onProgress?(counts: ImportCounts): void;
}

/**
 * The job: reads the file row by row, maps the header, handles each row (or each order's
 * rows) and writes progress and the outcome file as it goes. Run again after a crash it
 * starts over, and the kinds' keys make the rows already taken in "unchanged".
 */
export async function runImport(deps: ImportRunDeps, importId: string): Promise<ImportView> {
  const { db } = deps;
  const current = await getImport(db, importId);
  if (finishedStates.includes(current.state)) return current;
  const [started] = await db.update(imports).set({ state: 'running', updatedAt: deps.now(), counts: { rows: 0, created: 0, updated: 0, unchanged: 0, failed: 0 }, errors: [] }).where(eq(imports.id, importId)).returning();
  const view = toView(started!);
  const counts: ImportCounts = { rows: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };
  const errors: RowError[] = [];
  const writer = new OutcomeWriter(outcomePath(deps.filesRoot, importId));
  let headerOf: (field: string) => string = (field) => templateHeader(view.kind, field);
  const ctx: RowContext = {
    db,
    actor: { userId: view.createdBy, label: view.createdByLabel },
    now: deps.now(),
    timeZone: deps.timeZone,
    importId,
    dryRun: view.dryRun,
    headerOf: (field) => headerOf(field),
    seen: new Set(),
    products: new Map(),
  };
  let fields: (string | null)[] | undefined;
  let pendingOrder: OrderLineRow[] = [];
  let sinceProgress = 0;
  let cancelled = false;

  const record = async (results: RowResult[]) => {
    for (const result of results) {
      counts.rows += 1;
      counts[result.outcome] += 1;
      for (const e of result.errors) if (errors.length < keptErrors) errors.push(e);
      await writer.write(result);
    }
    sinceProgress += results.length;
    if (sinceProgress >= progressEvery) {
      sinceProgress = 0;
      ctx.now = deps.now();
      const [row] = await db.update(imports).set({ counts, errors, updatedAt: ctx.now }).where(eq(imports.id, importId)).returning({ cancelRequested: imports.cancelRequested });
      cancelled = row?.cancelRequested ?? false;
      deps.onProgress?.(counts);
    }
  };
  const flushOrder = async () => {
    if (pendingOrder.length > 0) await record(await orderRows(ctx, pendingOrder));
    pendingOrder = [];
  };
  const finish = async (state: ImportState, failure: RowError | null = null) => {
    await writer.close();
    const now = deps.now();
    await db.transaction(async (tx) => {
      await tx.update(imports).set({ state, counts, errors, failure, updatedAt: now, finishedAt: now }).where(eq(imports.id, importId));
      await recordChange(tx, ctx.actor, now, { entityType: 'import', entityId: importId, action: `import.${state}`, after: { kind: view.kind, dryRun: view.dryRun, counts, failure } });
    });
  };

  try {
    for await (const { row, cells } of readRows(sourcePath(deps.filesRoot, importId, view.format), view.format, view.encoding)) {
      if (!fields) {
        const { mapping, missing } = mapHeaders(view.kind, cells.map((c) => c.trim()));
        fields = mapping.map((m) => m.field);
        headerOf = (field) => mapping.find((m) => m.field === field)?.header.replace(/\*+$/, '') ?? templateHeader(view.kind, field);
        await db.update(imports).set({ mapping, updatedAt: deps.now() }).where(eq(imports.id, importId));
        if (missing.length > 0) {
          const names = missing.map((spec) => spec.headers['zh-CN']).join(', ');
          await finish('failed', rowError(row, names, 'missing_columns', { columns: names }, `The file lacks the required columns: ${missing.map((s) => `${s.headers['zh-CN']} (${s.headers.en})`).join(', ')}`));
          return await getImport(db, importId);
        }
        continue;
      }
      const values: RowValues = {};
      fields.forEach((field, index) => {
        if (field) values[field] = cells[index] ?? '';
      });
      if (Object.values(values).every((v) => v.trim() === '')) continue;
      if (view.kind === 'orders') {
        const ref = values.externalRef?.trim() ?? '';
        const open = pendingOrder[0]?.values.externalRef?.trim();
        if (pendingOrder.length > 0 && (ref === '' || ref !== open)) await flushOrder();
        pendingOrder.push({ row, values });
      } else {
        const handle = view.kind === 'customers' ? customerRow : view.kind === 'products' ? productRow : stockRow;
        await record([await handle(ctx, row, values)]);
      }
      if (cancelled) break;
    }
    if (!fields) {
      await finish('failed', rowError(1, null, 'empty_file', {}, 'The file has no header row'));
      return await getImport(db, importId);
    }
    if (!cancelled) await flushOrder();
    await finish(cancelled ? 'cancelled' : 'succeeded');
    return await getImport(db, importId);
  } catch (err) {
    // An unreadable file (a broken zip, a CSV with an unclosed quote) is the file's problem, not a reason to retry.
    if (isFileProblem(err)) {
      await finish('failed', rowError(counts.rows + 1, null, 'unreadable_file', {}, `The file cannot be read: ${(err as Error).message}`));
      return await getImport(db, importId);
    }
    await writer.close().catch(() => {});
    throw err;
  }
}

function isFileProblem(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return (typeof code === 'string' && code.startsWith('CSV_')) || (err instanceof Error && /zip|end of central directory|corrupt/i.test(err.message));
}
