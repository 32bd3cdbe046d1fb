import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './connect.js';

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The error and the causes behind it (Drizzle wraps the driver's error), nearest first. */
function* errorChain(err: unknown): Generator<{ code?: unknown; constraint?: string; message?: string }> {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    yield current as { code?: unknown; constraint?: string; message?: string };
    current = (current as { cause?: unknown }).cause;
  }
}

/** The PostgreSQL error (one with a five-character SQLSTATE) behind `err`, if any. */
function pgError(err: unknown): { code: string; constraint?: string; message?: string } | undefined {
  for (const e of errorChain(err)) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, constraint: e.constraint, message: e.message };
  }
  return undefined;
}

/** True when `err` means the database is not reachable (refused, reset, shut down, out of connections), not that a statement failed. */
export function isConnectionError(err: unknown): boolean {
  for (const e of errorChain(err)) {
    if (typeof e.code === 'string' && (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)$/.test(e.code) || /^(08|57P0|53300)/.test(e.code))) return true;
    if (e instanceof Error && /Connection terminated|connection (is )?closed|Client has encountered a connection error|Client was closed|timeout exceeded when trying to connect/i.test(e.message)) return true;
  }
  return false;
}

function violates(err: unknown, sqlState: string, constraint: string | undefined): boolean {
  const pg = pgError(err);
  if (pg?.code !== sqlState) return false;
  // PGlite does not fill `constraint`; its message names it.
  return !constraint || pg.constraint === constraint || (pg.message ?? '').includes(`"${constraint}"`);
}

/** True when `err` is a unique violation, optionally of the named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  return violates(err, '23505', constraint);
}

/** True when `err` is a check-constraint violation of the named constraint. */
export function isCheckViolation(err: unknown, constraint: string): boolean {
  return violates(err, '23514', constraint);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A `%…%` pattern matching `text` literally (its own % and _ escaped). */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A `…%` pattern matching values that start with `text` literally. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

/** `ARRAY[$1, $2, …]::type[]` with one bound parameter per value. */
export function sqlArray(values: readonly string[], type: 'uuid' | 'text'): SQL {
  return sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::${sql.raw(type)}[]`;
}

/**
 * Uuids as one array parameter: unlike `sqlArray`, the statement's text is the same whatever
 * their count, so a prepared statement keeps one shape.
 */
export function uuidArrayParam(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/** The comment that marks a statement to run prepared (`prepared`); connect.ts names such statements per connection. */
export const preparedMarker = '/* ordo:prepared */ ';

/**
 * Marks a hot statement to run as a named prepared statement: each PostgreSQL connection (and
 * PGlite's session, inside a transaction) parses it once and, after a few runs, plans it once,
 * where an unnamed statement is parsed and planned on every run (half of intake's database time
 * at 16 connections). Only for statements whose text takes few shapes.
 */
export function prepared(query: SQL): SQL {
  return sql`${sql.raw(preparedMarker)}${query}`;
}

/** Bounds what one session keeps prepared, should statements take more shapes than expected. */
const maxPreparedPerSession = 200;
/** A write longer than this (many rows in one insert) is not worth keeping prepared. */
const maxAutoPreparedLength = 4000;
/** How often an unmarked write runs before it is prepared: a one-off is not kept. */
const autoPrepareAfterRuns = 3;
/** A write Drizzle built: it finds its rows by key, so one plan serves whatever values it is given. */
const keyedWrite = /^(insert|update|delete)\s|^select\s[\s\S]*\sfor update(\s|$)/i;

/**
 * Which statements one database session runs prepared, and under which name: those `prepared`
 * marked, and a write (insert, update, delete, select … for update) once it has run a few
 * times, the many small writes of the worker and of every change that nobody marks. At most
 * 200 per session, the first to qualify, named in the order they qualified (one instance per
 * session, so a name never meets another text there).
 */
export class PreparedStatementNames {
  private readonly names = new Map<string, string>();
  private readonly runs = new Map<string, number>();

  /** The name to run `text` under, or undefined to run it unnamed. */
  nameFor(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= maxPreparedPerSession) return known;
    if (!text.startsWith(preparedMarker)) {
      if (text.length > maxAutoPreparedLength || !keyedWrite.test(text)) return undefined;
      const runs = (this.runs.get(text) ?? 0) + 1;
      if (runs < autoPrepareAfterRuns) {
        if (this.runs.size >= 10 * maxPreparedPerSession) this.runs.clear();
        this.runs.set(text, runs);
        return undefined;
      }
      this.runs.delete(text);
    }
    const name = `ordo_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }
}
