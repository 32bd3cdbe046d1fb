import { eq, sql } from 'drizzle-orm';
import { PermanentJobError, type JobDefinition } from '../../platform/jobs/worker.js';
import { postWebhook, type Channels } from './channels.js';
import { deliveryMaxAttempts, deliverJobKind } from './dispatch.js';
import { notificationDeliveries, webhookSubscriptions, type DeliveryAttempt } from './schema.js';

/**
 * Sends one delivery. Marked sent only after the other side took it, so a crash in between
 * sends it again (at least once); the delivery id travels with it so receivers can drop the
 * repeat. A delivery already sent is never sent again.
 */
export function deliverJob(channels: Channels): JobDefinition {
  return {
    kind: deliverJobKind,
    maxAttempts: deliveryMaxAttempts,
    async run(payload, { db, clock, attempt }) {
      const [delivery] = await db.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, String(payload.deliveryId)));
      if (!delivery || delivery.status === 'sent') return;
      const started = clock.now();
      const log = async (entry: Omit<DeliveryAttempt, 'at' | 'durationMs'>, status: 'queued' | 'sent' | 'dead') => {
        const at = clock.now();
        const record: DeliveryAttempt = { at: at.toISOString(), durationMs: Math.max(0, at.getTime() - started.getTime()), ...entry };
        await db
          .update(notificationDeliveries)
          .set({ status, attempts: sql`${notificationDeliveries.attempts} || ${JSON.stringify([record])}::jsonb`, ...(status === 'sent' ? { sentAt: at } : {}) })
          .where(eq(notificationDeliveries.id, delivery.id));
      };
      try {
        const detail = await send(delivery, channels, db, started);
        await log({ ok: true, detail }, 'sent');
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const final = err instanceof PermanentJobError || attempt >= deliveryMaxAttempts;
        await log({ ok: false, detail: message }, final ? 'dead' : 'queued');
        throw err;
      }
    },
  };
}

async function send(delivery: typeof notificationDeliveries.$inferSelect, channels: Channels, db: Parameters<JobDefinition['run']>[1]['db'], now: Date): Promise<string> {
  const message = { deliveryId: delivery.id, to: delivery.recipient, subject: delivery.subject, body: delivery.body };
  switch (delivery.channel) {
    case 'email':
      if (!channels.email) throw new PermanentJobError('email is not configured (ORDO_SMTP_URL)');
      return channels.email(message);
    case 'sms':
      if (!channels.sms) throw new PermanentJobError('SMS is not configured (ORDO_SMS_URL)');
      return channels.sms(message);
    case 'webhook': {
      const [subscription] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, delivery.subscriptionId!));
      if (!subscription?.active) throw new PermanentJobError('the webhook subscription was removed or deactivated');
      return postWebhook({ url: subscription.url, secret: subscription.secret, topic: delivery.topic, deliveryId: delivery.id, body: delivery.body, now, timeoutMs: channels.webhookTimeoutMs });
    }
  }
}
