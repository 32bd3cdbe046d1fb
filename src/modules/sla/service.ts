/*
 * SLA clocks (sla_clocks): the response and plan deadlines, their warnings and escalations. Other
 * modules open, close and read clocks only through this file.
 */
import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { type Actor, type OutboxMessage, type PendingRecord, recordChange, recordChanges } from '../../platform/audit/record.js';
import { fire, statesThatCan } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import { clockChange, escalationMessage, lateReasonMessage, secondsUntil, toClockView } from './clock.js';
import { maxLateReasonLength, type NextDeadline, type PendingState, type SlaClockView, type SlaKind } from './contract.js';
import { type SlaClockRow, slaClocks } from './schema.js';
import { slaMachine } from './states.js';

/* SLA clocks (SPEC §4): opened with an order, closed by the step each deadline asks for. */

export { slaKinds, type SlaClockView, type SlaKind } from './contract.js';
export { slaStatuses, type SlaStatus } from './states.js';
export { scanSlaClocks, type SlaScanResult } from './scan.js';


export interface SlaClockPlan {
  kind: SlaKind;
  dueAt: Date;
  warnAt: Date;
  /** Set when what the clock waits for has already happened (an order approved at intake). */
  satisfiedAt?: Date;
}

/**
 * A CTE (use inside `WITH`) opening the clocks of a new order. It runs inside the order's
 * own creating statement; `orderNumber` is an SQL expression because the number may only
 * exist within that statement.
 */
export function openSlaClocksCte(input: { orderId: string; customerId: string; orderNumber: SQL; ownerId: string | null; clocks: SlaClockPlan[] }): SQL {
  const clocks = JSON.stringify(
    input.clocks.map((c) => ({ kind: c.kind, due_at: c.dueAt.toISOString(), warn_at: c.warnAt.toISOString(), satisfied_at: c.satisfiedAt?.toISOString() ?? null })),
  );
  return sql`sla_clocks_opened AS (
    INSERT INTO sla_clocks (order_id, kind, customer_id, order_number, owner_id, due_at, warn_at, status, satisfied_at)
    SELECT ${input.orderId}::uuid, c.kind, ${input.customerId}::uuid, ${input.orderNumber}, ${input.ownerId}::uuid, c.due_at, c.warn_at,
           CASE WHEN c.satisfied_at IS NULL THEN 'open' ELSE 'met' END, c.satisfied_at
    FROM jsonb_to_recordset(${clocks}::jsonb) AS c(kind text, due_at timestamptz, warn_at timestamptz, satisfied_at timestamptz)
  )`;
}

/**
 * Moves the open clocks of an order to new deadlines (its priority changed). A warning
 * already given is given again if the new warning time is still ahead. Missed and closed
 * clocks keep their history. Part of the caller's change: it records no event of its own.
 */
export async function rescheduleSlaClocks(tx: Tx, orderId: string, clocks: SlaClockPlan[], at: Date): Promise<void> {
  for (const clock of clocks) {
    await tx
      .update(slaClocks)
      .set({ dueAt: clock.dueAt, warnAt: clock.warnAt, ...(clock.warnAt > at ? { warnedAt: null } : {}) })
      .where(and(eq(slaClocks.orderId, orderId), eq(slaClocks.kind, clock.kind), eq(slaClocks.status, 'open')));
  }
}

async function lockClock(tx: Tx, orderId: string, kind: SlaKind): Promise<SlaClockRow | undefined> {
  const [row] = await tx
    .select()
    .from(slaClocks)
    .where(and(eq(slaClocks.orderId, orderId), eq(slaClocks.kind, kind)))
    .for('update');
  return row;
}

function cleanReason(reason: string | undefined, path: string): string | undefined {
  const text = reason?.trim();
  if (text && text.length > maxLateReasonLength) {
    throw new DomainError('validation_failed', `The reason is longer than ${maxLateReasonLength} characters`, {
      errors: [{ path, in: 'body', code: 'maxLength', message: `must be at most ${maxLateReasonLength} characters` }],
    });
  }
  return text || undefined;
}

/**
 * A clock past its due time that the scan has not reached yet is missed now, and escalated
 * now, so every missed clock is escalated exactly once whoever notices first.
 */
function missedNow(row: SlaClockRow, at: Date): { status?: 'missed'; escalatedAt?: Date; messages: OutboxMessage[] } {
  if (row.status === 'missed' || (row.status === 'open' && at > row.dueAt)) {
    return row.escalatedAt ? { status: 'missed', messages: [] } : { status: 'missed', escalatedAt: at, messages: [escalationMessage({ ...row, escalatedAt: at })] };
  }
  return { messages: [] };
}

export interface CloseSlaClockInput {
  orderId: string;
  kind: SlaKind;
  /** When the step the deadline asks for was done. */
  at: Date;
  actor: Actor;
  /** Required when the deadline was missed and no reason was recorded yet. */
  lateReason?: string;
}

/**
 * Stops a clock because its step is done (the response clock when the order's review
 * finishes, the plan clock when its plan is made), inside the caller's transaction, with
 * its own audit event. On time it is met; late it stays missed and needs a reason, given
 * here or recorded before — else `late_reason_required` (409) naming `lateReason`.
 * Returns null for an order without such a clock; a clock already closed is left as it is.
 * Call it before recording the caller's own change: it locks the clock and then the
 * customer's audit chain, the order the scan takes them in.
 */
export async function closeSlaClock(tx: Tx, input: CloseSlaClockInput): Promise<SlaClockView | null> {
  const row = await lockClock(tx, input.orderId, input.kind);
  if (!row) return null;
  const closed = await closeLockedClock(tx, row, input);
  if (closed.record) await recordChanges(tx, input.actor, input.at, closed.record.changes, closed.record.messages);
  return closed.view;
}

/**
 * `closeSlaClock` for the clocks of many orders, each closed the same way, in one lock
 * statement (in the orders' id order) and one update per clock. It records nothing itself:
 * each order's audit change and messages are answered for the caller to append with its
 * own change to that order, after what it records first. Orders without such a clock, or
 * whose clock was already closed, have no entry.
 */
export async function closeSlaClocks(tx: Tx, kind: SlaKind, inputs: Omit<CloseSlaClockInput, 'kind'>[]): Promise<Map<string, PendingRecord>> {
  const byOrder = new Map(inputs.map((input) => [input.orderId, input]));
  const rows = await tx
    .select()
    .from(slaClocks)
    .where(and(inArray(slaClocks.orderId, [...byOrder.keys()]), eq(slaClocks.kind, kind)))
    .orderBy(asc(slaClocks.orderId))
    .for('update');
  const records = new Map<string, PendingRecord>();
  for (const row of rows) {
    const closed = await closeLockedClock(tx, row, { ...byOrder.get(row.orderId)!, kind });
    if (closed.record) records.set(row.orderId, closed.record);
  }
  return records;
}

/** Closes a locked clock; answers its view, and what to record when it was open. */
async function closeLockedClock(tx: Tx, row: SlaClockRow, input: CloseSlaClockInput): Promise<{ view: SlaClockView; record?: PendingRecord }> {
  if (row.satisfiedAt) return { view: toClockView(row, input.at) };
  const missed = missedNow(row, input.at);
  const reason = cleanReason(input.lateReason, '/lateReason');
  if (missed.status && !reason && !row.lateReason) {
    throw new DomainError('late_reason_required', `The ${row.kind} deadline of order ${row.orderNumber} was ${row.dueAt.toISOString()}; say why it was missed`, {
      errors: [{ path: '/lateReason', in: 'body', code: 'required', message: 'is required: the deadline was missed' }],
    });
  }
  const lateReason = missed.status && reason ? { lateReason: reason, lateReasonBy: input.actor.label, lateReasonAt: input.at } : {};
  const [closed] = await tx
    .update(slaClocks)
    .set({ status: fire(slaMachine, row.status, missed.status ? 'close_late' : 'meet'), escalatedAt: missed.escalatedAt, satisfiedAt: input.at, satisfiedBy: input.actor.userId, ...lateReason })
    .where(and(eq(slaClocks.orderId, row.orderId), eq(slaClocks.kind, row.kind)))
    .returning();
  const change = clockChange(
    row,
    missed.status ? 'sla.closed_late' : 'sla.met',
    { status: row.status },
    { status: closed!.status, dueAt: row.dueAt.toISOString(), satisfiedAt: input.at.toISOString(), lateReason: closed!.lateReason },
  );
  return { view: toClockView(closed!, input.at), record: { changes: [change], messages: missed.messages } };
}

/** Records why a missed deadline was missed (or corrects the reason given); refused for a clock not missed. */
export async function recordLateReason(db: Db, actor: Actor, now: Date, input: { orderId: string; kind: SlaKind; reason: string }): Promise<SlaClockView> {
  return db.transaction((tx) => explainMissedClock(tx, actor, now, input));
}

/**
 * A reason given ahead of time, while the step the deadline asks for is still under way (an
 * approval before the last one in a late review): recorded in the caller's transaction when
 * the deadline is missed, so closing the clock later needs none; else nothing happens.
 */
export async function recordLateReasonIfMissed(tx: Tx, actor: Actor, now: Date, input: { orderId: string; kind: SlaKind; reason: string }): Promise<void> {
  const [row] = await tx.select().from(slaClocks).where(and(eq(slaClocks.orderId, input.orderId), eq(slaClocks.kind, input.kind)));
  if (!row || row.satisfiedAt || !missedNow(row, now).status) return;
  await explainMissedClock(tx, actor, now, input);
}

async function explainMissedClock(tx: Tx, actor: Actor, now: Date, input: { orderId: string; kind: SlaKind; reason: string }): Promise<SlaClockView> {
  const row = await lockClock(tx, input.orderId, input.kind);
  if (!row) throw new DomainError('not_found', `Order ${input.orderId} has no ${input.kind} deadline`);
  const missed = missedNow(row, now);
  if (!missed.status) {
    throw new DomainError('clock_not_missed', `The ${row.kind} deadline of order ${row.orderNumber} is ${row.status}; only a missed deadline takes a reason`);
  }
  const reason = cleanReason(input.reason, '/reason');
  if (!reason) throw new DomainError('validation_failed', 'The reason is empty', { errors: [{ path: '/reason', in: 'body', code: 'minLength', message: 'must not be blank' }] });
  const [updated] = await tx
    .update(slaClocks)
    .set({ status: fire(slaMachine, row.status, 'explain'), escalatedAt: missed.escalatedAt, lateReason: reason, lateReasonBy: actor.label, lateReasonAt: now })
    .where(and(eq(slaClocks.orderId, row.orderId), eq(slaClocks.kind, row.kind)))
    .returning();
  await recordChange(
    tx,
    actor,
    now,
    clockChange(row, 'sla.late_reason_recorded', { status: row.status, lateReason: row.lateReason }, { status: 'missed', lateReason: reason }),
    [...missed.messages, lateReasonMessage(updated!)],
  );
  return toClockView(updated!, now);
}

/** The clocks of one order, soonest due first; not_found when it has none. */
export async function listOrderClocks(db: Executor, orderId: string, now: Date): Promise<SlaClockView[]> {
  const rows = await db.select().from(slaClocks).where(eq(slaClocks.orderId, orderId)).orderBy(asc(slaClocks.dueAt), asc(slaClocks.kind));
  if (rows.length === 0) throw new DomainError('not_found', `No deadlines for order ${orderId}`);
  return rows.map((r) => toClockView(r, now));
}

/** The order's soonest deadline whose step is not done yet, or null. */
export async function nextOpenDeadline(db: Executor, orderId: string, now: Date): Promise<NextDeadline | null> {
  const [row] = await db
    .select({ kind: slaClocks.kind, dueAt: slaClocks.dueAt })
    .from(slaClocks)
    .where(and(eq(slaClocks.orderId, orderId), isNull(slaClocks.satisfiedAt)))
    .orderBy(asc(slaClocks.dueAt))
    .limit(1);
  return row ? { kind: row.kind as SlaKind, dueAt: row.dueAt.toISOString(), secondsLeft: secondsUntil(row.dueAt, now) } : null;
}


/**
 * The deadlines whose step is not done yet, soonest first, keyset-paged on (due, order,
 * kind): all of them, those past their warning time but not yet due (at_risk), or those
 * past due (overdue).
 */
export async function listPendingClocks(
  db: Executor,
  now: Date,
  query: { state: PendingState; limit: number; cursor?: string },
): Promise<{ items: SlaClockView[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [isNull(slaClocks.satisfiedAt)];
  if (query.state === 'overdue') filters.push(lt(slaClocks.dueAt, now));
  if (query.state === 'at_risk') filters.push(lte(slaClocks.warnAt, now), gte(slaClocks.dueAt, now));
  if (query.cursor) {
    const [dueAt, orderId, kind] = decodeCursor(query.cursor, ['timestamp', 'uuid', 'text']);
    filters.push(gt(sql`(${slaClocks.dueAt}, ${slaClocks.orderId}, ${slaClocks.kind})`, sql`(${dueAt}::timestamptz, ${orderId}::uuid, ${kind}::text)`));
  }
  const rows = await db
    .select()
    .from(slaClocks)
    .where(and(...filters))
    .orderBy(asc(slaClocks.dueAt), asc(slaClocks.orderId), asc(slaClocks.kind))
    .limit(query.limit + 1);
  return pageOf(
    rows.map((r) => toClockView(r, now)),
    query.limit,
    (c) => [c.dueAt, c.orderId, c.kind],
  );
}

/** What settling an order's clocks did: the open ones stopped, the missed ones settled. */
export interface SettledClocks {
  stopped: SlaKind[];
  settled: SlaKind[];
}

/**
 * Settles every clock of an order that is cancelled or completed, so nothing stays
 * pending on it: an open clock stops (no warning or escalation follows); a missed one
 * stays missed, with its escalation and reason, but is no longer pending (it leaves the
 * overdue lists). Clocks already closed are left as they are. Part of the caller's change.
 */
export async function settleSlaClocks(tx: Tx, orderId: string, at: Date): Promise<SettledClocks> {
  const rows = await tx
    .select()
    .from(slaClocks)
    .where(and(eq(slaClocks.orderId, orderId), isNull(slaClocks.satisfiedAt), inArray(slaClocks.status, statesThatCan(slaMachine, 'stop'))))
    .orderBy(asc(slaClocks.kind))
    .for('update');
  const result: SettledClocks = { stopped: [], settled: [] };
  for (const row of rows) {
    const status = fire(slaMachine, row.status, 'stop');
    await tx
      .update(slaClocks)
      .set({ status, satisfiedAt: at })
      .where(and(eq(slaClocks.orderId, row.orderId), eq(slaClocks.kind, row.kind)));
    (status === 'stopped' ? result.stopped : result.settled).push(row.kind as SlaKind);
  }
  return result;
}

/**
 * What an order's pending clocks say about its schedule: since when the soonest missed one is
 * overdue (`clock_overdue_since`), whether one is past its warning time (`clock_warned`), and
 * the soonest pending deadline (`next_due_at`, `next_due_kind`). Given an order, a sub-query
 * for a LATERAL join beside the orders table (one probe of the clocks' key per order); given
 * `'every order'`, one row per order with pending clocks (`order_id` and the same columns),
 * read from the pending clocks' partial index, for judging many orders at once by a hash join.
 */
export function pendingClockFacts(orderId: SQL | 'every order', now: Date): SQL {
  const at = sql`${now.toISOString()}::timestamptz`;
  const facts = sql`min(c.due_at) FILTER (WHERE c.due_at < ${at}) AS clock_overdue_since,
                    coalesce(bool_or(c.warn_at <= ${at}), false) AS clock_warned,
                    min(c.due_at) AS next_due_at,
                    (array_agg(c.kind ORDER BY c.due_at))[1] AS next_due_kind`;
  return orderId === 'every order'
    ? sql`SELECT c.order_id, ${facts} FROM sla_clocks c WHERE c.satisfied_at IS NULL GROUP BY c.order_id`
    : sql`SELECT ${facts} FROM sla_clocks c WHERE c.order_id = ${orderId} AND c.satisfied_at IS NULL`;
}

/** A settled deadline and whose it was: what a person's SLA hit rate counts. */
export interface ClockFact {
  orderId: string;
  kind: string;
  ownerId: string | null;
  met: boolean;
}

/** The clocks due in [from, to) that were met or missed (open and stopped ones have no verdict yet). */
export async function settledClocksDueBetween(db: Executor, from: Date, to: Date): Promise<ClockFact[]> {
  const rows = await db
    .select({ orderId: slaClocks.orderId, kind: slaClocks.kind, ownerId: slaClocks.ownerId, status: slaClocks.status })
    .from(slaClocks)
    .where(and(gte(slaClocks.dueAt, from), lt(slaClocks.dueAt, to), inArray(slaClocks.status, ['met', 'missed'])))
    .orderBy(asc(slaClocks.dueAt));
  return rows.map(({ status, ...r }) => ({ ...r, met: status === 'met' }));
}
