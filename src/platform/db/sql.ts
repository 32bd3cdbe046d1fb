import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './connect.js';

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The PostgreSQL error behind a driver or Drizzle error, if any. */
function pgError(err: unknown): { code?: string; constraint?: string; message?: string } | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; constraint?: string; cause?: unknown; message?: string };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return { code: candidate.code, constraint: candidate.constraint, message: candidate.message };
    }
    current = candidate.cause;
  }
  return undefined;
}

/** True when `err` means the database is not reachable (refused, reset, shut down), not that a statement failed. */
export function isConnectionError(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)$/.test(code) || /^(08|57P0)/.test(code))) return true;
    if (current instanceof Error && /Connection terminated|connection (is )?closed|Client has encountered a connection error/i.test(current.message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** True when `err` is a unique violation, optionally of the named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const pg = pgError(err);
  if (pg?.code !== '23505') return false;
  if (!constraint) return true;
  // PGlite does not fill `constraint`; its message names it.
  return pg.constraint === constraint || (pg.message ?? '').includes(`"${constraint}"`);
}

/** True when `err` is a check-constraint violation of the named constraint. */
export function isCheckViolation(err: unknown, constraint: string): boolean {
  const pg = pgError(err);
  return pg?.code === '23514' && (pg.constraint === constraint || (pg.message ?? '').includes(`"${constraint}"`));
}

/** A `%…%` pattern matching `text` literally (its own % and _ escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A `…%` pattern matching values that start with `text` literally. */
export function prefixPattern(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `ARRAY[$1, $2, …]::type[]` with one bound parameter per value. */
export function sqlArray(values: readonly string[], type: 'uuid' | 'text'): SQL {
  return sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::${sql.raw(type)}[]`;
}
