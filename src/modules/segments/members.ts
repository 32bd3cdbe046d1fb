import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.js';
import { customerOpenCases } from '../aftersales/service.js';
import { selectedCustomers, type CustomerTier } from '../customers/service.js';
import { customerSatisfaction } from '../feedback/service.js';
import { customerLastOrderContacts, customerPurchaseFigures } from '../orders/service.js';
import { customerLastContacts } from '../tasks/service.js';
import type { FigureWindows, SegmentFilter, SegmentMember } from './contract.js';

/*
 * Who is in a segment, with the figures that put them there: the customers module selects by
 * tier, tags and region; orders, after-sales, feedback and tasks each give one grouped
 * sub-query of their figures per customer, joined here by customer id. Everything is counted
 * and filtered in the database; only a page of members comes back.
 */

const dayMs = 86_400_000;
/** The window figures are shown over when the filter names none. */
const defaultWindowDays = 365;
const defaultCurrency = 'CNY';

export function windowsOf(filter: SegmentFilter): FigureWindows {
  return {
    ordersWindowDays: filter.frequency?.windowDays ?? defaultWindowDays,
    amountWindowDays: filter.monetary?.windowDays ?? defaultWindowDays,
    currency: filter.monetary?.currency ?? defaultCurrency,
  };
}

function instant(at: Date): SQL {
  return sql`${at.toISOString()}::timestamptz`;
}

/** `days` whole days ago, measured back from `now`. */
function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * dayMs);
}

/**
 * "At least min, at most max whole days since `column`": a time at least `min` days back, and
 * less than `max + 1` days back. `neverMatchesMin`: a customer without the event (NULL) counts
 * as long ago.
 */
function daysSince(column: SQL, now: Date, range: { minDays?: number; maxDays?: number }, neverMatchesMin: boolean): SQL[] {
  const conditions: SQL[] = [];
  if (range.minDays !== undefined) {
    const since = sql`${column} <= ${instant(daysBefore(now, range.minDays))}`;
    conditions.push(neverMatchesMin ? sql`(${column} IS NULL OR ${since})` : since);
  }
  if (range.maxDays !== undefined) conditions.push(sql`${column} > ${instant(daysBefore(now, range.maxDays + 1))}`);
  return conditions;
}

function conditionsOf(filter: SegmentFilter, now: Date): SQL[] {
  const conditions: SQL[] = [];
  if (filter.recency) conditions.push(...daysSince(sql`m.last_order_at`, now, filter.recency, false));
  if (filter.lastContact) conditions.push(...daysSince(sql`m.last_contact_at`, now, filter.lastContact, true));
  if (filter.frequency?.min !== undefined) conditions.push(sql`m.orders_in_window >= ${filter.frequency.min}`);
  if (filter.frequency?.max !== undefined) conditions.push(sql`m.orders_in_window <= ${filter.frequency.max}`);
  if (filter.monetary?.minMinor !== undefined) conditions.push(sql`m.amount_in_window >= ${filter.monetary.minMinor}`);
  if (filter.monetary?.maxMinor !== undefined) conditions.push(sql`m.amount_in_window <= ${filter.monetary.maxMinor}`);
  if (filter.openCases !== undefined) conditions.push(filter.openCases ? sql`m.open_cases > 0` : sql`m.open_cases = 0`);
  if (filter.satisfaction?.below !== undefined) conditions.push(sql`m.average_score < ${filter.satisfaction.below}`);
  if (filter.satisfaction?.above !== undefined) conditions.push(sql`m.average_score > ${filter.satisfaction.above}`);
  return conditions;
}

/** Every active customer the customers module selects, with each figure (zero or null where there is none). */
function membersWithFigures(filter: SegmentFilter, now: Date): SQL {
  const windows = windowsOf(filter);
  const purchases = customerPurchaseFigures({
    countSince: daysBefore(now, windows.ordersWindowDays),
    amountSince: daysBefore(now, windows.amountWindowDays),
    currency: windows.currency,
  });
  return sql`SELECT c.id, c.name, c.tier, c.tags, c.province, c.city,
      p.last_order_at, coalesce(p.orders_in_window, 0) AS orders_in_window, coalesce(p.amount_in_window, 0) AS amount_in_window,
      greatest(k.last_contact_at, oc.last_contact_at) AS last_contact_at, coalesce(o.open_cases, 0) AS open_cases, s.average_score
    FROM (${selectedCustomers({ tiers: filter.tiers, tags: filter.tags, region: filter.region })}) c
    LEFT JOIN (${purchases}) p ON p.customer_id = c.id
    LEFT JOIN (${customerLastContacts()}) k ON k.customer_id = c.id
    LEFT JOIN (${customerLastOrderContacts()}) oc ON oc.customer_id = c.id
    LEFT JOIN (${customerOpenCases()}) o ON o.customer_id = c.id
    LEFT JOIN (${customerSatisfaction()}) s ON s.customer_id = c.id`;
}

function matching(filter: SegmentFilter, now: Date, extra: SQL[] = []): SQL {
  const conditions = [...conditionsOf(filter, now), ...extra];
  return sql`SELECT m.* FROM (${membersWithFigures(filter, now)}) m ${conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``}`;
}

interface MemberRow {
  id: string;
  name: string;
  tier: CustomerTier;
  tags: string[];
  province: string | null;
  city: string | null;
  last_order_at: string | Date | null;
  orders_in_window: number | string;
  amount_in_window: number | string | bigint;
  last_contact_at: string | Date | null;
  open_cases: number | string;
  average_score: number | string | null;
}

function isoOf(value: string | Date | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function wholeDaysSince(now: Date, at: string | null): number | null {
  return at === null ? null : Math.floor((now.getTime() - new Date(at).getTime()) / dayMs);
}

function memberOf(row: MemberRow, now: Date, windows: FigureWindows): SegmentMember {
  const lastOrderAt = isoOf(row.last_order_at);
  const lastContactAt = isoOf(row.last_contact_at);
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    tags: row.tags,
    province: row.province,
    city: row.city,
    lastOrderAt,
    daysSinceLastOrder: wholeDaysSince(now, lastOrderAt),
    ordersInWindow: Number(row.orders_in_window),
    amountInWindowMinor: Number(row.amount_in_window),
    currency: windows.currency,
    lastContactAt,
    daysSinceLastContact: wholeDaysSince(now, lastContactAt),
    openCases: Number(row.open_cases),
    averageScore: row.average_score === null ? null : Number(row.average_score),
  };
}

export async function countMembers(db: Executor, filter: SegmentFilter, now: Date): Promise<number> {
  const [row] = await queryRows<{ total: number | string }>(db, sql`SELECT count(*)::int AS total FROM (${matching(filter, now)}) x`);
  return Number(row?.total ?? 0);
}

/** A page of the members by name (then id), after the cursor. */
export async function pageOfMembers(
  db: Executor,
  filter: SegmentFilter,
  now: Date,
  page: { limit: number; cursor?: string },
): Promise<{ items: SegmentMember[]; nextCursor: string | null; windows: FigureWindows }> {
  const after: SQL[] = [];
  if (page.cursor) {
    const [name, id] = decodeCursor(page.cursor, ['text', 'uuid']);
    after.push(sql`(m.name, m.id) > (${name}::text, ${id}::uuid)`);
  }
  const rows = await queryRows<MemberRow>(db, sql`${matching(filter, now, after)} ORDER BY m.name, m.id LIMIT ${page.limit + 1}`);
  const windows = windowsOf(filter);
  const items = rows.slice(0, page.limit).map((row) => memberOf(row, now, windows));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor([last.name, last.id]) : null, windows };
}

/** Every member by id and name (follow-ups open one task each), at most `limit` + 1 so an oversized segment is seen. */
export async function memberNames(db: Executor, filter: SegmentFilter, now: Date, limit: number): Promise<{ id: string; name: string }[]> {
  return queryRows<{ id: string; name: string }>(db, sql`SELECT x.id, x.name FROM (${matching(filter, now)}) x ORDER BY x.name, x.id LIMIT ${limit + 1}`);
}

/** The ids of every member now, as a sub-query (a campaign copies them in one statement, however many). */
export function memberIds(filter: SegmentFilter, now: Date): SQL {
  return sql`SELECT x.id FROM (${matching(filter, now)}) x`;
}
