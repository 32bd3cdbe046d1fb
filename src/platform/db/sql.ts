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
 * Marks a hot statement to run as a named prepared statement on PostgreSQL: each connection
 * parses it once and, after a few runs, plans it once, where an unnamed statement is parsed
 * and planned on every run (half of intake's database time at 16 connections). Only for
 * statements whose text takes few shapes; elsewhere a comment.
 */
export function prepared(query: SQL): SQL {
  return sql`${sql.raw(preparedMarker)}${query}`;
}
