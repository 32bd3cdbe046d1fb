import { Type } from '@sinclair/typebox';
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { DomainError } from './errors.js';

export const limitSchema = Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size (1–200)' });
export const cursorSchema = Type.String({ maxLength: 512, description: 'Opaque cursor from the previous page' });

/** Keyset cursors: the sort key and id of the last row seen, opaque to clients. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

type KeyKind = 'text' | 'uuid' | 'timestamp' | 'int';
type KeyValue<K extends KeyKind> = K extends 'int' ? number : string;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fits(kind: KeyKind, value: unknown): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'uuid':
      return typeof value === 'string' && uuidPattern.test(value);
    case 'timestamp':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'int':
      return Number.isSafeInteger(value);
  }
}

/** Reads a cursor this server issued, checking each key has the kind the query will compare it as. */
export function decodeCursor<const K extends readonly KeyKind[]>(cursor: string, kinds: K): { [I in keyof K]: KeyValue<K[I]> } {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === kinds.length && kinds.every((kind, i) => fits(kind, values[i]))) {
      return values as { [I in keyof K]: KeyValue<K[I]> };
    }
  } catch {
    // not base64url JSON: fall through to the same answer
  }
  throw new DomainError('invalid_cursor', 'The cursor is not one this server issued', {
    errors: [{ path: '/cursor', in: 'query', code: 'cursor', message: 'is not a valid cursor' }],
  });
}

/** Builds a page from `limit + 1` fetched rows. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

/**
 * The keyset condition for lists ordered by (a timestamp, id): the rows after the cursor's
 * last row, going newest first (`desc`) or oldest first (`asc`).
 */
export function afterTimeCursor(cursor: string, at: AnyPgColumn, id: AnyPgColumn, direction: 'asc' | 'desc'): SQL {
  const [time, lastId] = decodeCursor(cursor, ['timestamp', 'uuid']);
  // A row comparison, not `at < t OR (at = t AND id < i)`: only this form lets an index on
  // (at, id) start the scan at the cursor instead of filtering every earlier row.
  const beyond = sql.raw(direction === 'desc' ? '<' : '>');
  return sql`(${at}, ${id}) ${beyond} (${time}::timestamptz, ${lastId}::uuid)`;
}
