import { Type } from '@sinclair/typebox';
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { decodeCursor, encodeCursor } from './pagination.js';
import { DomainError } from './errors.js';
import { StringEnum } from './schemas.js';

/*
 * Lists sorted on the server by the column a person clicked, still keyset-paged: the sort
 * value and the id of the last row seen are the cursor, so a page never skips or repeats a
 * row and no query uses OFFSET. A sort expression must never be NULL (coalesce it), because
 * row comparison with a NULL answers nothing.
 */

export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

/** How a sort value is compared and kept in a cursor. */
export type SortKind = 'text' | 'int' | 'timestamp';

export interface SortKey {
  expression: SQL | AnyPgColumn;
  kind: SortKind;
}

/** The `sort` and `order` query parameters of a list with these sort keys. */
export function sortParameters<const Keys extends readonly string[]>(keys: Keys, defaultSort: Keys[number]) {
  return {
    sort: Type.Optional(StringEnum(keys, { description: `The column to sort by (default ${defaultSort})` })),
    order: Type.Optional(StringEnum(sortDirections, { description: 'asc or desc (default asc)' })),
  };
}

const castOf: Record<SortKind, string> = { text: 'text', int: 'bigint', timestamp: 'timestamptz' };
const valuePattern: Record<SortKind, RegExp> = { text: /[\s\S]*/, int: /^-?\d{1,19}$/, timestamp: /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/ };

export interface SortedPageQuery {
  key: SortKey;
  id: AnyPgColumn;
  direction: SortDirection;
  cursor?: string;
}

export interface SortedPage {
  /** The sort value to select as `sortValue` (as text, so it round-trips into the cursor). */
  value: SQL<string>;
  /** The condition for the rows after the cursor. */
  after: SQL | undefined;
  orderBy: SQL[];
  /** The page of `limit + 1` selected rows, with the cursor of its last row when more follow. */
  pageOf<Row extends { id: string }>(rows: { row: Row; sortValue: string }[], limit: number): { items: Row[]; nextCursor: string | null };
}

/** The pieces a sorted, keyset-paged select needs. */
export function sortedPage(query: SortedPageQuery): SortedPage {
  const { expression, kind } = query.key;
  const cast = sql.raw(castOf[kind]);
  const beyond = sql.raw(query.direction === 'asc' ? '>' : '<');
  const way = sql.raw(query.direction === 'asc' ? 'ASC' : 'DESC');
  let after: SQL | undefined;
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor, ['text', 'uuid']);
    if (!valuePattern[kind].test(value)) {
      throw new DomainError('invalid_cursor', 'The cursor is not one this server issued', {
        errors: [{ path: '/cursor', in: 'query', code: 'cursor', message: 'is not a valid cursor' }],
      });
    }
    after = sql`(${expression}, ${query.id}) ${beyond} (${value}::${cast}, ${id}::uuid)`;
  }
  return {
    // JSON's text of a timestamp is ISO 8601 with its offset, which the cursor check accepts.
    value: sql<string>`to_json(${expression}) #>> '{}'`,
    after,
    orderBy: [sql`${expression} ${way}`, sql`${query.id} ${way}`],
    pageOf: (rows, limit) => {
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return { items: page.map((r) => r.row), nextCursor: rows.length > limit && last ? encodeCursor([last.sortValue, last.row.id]) : null };
    },
  };
}
