import type { Results, RowMode } from '@electric-sql/pglite';

/** What the main thread hands the PGlite thread at start. */
export interface PgliteThreadStart {
  /** A data directory, or undefined for an in-memory database. */
  dataDir?: string;
  /** An in-memory database starts from this data-dir dump, moved (not copied) to the thread. */
  snapshot?: ArrayBuffer;
}

/** One statement; `tx` names the open transaction it belongs to. */
export interface QueryRequest {
  op: 'query';
  tx?: number;
  text: string;
  params?: unknown[];
  rowMode?: RowMode;
  /** Types whose values come back as PostgreSQL wrote them, for the caller's own parsers: functions cannot cross a thread. */
  rawTypes?: number[];
  /** The name to run it under as a prepared statement of the session (see `PreparedStatementNames`): parsed once. */
  prepared?: string;
}

export type PgliteRequest =
  | QueryRequest
  | { op: 'exec'; tx?: number; text: string }
  | { op: 'begin' }
  | { op: 'commit'; tx: number }
  | { op: 'rollback'; tx: number }
  | { op: 'listen'; channel: string; listener: number }
  | { op: 'unlisten'; listener: number }
  | { op: 'dump' }
  | { op: 'close' };

/** A PostgreSQL error as plain data: its message and its fields (`code`, `detail`, `constraint` …). */
export interface ThreadError {
  name: string;
  message: string;
  fields: Record<string, string | number | boolean>;
}

/** What each request answers. */
export interface PgliteAnswers {
  query: Results;
  exec: Results[];
  begin: number;
  commit: null;
  rollback: null;
  listen: null;
  unlisten: null;
  dump: ArrayBuffer;
  close: null;
}

export type PgliteThreadMessage =
  | { ready: true }
  | { startFailed: ThreadError }
  | { id: number; ok: true; value: PgliteAnswers[keyof PgliteAnswers] }
  | { id: number; ok: false; error: ThreadError }
  | { listener: number; payload: string };

/** An error's own message and primitive fields; the rest (its query options, functions) cannot cross. */
export function toThreadError(err: unknown): ThreadError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), fields: {} };
  const fields: ThreadError['fields'] = {};
  for (const [key, value] of Object.entries(err)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[key] = value;
  }
  return { name: err.name, message: err.message, fields };
}

/** The error the caller sees: PGlite's fields on an Error thrown where the caller awaited. */
export function fromThreadError(error: ThreadError): Error {
  const err = Object.assign(new Error(error.message), error.fields);
  err.name = error.name;
  return err;
}
