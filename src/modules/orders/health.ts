import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { rowFromJson } from '../../platform/db/json-rows.js';
import { queryRows } from '../../platform/db/sql.js';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.js';
import { localDate } from '../../platform/time/zone.js';
import { userNameLookup } from '../identity/service.js';
import { currentStageLookup, openStageFacts } from '../planning/service.js';
import { waitingStepLookup } from '../review/service.js';
import { pendingClockFacts, type SlaKind } from '../sla/service.js';
import { openTaskLookup } from '../tasks/service.js';
import type { AtRiskOrder, BlockerKind, CurrentStage, Health, OrderListItem, OrderSchedule, OrderSort, SortDirection } from './contract.js';
import { foundByAny, type SearchBranch, testedByAny } from './list-search.js';
import { orders } from './schema.js';
import { orderStatuses, type OrderStatus } from './states.js';
import { isDelivered } from './transition.js';
import { type OrderRow, toSummary } from './views.js';

/*
 * Schedule health (SPEC §4, §6): whether an open order is on track, at risk or late, from
 * its SLA clocks, its plan stages and its promise date; done once delivered or cancelled.
 *   late:    a pending deadline is past due, an unfinished stage is past its planned end,
 *            or the promise date has passed undelivered (since the earliest of these);
 *   at risk: a pending deadline is past its warning time, a stage has not started though
 *            its planned start has passed (or is blocked on the customer), or today is
 *            the promise date;
 *   on track otherwise.
 * Computed in SQL beside the orders table (LATERAL sub-queries on each module's key
 * index, no query per row), so the list can filter and sort by it.
 */

/** The statuses whose schedule is over: the customer has the order, or it was cancelled. */
export const scheduleDoneStatuses: OrderStatus[] = orderStatuses.filter((s) => s === 'cancelled' || isDelivered(s));
const openStatuses: OrderStatus[] = orderStatuses.filter((s) => !scheduleDoneStatuses.includes(s));

const farFuture = '9999-12-31T00:00:00.000Z';
/** The promise-date sort key, written as the expression index `orders_promise_key_idx` has it. */
const promiseKey = sql`coalesce(${orders.promisedDeliveryDate}, '9999-12-31'::date)`;
/** The requested-date sort key (orders without one last), as `orders_requested_key_idx` has it. */
const requestedKey = sql`coalesce(${orders.requestedDeliveryDate}, '9999-12-31'::date)`;
/** High first: the rank `orders_priority_rank_idx` sorts by. */
const priorityRank = sql`(CASE ${orders.priorityLevel} WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END)`;

/** The instants and calendar days health is judged against. */
export interface HealthClock {
  now: Date;
  timeZone: string;
}

function doneList(): SQL {
  return sql.join(
    scheduleDoneStatuses.map((s) => sql`${s}`),
    sql`, `,
  );
}

/**
 * `FROM orders` joined with the facts health is made of, and the health itself: columns
 * `id`, `received_at`, `health`, `health_rank` (late 0 … done 3), `late_since`,
 * `next_due_at`, `next_due_kind`, and the sort keys `promise_key`, `requested_key`,
 * `priority_rank`, `amount_key`, `due_key`, `late_key`.
 * An order whose schedule is over skips the look-ups (a one-time filter per row).
 *
 * `reach` says how the clocks and stages are read: for `'few'` orders (a page, one order, a
 * customer's) each order probes its own by key; for `'all open'` orders (every late one) the
 * pending clocks and unfinished stages are grouped once and hash-joined, which costs what is
 * open rather than a probe per order: at 1,000,000 orders the late list judged 17,700 open
 * orders in 1.3 s by probes.
 */
function scheduleQuery(clock: HealthClock, where: SQL | undefined, reach: 'few' | 'all open' = 'few'): SQL {
  const today = localDate(clock.now, clock.timeZone);
  const done = sql`${orders.status} IN (${doneList()})`;
  const dayAfter = (date: SQL) => sql`((${date} + 1)::timestamp AT TIME ZONE ${clock.timeZone})`;
  return sql`
    SELECT ${orders.id} AS id, ${orders.receivedAt} AS received_at, f.health,
           CASE f.health WHEN 'late' THEN 0 WHEN 'at_risk' THEN 1 WHEN 'on_track' THEN 2 ELSE 3 END AS health_rank,
           f.late_since, c.next_due_at, c.next_due_kind,
           ${promiseKey} AS promise_key,
           ${requestedKey} AS requested_key,
           ${priorityRank} AS priority_rank,
           ${orders.totalMinor} AS amount_key,
           coalesce(c.next_due_at, ${farFuture}::timestamptz) AS due_key,
           coalesce(f.late_since, c.next_due_at, ${farFuture}::timestamptz) AS late_key
    FROM orders
    ${
      reach === 'few'
        ? sql`LEFT JOIN LATERAL (SELECT * FROM (${pendingClockFacts(sql`${orders.id}`, clock.now)}) x WHERE NOT ${done}) c ON true
              LEFT JOIN LATERAL (SELECT * FROM (${openStageFacts(sql`${orders.id}`, today)}) x WHERE NOT ${done}) s ON true`
        : sql`LEFT JOIN (${pendingClockFacts('every order', clock.now)}) c ON c.order_id = ${orders.id} AND NOT ${done}
              LEFT JOIN (${openStageFacts('every order', today)}) s ON s.order_id = ${orders.id} AND NOT ${done}`
    }
    CROSS JOIN LATERAL (
      SELECT CASE WHEN ${done} THEN 'done'
                  WHEN l.late_since IS NOT NULL THEN 'late'
                  WHEN c.clock_warned OR s.stage_behind OR ${orders.promisedDeliveryDate} <= ${today}::date THEN 'at_risk'
                  ELSE 'on_track' END AS health,
             l.late_since
      FROM (SELECT CASE WHEN ${done} THEN NULL ELSE LEAST(
              c.clock_overdue_since,
              ${dayAfter(sql`s.stage_late_end`)},
              CASE WHEN ${orders.promisedDeliveryDate} < ${today}::date THEN ${dayAfter(sql`${orders.promisedDeliveryDate}`)} END
            ) END AS late_since) l
    ) f
    ${where ? sql`WHERE ${where}` : sql``}`;
}

/**
 * The sort keys `scheduleQuery` gives that are the order's own columns, without the schedule's
 * look-ups; with `matched`, also whether the row passes that test (a column, not a filter, so
 * that no index is chosen for it).
 */
function orderSortKeys(where: SQL | undefined, matched?: SQL): SQL {
  return sql`
    SELECT ${orders.id} AS id, ${orders.receivedAt} AS received_at, ${promiseKey} AS promise_key, ${requestedKey} AS requested_key,
           ${priorityRank} AS priority_rank, ${orders.totalMinor} AS amount_key${matched ? sql`, ${matched} AS matched` : sql``}
    FROM orders
    ${where ? sql`WHERE ${where}` : sql``}`;
}

interface ScheduleRow {
  row: Record<string, unknown>;
  health: Health;
  health_rank: number;
  late_since: string | Date | null;
  next_due_at: string | Date | null;
  next_due_kind: SlaKind | null;
  promise_key: string | Date;
  requested_key: string | Date;
  priority_rank: number;
  due_key: string | Date;
  late_key: string | Date;
}

function iso(value: string | Date | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

/** A date column as `YYYY-MM-DD`, whichever way the driver hands it over. */
function day(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function scheduleOf(r: ScheduleRow, order: OrderRow, now: Date): OrderSchedule {
  const nextDueAt = iso(r.next_due_at);
  return {
    health: r.health,
    lateSince: iso(r.late_since),
    nextDeadline: nextDueAt && r.next_due_kind ? { kind: r.next_due_kind, dueAt: nextDueAt, secondsLeft: Math.floor((Date.parse(nextDueAt) - now.getTime()) / 1000) } : null,
    deliveredAt: order.deliveredAt?.toISOString() ?? null,
    deliveredLate: order.deliveredLate,
    promisedAtDelivery: order.promisedAtDelivery,
  };
}

/** A sort: the ordered columns of `scheduleQuery` it compares, and how each goes into a cursor. */
interface SortKeys {
  columns: string[];
  /** The keys are the schedule's own (health, next deadline), not the order's columns. */
  bySchedule?: true;
  kinds: ('int' | 'timestamp' | 'uuid')[];
  cast: string[];
  values: (r: ScheduleRow, order: OrderRow) => (string | number)[];
}

const sorts: Record<OrderSort, SortKeys> = {
  received: {
    columns: ['received_at', 'id'],
    kinds: ['timestamp', 'uuid'],
    cast: ['timestamptz', 'uuid'],
    values: (_r, o) => [o.receivedAt.toISOString(), o.id],
  },
  promiseDate: { columns: ['promise_key', 'id'], kinds: ['timestamp', 'uuid'], cast: ['date', 'uuid'], values: (r, o) => [day(r.promise_key), o.id] },
  health: {
    bySchedule: true,
    columns: ['health_rank', 'late_key', 'id'],
    kinds: ['int', 'timestamp', 'uuid'],
    cast: ['int', 'timestamptz', 'uuid'],
    values: (r, o) => [r.health_rank, iso(r.late_key)!, o.id],
  },
  nextDeadline: { bySchedule: true, columns: ['due_key', 'id'], kinds: ['timestamp', 'uuid'], cast: ['timestamptz', 'uuid'], values: (r, o) => [iso(r.due_key)!, o.id] },
  requestedDate: { columns: ['requested_key', 'id'], kinds: ['timestamp', 'uuid'], cast: ['date', 'uuid'], values: (r, o) => [day(r.requested_key), o.id] },
  priority: {
    columns: ['priority_rank', 'received_at', 'id'],
    kinds: ['int', 'timestamp', 'uuid'],
    cast: ['int', 'timestamptz', 'uuid'],
    values: (r, o) => [r.priority_rank, o.receivedAt.toISOString(), o.id],
  },
  amount: { columns: ['amount_key', 'id'], kinds: ['int', 'uuid'], cast: ['bigint', 'uuid'], values: (_r, o) => [o.totalMinor, o.id] },
};

export interface ScheduleListQuery {
  conditions: (SQL | undefined)[];
  /** A search: the orders must also be found by one of these branches. */
  search?: SearchBranch[];
  /** `searchCollectLimit` unless given (a test compares both ways of reading a search). */
  collectLimit?: number;
  health?: Health[];
  sort: OrderSort;
  /** asc is each sort's natural way: newest first for `received`, soonest/most late first for the others. */
  order: SortDirection;
  limit: number;
  cursor?: string;
}

/** Judging health under no filter but health reaches every open order; a filter (a customer, an owner, a search) leaves few. */
function reachOf(conditions: (SQL | undefined)[]): 'few' | 'all open' {
  return conditions.some((c) => c !== undefined) ? 'few' : 'all open';
}

/** The conditions, with the search's branches as one more (for a query that reads every match). */
function withSearch(query: Pick<ScheduleListQuery, 'conditions' | 'search'>): (SQL | undefined)[] {
  return query.search ? [...query.conditions, foundByAny(query.search)] : [...query.conditions];
}

/**
 * The most matches a search collects from its branches' indexes before it walks the list
 * instead. Each collected match costs a read of its row (about 12 µs), each walked order a
 * read and a test (about 9 µs); the walk passes some page × orders / matches of them, so the
 * two cost the same near √(page × orders): about 6,000 at 1,000,000 orders.
 */
const searchCollectLimit = 5000;

/**
 * The ids of a search's page (`size` rows in the list's order after the cursor), read one of two
 * ways, whichever the number of matches calls for, in one statement:
 * - few matches (a number, a reference, a rare name): each branch reads its own index and, when
 *   all of them together find at most `collectLimit` orders, those are sorted;
 * - many (精密 names 69,000 of 1,000,000 orders): the branches stop reading at that limit and
 *   the list is walked in its own order (its sort's index), each order tested, until the page is
 *   full: at 7% matches that is some 700 orders, where reading every match would be 69,000.
 * Both find the same page. The planner cannot make this choice itself: it multiplies the
 * estimates of the narrowing and the deciding comparisons, which go together, and so takes a
 * common name for a rare one. The walk's own filter stays a column (`matched`) in a fenced
 * sub-query (OFFSET 0), so that no index is chosen for it and the walk stops at the page.
 */
function searchPage(
  conditions: (SQL | undefined)[],
  branches: readonly SearchBranch[],
  page: { where: (alias: string) => SQL; orderBy: (alias: string) => SQL; size: number; collectLimit: number },
): SQL {
  const { where, orderBy, size, collectLimit } = page;
  const collected = sql.join(
    branches.map((b) => sql`SELECT keyed.* FROM (${orderSortKeys(and(...conditions, b.test))}) keyed ${where('keyed')}`),
    sql` UNION ALL `,
  );
  return sql`WITH found AS MATERIALIZED (${collected}),
      few AS MATERIALIZED (SELECT * FROM found LIMIT ${collectLimit + 1})
    (SELECT sorted.id FROM (SELECT DISTINCT few.* FROM few ORDER BY ${orderBy('few')} LIMIT ${size}) sorted
     WHERE (SELECT count(*) FROM few) <= ${collectLimit})
    UNION ALL
    (SELECT walked.id FROM (
       SELECT keyed.* FROM (${orderSortKeys(and(...conditions), testedByAny(branches))}) keyed ${where('keyed')} ORDER BY ${orderBy('keyed')} OFFSET 0
     ) walked
     WHERE walked.matched AND (SELECT count(*) FROM few) > ${collectLimit}
     LIMIT ${size})`;
}

async function pageOfSchedule(
  db: Executor,
  clock: HealthClock,
  query: ScheduleListQuery,
  extra: { columns?: SQL; joins?: SQL } = {},
): Promise<{ rows: { r: ScheduleRow & Record<string, unknown>; order: OrderRow }[]; nextCursor: string | null }> {
  const keys = sorts[query.sort];
  const filtered = withSearch(query);
  // Only open orders can be late, at risk or on track: the status index narrows the scan.
  if (query.health && !query.health.includes('done')) filtered.push(inArray(orders.status, openStatuses));
  // `received` goes newest first when ascending, like the list always did.
  const descending = (query.sort === 'received') === (query.order === 'asc');
  const where = (alias: string): SQL => {
    const filters: SQL[] = [];
    if (query.health) filters.push(sql`${sql.raw(alias)}.health IN (${sql.join(query.health.map((h) => sql`${h}`), sql`, `)})`);
    if (query.cursor) {
      const values = decodeCursor(query.cursor, keys.kinds) as (string | number)[];
      const left = sql.join(keys.columns.map((c) => sql.raw(`${alias}.${c}`)), sql`, `);
      const right = sql.join(values.map((v, i) => sql`${v}::${sql.raw(keys.cast[i]!)}`), sql`, `);
      filters.push(descending ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`);
    }
    return filters.length > 0 ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``;
  };
  const orderBy = (alias: string) => sql.raw(keys.columns.map((c) => `${alias}.${c} ${descending ? 'DESC' : 'ASC'}`).join(', '));
  // When neither the filter nor the sort asks for health, the page is chosen among the orders'
  // own columns and the schedule's look-ups (clocks, stages) run for its rows only: a search
  // matching thousands of orders would otherwise look up every match's schedule to keep 50.
  const size = query.limit + 1;
  const keyedPage = (conditions: (SQL | undefined)[]) =>
    sql`SELECT keyed.id FROM (${orderSortKeys(and(...conditions))}) keyed ${where('keyed')} ORDER BY ${orderBy('keyed')} LIMIT ${size}`;
  const listed =
    query.health || keys.bySchedule
      ? sql`SELECT listed.* FROM (${scheduleQuery(clock, and(...filtered), reachOf(withSearch(query)))}) listed ${where('listed')} ORDER BY ${orderBy('listed')} LIMIT ${size}`
      : sql`SELECT listed.* FROM (${scheduleQuery(
          clock,
          sql`${orders.id} IN (${query.search ? searchPage(query.conditions, query.search, { where, orderBy, size, collectLimit: query.collectLimit ?? searchCollectLimit }) : keyedPage(query.conditions)})`,
        )}) listed`;
  // The page is chosen first; only its rows are read whole and given the extra look-ups.
  const rows = await queryRows<ScheduleRow & Record<string, unknown>>(
    db,
    sql`SELECT page.*, to_jsonb(orders) AS row ${extra.columns ?? sql``}
        FROM (${listed}) page
        JOIN orders ON orders.id = page.id
        ${extra.joins ?? sql``}
        ORDER BY ${orderBy('page')}`,
  );
  const mapped = rows.map((r) => ({ r, order: rowFromJson(orders, r.row) }));
  const page = mapped.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: mapped.length > query.limit && last ? encodeCursor(keys.values(last.r, last.order)) : null };
}

/**
 * The order list with each order's health and current stage, filtered by health and sorted
 * as asked, keyset-paged. The stage is looked up for the page's rows only.
 */
export async function listScheduledOrders(db: Executor, clock: HealthClock, query: ScheduleListQuery): Promise<{ items: OrderListItem[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await pageOfSchedule(db, clock, query, {
    columns: sql`, st.stage`,
    joins: sql`LEFT JOIN LATERAL (${currentStageLookup(sql`page.id`)}) st ON true`,
  });
  return {
    items: rows.map(({ r, order }) => ({ ...toSummary(order), ...scheduleOf(r, order, clock.now), currentStage: stageOf(r.stage as StageFacts | null) })),
    nextCursor,
  };
}

interface StageFacts {
  key: string;
  name: CurrentStage['name'];
  status: CurrentStage['status'];
  plannedEnd: string;
}

function stageOf(stage: StageFacts | null): CurrentStage | null {
  return stage ? { key: stage.key, name: stage.name, status: stage.status, plannedEnd: day(stage.plannedEnd) } : null;
}

/** How many orders the list holds under these conditions and healths (the table's total). */
export async function countScheduledOrders(db: Executor, clock: HealthClock, query: Pick<ScheduleListQuery, 'conditions' | 'search' | 'health'>): Promise<number> {
  const conditions = withSearch(query);
  if (!query.health) {
    const where = and(...conditions);
    const [row] = await queryRows<{ total: number | string }>(db, sql`SELECT count(*) AS total FROM orders ${where ? sql`WHERE ${where}` : sql``}`);
    return Number(row?.total ?? 0);
  }
  if (!query.health.includes('done')) conditions.push(inArray(orders.status, openStatuses));
  const [row] = await queryRows<{ total: number | string }>(
    db,
    sql`SELECT count(*) AS total FROM (${scheduleQuery(clock, and(...conditions), reachOf(withSearch(query)))}) listed WHERE listed.health IN (${sql.join(query.health.map((h) => sql`${h}`), sql`, `)})`,
  );
  return Number(row?.total ?? 0);
}

/** One order's health and delivery record, as its detail page shows them. */
export async function orderSchedule(db: Executor, clock: HealthClock, orderId: string): Promise<OrderSchedule | null> {
  const [r] = await queryRows<ScheduleRow>(db, sql`SELECT sch.*, to_jsonb(orders) AS row FROM (${scheduleQuery(clock, eq(orders.id, orderId))}) sch JOIN orders ON orders.id = sch.id`);
  return r ? scheduleOf(r, rowFromJson(orders, r.row), clock.now) : null;
}

interface BlockerFacts {
  stage: { id: string; key: string; name: AtRiskOrder['blocker']['name']; role: string; status: string; plannedEnd: string } | null;
  step: { key: string; name: AtRiskOrder['blocker']['name']; role: string; since: string | null } | null;
  task: { kind: string; role: string; assigneeId: string | null; dueAt: string } | null;
  holder_name: string | null;
  entered_by_name: string | null;
}

function blockerOf(order: OrderRow, facts: BlockerFacts, r: ScheduleRow): Pick<AtRiskOrder, 'blocker' | 'holder'> {
  const person = (userId: string | null, role: string | null) => ({ role, userId, name: userId ? facts.holder_name : null });
  const none = { key: null, name: null, since: null, dueAt: null };
  if (order.status === 'exception') {
    return {
      blocker: { ...none, kind: 'exception', since: order.exceptionSince?.toISOString() ?? null, dueAt: facts.task ? iso(facts.task.dueAt) : null },
      holder: person(facts.task?.assigneeId ?? null, facts.task?.role ?? 'specialist'),
    };
  }
  if (order.status === 'awaiting_entry_check') return { blocker: { ...none, kind: 'entry_check', since: order.receivedAt.toISOString() }, holder: person(null, 'specialist') };
  if (facts.step) {
    return { blocker: { ...none, kind: 'review_step', key: facts.step.key, name: facts.step.name, since: iso(facts.step.since) }, holder: person(null, facts.step.role) };
  }
  if (facts.stage) {
    return { blocker: { ...none, kind: 'stage', key: facts.stage.key, name: facts.stage.name, dueAt: facts.stage.plannedEnd }, holder: person(null, facts.stage.role) };
  }
  if (r.next_due_kind) {
    // A deadline with no step in an inbox yet (the plan to make): who entered the order follows it up.
    return {
      blocker: { ...none, kind: 'deadline', key: r.next_due_kind, dueAt: iso(r.next_due_at) },
      holder: { role: 'specialist', userId: order.enteredBy, name: facts.entered_by_name },
    };
  }
  const kind: BlockerKind = 'delivery';
  return { blocker: { ...none, kind, dueAt: order.promisedDeliveryDate }, holder: { role: 'logistics', userId: null, name: null } };
}

/**
 * Every late or at-risk order, one row each, with what holds it up and who holds it:
 * most late first (`lateness`) or by promise date; complete and keyset-paged.
 */
export async function listAtRiskOrders(
  db: Executor,
  clock: HealthClock,
  query: { sort: 'lateness' | 'promiseDate'; order: SortDirection; limit: number; cursor?: string },
): Promise<{ items: AtRiskOrder[]; nextCursor: string | null }> {
  const id = sql`page.id`;
  const { rows, nextCursor } = await pageOfSchedule(
    db,
    clock,
    { conditions: [], health: ['late', 'at_risk'], sort: query.sort === 'lateness' ? 'health' : 'promiseDate', order: query.order, limit: query.limit, cursor: query.cursor },
    {
      columns: sql`, st.stage, rs.step, tk.task, ${userNameLookup(sql`(tk.task->>'assigneeId')::uuid`)} AS holder_name, ${userNameLookup(sql`${orders.enteredBy}`)} AS entered_by_name`,
      joins: sql`LEFT JOIN LATERAL (${currentStageLookup(id)}) st ON true
                 LEFT JOIN LATERAL (${waitingStepLookup(id)}) rs ON true
                 LEFT JOIN LATERAL (${openTaskLookup(id)}) tk ON true`,
    },
  );
  const items = rows.map(({ r, order }): AtRiskOrder => {
    const schedule = scheduleOf(r, order, clock.now);
    return {
      id: order.id,
      number: order.number!,
      status: order.status,
      customer: { id: order.customerId, name: order.customerName },
      priority: order.priority.level,
      requestedDeliveryDate: order.requestedDeliveryDate,
      promisedDeliveryDate: order.promisedDeliveryDate,
      health: r.health as AtRiskOrder['health'],
      lateSince: schedule.lateSince,
      lateSeconds: schedule.lateSince ? Math.floor((clock.now.getTime() - Date.parse(schedule.lateSince)) / 1000) : null,
      nextDeadline: schedule.nextDeadline,
      ...blockerOf(order, r as unknown as BlockerFacts, r),
    };
  });
  return { items, nextCursor };
}

/** Parses `late,at_risk` (already checked by the query schema). */
export function healthFilter(value: string | undefined): Health[] | undefined {
  return value ? [...new Set(value.split(',') as Health[])] : undefined;
}
