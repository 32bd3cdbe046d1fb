import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { enqueueJobs } from '../../platform/jobs/queue.js';
import type { JobDefinition } from '../../platform/jobs/worker.js';
import { localDate } from '../../platform/time/zone.js';
import { orders } from './schema.js';
import type { OrderStatus } from './states.js';

/*
 * The customer's daily progress message (SPEC §6): at 17:00 each customer with active
 * orders gets one message covering all of them. Customers carry no time zone of their own
 * yet, so 17:00 is counted in the company's zone.
 */

export const digestJobKind = 'customer.digest';
const digestSendJobKind = 'customer.digest.send';

/** Orders the customer is waiting for: approved and not yet delivered. */
const activeStatuses: OrderStatus[] = ['approved', 'planned', 'in_progress', 'ready_to_ship', 'partially_shipped', 'shipped', 'in_service'];

const digestActor: Actor = { userId: null, label: 'system:customer-digest' };

/** Writes one customer's digest for `day`: one outbox message listing every active order. */
async function sendCustomerDigest(db: Db, now: Date, customerId: string, day: string): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: orders.id, number: orders.number, status: orders.status, promised: orders.promisedDeliveryDate, requested: orders.requestedDeliveryDate })
      .from(orders)
      .where(and(eq(orders.customerId, customerId), inArray(orders.status, activeStatuses)))
      .orderBy(asc(orders.receivedAt), asc(orders.id));
    if (rows.length === 0) return;
    const listed = rows.map((r) => ({ orderId: r.id, number: r.number, status: r.status, expectedDelivery: r.promised ?? r.requested }));
    await recordChange(
      tx,
      digestActor,
      now,
      { entityType: 'customer', entityId: customerId, customerId, action: 'customer.digest_sent', after: { day, orders: listed.map((o) => o.number) } },
      [{ topic: 'customer.daily_digest', customerId, payload: { day, orders: listed, audience: { customer: true } } }],
    );
  });
}

/**
 * The 17:00 run queues one send per customer with active orders, keyed by customer and
 * day: a rerun of the same day's run (or a retry) queues nothing new, so nobody hears twice.
 */
export function digestJobs(timeZone: string): JobDefinition[] {
  return [
    {
      kind: digestJobKind,
      maxAttempts: 3,
      async run(payload, { db, now }) {
        const day = localDate(typeof payload.scheduledFor === 'string' ? new Date(payload.scheduledFor) : now, timeZone);
        const customers = await queryRows<{ customer_id: string }>(
          db,
          sql`SELECT DISTINCT customer_id FROM orders WHERE status IN (${sql.join(activeStatuses.map((s) => sql`${s}`), sql`, `)})`,
        );
        await enqueueJobs(
          db,
          now,
          customers.map((c) => ({ kind: digestSendJobKind, payload: { customerId: c.customer_id, day }, dedupKey: `digest:${c.customer_id}:${day}` })),
        );
      },
    },
    {
      kind: digestSendJobKind,
      run: (payload, { db, now }) => sendCustomerDigest(db, now, String(payload.customerId), String(payload.day)),
    },
  ];
}
