import { type SQL, sql } from 'drizzle-orm';
import type { Database, Db, Tx } from '../../platform/db/connect.js';
import { prepared, queryRows, uuidArrayParam } from '../../platform/db/sql.js';
import { type Actor, auditAppendCtes, type OutboxMessage } from '../../platform/audit/record.js';
import type { Clock } from '../../platform/time/clock.js';
import type { JobDefinition } from '../../platform/jobs/worker.js';
import { reviewNumberedCte } from '../review/service.js';
import { openSlaClocksCte, type SlaClockPlan } from '../sla/service.js';
import type { SlaKind } from '../sla/contract.js';
import type { QueuedFollowUp } from './schema.js';

/*
 * Order numbers (SPEC §3): `YYYYMM-NNN`, gap-free per month, never reused. The serial comes
 * from the month's counter, the one row every order shares, and whoever takes a serial holds
 * that row until commit (a rollback must not leave a gap).
 *
 * Taken inside the order's own transaction, every order held the counter through its COMMIT's
 * WAL flush, one after another: on PostgreSQL intake could not go faster than one flush at a
 * time, whatever the connections. So on PostgreSQL intake commits the order unnumbered with a
 * row in `order_numbering_queue`, and one numbering transaction numbers every order the
 * process has queued by then, holding the counter for one flush per batch. The creating
 * request waits for its number (`OrderNumberer`), so its answer carries the number as before.
 * PGlite runs one transaction at a time anyway: there intake numbers inline, as do callers
 * that create orders inside a transaction of their own (imports, replacements, converted leads).
 *
 * Nothing else may act on an unnumbered order first: `numberIfQueued` numbers it inside the
 * transaction of whoever locks it (views.ts `lockOrder`), and a recurring job numbers what a
 * crash left queued.
 */

/** What numbering an order writes besides the number. */
export interface NumberingFollowUp {
  clocks: SlaClockPlan[];
  /** The order's review started at intake and carries a copy of the number. */
  reviewStarted: boolean;
  /** Messages that name the order by its number: the number is merged into their payload. */
  messages: OutboxMessage[];
}

export interface OrderToNumber {
  id: string;
  customerId: string;
  ownerId: string | null;
  /** `YYYYMM` of receipt in the company's zone. */
  month: string;
}

/**
 * Takes the month's next serial, writes the number onto the order (and its review), opens its
 * SLA clocks and records it, queueing the messages that name the order by its number — one
 * statement; a `queued` order leaves the numbering queue with it. The counter stays locked
 * until commit, so this is the caller's last statement (or a numbering transaction's).
 */
export async function numberOrder(tx: Tx, actor: Actor, now: Date, order: OrderToNumber, followUp: NumberingFollowUp, queued = false): Promise<string> {
  const number = sql`(SELECT number FROM numbered)`;
  const [row] = await queryRows<{ number: string }>(
    tx,
    prepared(sql`WITH
          serial AS (
            INSERT INTO order_counters (month, last) VALUES (${order.month}, 1)
            ON CONFLICT (month) DO UPDATE SET last = order_counters.last + 1
            RETURNING last
          ),
          numbered AS (
            UPDATE orders SET number = ${order.month} || '-' || lpad(serial.last::text, greatest(3, length(serial.last::text)), '0')
            FROM serial WHERE orders.id = ${order.id}::uuid
            RETURNING orders.number
          ),
          ${openSlaClocksCte({ orderId: order.id, customerId: order.customerId, orderNumber: number, ownerId: order.ownerId, clocks: followUp.clocks })},
          ${followUp.reviewStarted ? sql`${reviewNumberedCte(order.id, number)},` : sql``}
          ${queued ? sql`dequeued AS (DELETE FROM order_numbering_queue WHERE order_id = ${order.id}::uuid),` : sql``}
          ${auditAppendCtes(
            actor,
            now,
            [{ entityType: 'order', entityId: order.id, customerId: order.customerId, action: 'order.numbered', afterMerge: sql`jsonb_build_object('number', ${number})` }],
            followUp.messages,
            sql`jsonb_build_object('number', ${number})`,
          )}
        SELECT number FROM numbered`),
  );
  return row!.number;
}

/** Leaves the order to the numbering transaction: a CTE (inside `WITH`) of intake's statement, which also inserts the order. */
export function queueNumberingCte(actor: Actor, now: Date, order: OrderToNumber, followUp: NumberingFollowUp): SQL {
  const stored: QueuedFollowUp = {
    clocks: followUp.clocks.map((c) => ({ kind: c.kind, dueAt: c.dueAt.toISOString(), warnAt: c.warnAt.toISOString(), satisfiedAt: c.satisfiedAt?.toISOString() ?? null })),
    reviewStarted: followUp.reviewStarted,
    messages: followUp.messages,
  };
  return sql`queued_for_numbering AS (
    INSERT INTO order_numbering_queue (order_id, customer_id, owner_id, month, queued_at, actor, follow_up)
    VALUES (${order.id}::uuid, ${order.customerId}::uuid, ${order.ownerId}::uuid, ${order.month}, ${now.toISOString()}::timestamptz,
            ${JSON.stringify({ userId: actor.userId, label: actor.label })}::jsonb, ${JSON.stringify(stored)}::jsonb)
  )`;
}

interface QueuedRow {
  order_id: string;
  customer_id: string;
  owner_id: string | null;
  month: string;
  actor: Actor;
  follow_up: QueuedFollowUp;
}

function followUpOf(stored: QueuedFollowUp): NumberingFollowUp {
  return {
    clocks: stored.clocks.map((c) => ({
      kind: c.kind as SlaKind,
      dueAt: new Date(c.dueAt),
      warnAt: new Date(c.warnAt),
      ...(c.satisfiedAt ? { satisfiedAt: new Date(c.satisfiedAt) } : {}),
    })),
    reviewStarted: stored.reviewStarted,
    messages: stored.messages as OutboxMessage[],
  };
}

async function numberRows(tx: Tx, now: Date, rows: QueuedRow[]): Promise<Map<string, string>> {
  const numbers = new Map<string, string>();
  for (const row of rows) {
    const order = { id: row.order_id, customerId: row.customer_id, ownerId: row.owner_id, month: row.month };
    numbers.set(row.order_id, await numberOrder(tx, row.actor, now, order, followUpOf(row.follow_up), true));
  }
  return numbers;
}

/**
 * Numbers queued orders, oldest first, in the caller's transaction: those of `orderIds` (the
 * orders this process's requests wait for), or up to `limit` queued before `queuedBefore`
 * (the sweep). Orders another transaction holds (a change numbering them itself) are skipped.
 */
export async function numberQueuedOrders(
  tx: Tx,
  now: Date,
  which: { orderIds: string[] } | { limit: number; queuedBefore: Date },
): Promise<Map<string, string>> {
  const chosen =
    'orderIds' in which
      ? sql`WHERE q.order_id = ANY(${uuidArrayParam(which.orderIds)}) ORDER BY q.queued_at, q.order_id`
      : sql`WHERE q.queued_at < ${which.queuedBefore.toISOString()}::timestamptz ORDER BY q.queued_at, q.order_id LIMIT ${which.limit}`;
  const rows = await queryRows<QueuedRow>(
    tx,
    prepared(sql`SELECT q.order_id, q.customer_id, q.owner_id, q.month, q.actor, q.follow_up
        FROM order_numbering_queue q JOIN orders o ON o.id = q.order_id
        ${chosen}
        FOR UPDATE OF o, q SKIP LOCKED`),
  );
  return numberRows(tx, now, rows);
}

/**
 * An order about to be changed that is still queued is numbered first, in the changing
 * transaction (which holds the order's row, so no numbering transaction can have it).
 * Answers the number it got, or undefined when it was not queued.
 */
export async function numberIfQueued(tx: Tx, orderId: string): Promise<string | undefined> {
  const rows = await queryRows<QueuedRow & { queued_at: string }>(
    tx,
    sql`SELECT order_id, customer_id, owner_id, month, actor, follow_up, queued_at FROM order_numbering_queue WHERE order_id = ${orderId}::uuid FOR UPDATE`,
  );
  const [row] = rows;
  if (!row) return undefined;
  return (await numberRows(tx, new Date(row.queued_at), rows)).get(orderId);
}

/** What a creating request waits on for its order's number. */
export interface NumberWaiter {
  numbered(orderId: string): Promise<string>;
}

/** How long a waiting request pauses when its order is being numbered elsewhere. */
const elsewherePauseMs = 5;
/** The sweep's batch. */
const batchLimit = 200;

/**
 * Numbers the queued orders this process's requests wait for, in batches: while one
 * numbering transaction runs, the orders committed meanwhile wait for the next, which
 * numbers them all at once. Each process numbers its own orders, so two numberers never
 * take each other's rows; they only take turns on the month's counter.
 */
export class OrderNumberer implements NumberWaiter {
  private readonly waiting = new Map<string, { resolve: (number: string) => void; reject: (err: unknown) => void }[]>();
  private running = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The order's number, once a numbering transaction (this process's or another's) has committed it. */
  numbered(orderId: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(orderId) ?? [];
      waiters.push({ resolve, reject });
      this.waiting.set(orderId, waiters);
      if (!this.running) void this.run();
    });
  }

  private settle(numbers: Map<string, string>): void {
    for (const [orderId, number] of numbers) {
      for (const waiter of this.waiting.get(orderId) ?? []) waiter.resolve(number);
      this.waiting.delete(orderId);
    }
  }

  private async run(): Promise<void> {
    this.running = true;
    let failures = 0;
    try {
      while (this.waiting.size > 0) {
        try {
          const numbered = await this.db.transaction((tx) => numberQueuedOrders(tx, this.clock.now(), { orderIds: [...this.waiting.keys()] }));
          this.settle(numbered);
          if (this.waiting.size === 0) break;
          // Numbered elsewhere (another process, a change to the order) or held by a transaction doing so.
          this.settle(await numbersOf(this.db, [...this.waiting.keys()]));
          if (this.waiting.size > 0 && numbered.size === 0) await new Promise((resolve) => setTimeout(resolve, elsewherePauseMs));
          failures = 0;
        } catch (err) {
          // A deadlock or a lost connection: try again; after a few failures the waiting requests
          // fail, and their orders (committed) are numbered by the next batch or the sweep.
          if (++failures < 3) continue;
          for (const waiters of this.waiting.values()) for (const waiter of waiters) waiter.reject(err);
          this.waiting.clear();
        }
      }
    } finally {
      this.running = false;
    }
  }
}

async function numbersOf(db: Db, orderIds: string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; number: string }>(
    db,
    sql`SELECT id, number FROM orders WHERE id = ANY(${uuidArrayParam(orderIds)}) AND number IS NOT NULL`,
  );
  return new Map(rows.map((r) => [r.id, r.number]));
}

const numberers = new WeakMap<Db, OrderNumberer>();

/** The numberer intake uses on this database: PostgreSQL numbers after commit, PGlite inline (undefined). */
export function orderNumbererFor(ctx: { database: Database; clock: Clock }): OrderNumberer | undefined {
  if (ctx.database.kind !== 'postgres') return undefined;
  let numberer = numberers.get(ctx.database.db);
  if (!numberer) {
    numberer = new OrderNumberer(ctx.database.db, ctx.clock);
    numberers.set(ctx.database.db, numberer);
  }
  return numberer;
}

export const numberStrandedOrdersJobKind = 'orders.number_stranded';
/** Left queued this long, an order has lost the request that waited for it (a crash, a failed numbering). */
const strandedAfterMs = 10_000;

/** Numbers the orders a crash or failure left queued, oldest first, in batches. */
export function numberStrandedOrdersJob(): JobDefinition<typeof numberStrandedOrdersJobKind> {
  return {
    kind: numberStrandedOrdersJobKind,
    async run(_payload, { db, now, log }) {
      const queuedBefore = new Date(now.getTime() - strandedAfterMs);
      let total = 0;
      for (;;) {
        const numbered = await db.transaction((tx) => numberQueuedOrders(tx, now, { limit: batchLimit, queuedBefore }));
        total += numbered.size;
        if (numbered.size < batchLimit) break;
      }
      if (total > 0) log.warn({ orders: total }, 'numbered orders left queued');
    },
  };
}
