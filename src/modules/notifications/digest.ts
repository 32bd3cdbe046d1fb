import type { Db } from '../../platform/db/connect.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { enqueueJobs } from '../../platform/jobs/queue.js';
import type { AnyJobDefinition } from '../../platform/jobs/worker.js';
import { localDate, zonedParts } from '../../platform/time/zone.js';
import { customerTimeZones } from '../customers/service.js';
import { activeOrdersOf, customersWithActiveOrders } from '../orders/service.js';

/*
 * The customer's daily progress message (SPEC §6): at 17:00 in the customer's time zone
 * (the company's when the customer has none) each customer with active orders gets one
 * message covering all of them.
 */

/** The local hour the digest goes out. */
const digestHour = 17;

export const digestJobKind = 'customer.digest';
const digestSendJobKind = 'customer.digest.send';

const digestActor: Actor = { userId: null, label: 'system:customer-digest' };

/** Writes one customer's digest for `day`: one outbox message listing every active order. */
async function sendCustomerDigest(db: Db, now: Date, customerId: string, day: string): Promise<void> {
  await db.transaction(async (tx) => {
    const listed = await activeOrdersOf(tx, customerId);
    if (listed.length === 0) return;
    await recordChange(
      tx,
      digestActor,
      now,
      { entityType: 'customer', entityId: customerId, customerId, action: 'customer.digest_sent', after: { day, orders: listed.map((o) => o.number) } },
      [{ topic: 'customer.digest_sent', customerId, payload: { day, orders: listed, audience: { customer: true } } }],
    );
  });
}

/**
 * The hourly run queues one send for each customer with active orders whose clock shows
 * 17:00-something at the run's time, keyed by customer and their day: a rerun (or a retry)
 * queues nothing new, so nobody hears twice.
 */
export function digestJobs(timeZone: string): AnyJobDefinition[] {
  return [
    {
      kind: digestJobKind,
      maxAttempts: 3,
      async run(payload, { db, now }) {
        const at = typeof payload.scheduledFor === 'string' ? new Date(payload.scheduledFor) : now;
        const active = await customersWithActiveOrders(db);
        const zones = await customerTimeZones(db, active);
        const due = active
          .map((customerId) => ({ customerId, zone: zones.get(customerId) ?? timeZone }))
          .filter((c) => zonedParts(at, c.zone).hour === digestHour);
        await enqueueJobs(
          db,
          now,
          due.map((c) => {
            const day = localDate(at, c.zone);
            return { kind: digestSendJobKind, payload: { customerId: c.customerId, day }, dedupKey: `digest:${c.customerId}:${day}` };
          }),
        );
      },
    },
    {
      kind: digestSendJobKind,
      run: (payload, { db, now }) => sendCustomerDigest(db, now, payload.customerId, payload.day),
    },
  ];
}
