import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from './db/connect.js';
import { decodeCursor, encodeCursor } from './http/pagination.js';

/**
 * One thing that happened with a customer, as a module reports it for the customer's timeline
 * (an order received, a contact, a case, a survey answer, a follow-up done). `kind` and `params`
 * are said in the reader's language by the console; `id` is the row the module keeps it in.
 */
export interface TimelineEntry {
  kind: string;
  id: string;
  at: Date;
  orderId: string | null;
  orderNumber: string | null;
  caseId: string | null;
  /** Who did it, by name, when a person did. */
  by: string | null;
  params: Record<string, string | number | null>;
  /** What a task or an automatic case said, as a code and its parameters (`messages.<code>`). */
  message: { code: string; params: Record<string, unknown> } | null;
}

/** Where the previous page ended. Entries run newest first, then by kind and id descending. */
export interface TimelineCursor {
  at: string;
  kind: string;
  id: string;
}

export function decodeTimelineCursor(cursor: string): TimelineCursor {
  const [at, kind, id] = decodeCursor(cursor, ['timestamp', 'text', 'uuid']);
  return { at, kind, id };
}

export function encodeTimelineCursor(entry: TimelineEntry): string {
  return encodeCursor([entry.at.toISOString(), entry.kind, entry.id]);
}

/**
 * The rows of one kind that come after the cursor in timeline order. A source holds a single
 * kind, so the tie on time is settled by comparing kinds here, and by id only within the kind.
 */
export function olderThan(cursor: TimelineCursor | undefined, kind: string, at: AnyPgColumn, id: AnyPgColumn): SQL | undefined {
  if (!cursor) return undefined;
  if (kind < cursor.kind) return sql`${at} <= ${cursor.at}::timestamptz`;
  if (kind > cursor.kind) return sql`${at} < ${cursor.at}::timestamptz`;
  return sql`(${at}, ${id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
}

/** Timeline order: newest first; at the same instant by kind, then id, descending (as `olderThan` pages). */
export function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  return b.at.getTime() - a.at.getTime() || (a.kind === b.kind ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.kind < b.kind ? 1 : -1);
}

/** A module's entries for one customer after the cursor, at most `limit`, in timeline order. */
export type TimelineSource = (db: Executor, customerId: string, cursor: TimelineCursor | undefined, limit: number) => Promise<TimelineEntry[]>;
