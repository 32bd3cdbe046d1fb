import { eq, sql } from 'drizzle-orm';
import { PermanentJobError, type JobDefinition } from '../../platform/jobs/worker.js';
import { postWebhook, WebhookCallFailed, type Channels } from './channels.js';
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
        const outcome = await send(delivery, channels, db, started);
        await log({ ok: true, ...outcome }, 'sent');
      } catch (err) {
        const outcome: Outcome = err instanceof WebhookCallFailed ? err.result : { detail: err instanceof Error ? err.message : String(err) };
        // A refused target is not asked again and again (that would only probe it); a retry by hand checks afresh.
        const final = err instanceof PermanentJobError || outcome.code === 'target_refused' || attempt >= deliveryMaxAttempts;
        await log({ ok: false, ...outcome }, final ? 'dead' : 'queued');
        throw outcome.code === 'target_refused' ? new PermanentJobError(outcome.detail) : err;
      }
    },
  };
}

type Outcome = Omit<DeliveryAttempt, 'at' | 'durationMs' | 'ok'>;

async function send(delivery: typeof notificationDeliveries.$inferSelect, channels: Channels, db: Parameters<JobDefinition['run']>[1]['db'], now: Date): Promise<Outcome> {
  const message = { deliveryId: delivery.id, to: delivery.recipient, subject: delivery.subject, body: delivery.body };
  switch (delivery.channel) {
    case 'email':
      if (!channels.email) throw new PermanentJobError('email is not configured (ORDO_SMTP_URL)');
      return { detail: await channels.email(message) };
    case 'sms':
      if (!channels.sms) throw new PermanentJobError('SMS is not configured (ORDO_SMS_URL)');
      return { detail: await channels.sms(message) };
    case 'webhook': {
      const [subscription] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, delivery.subscriptionId!));
      if (!subscription?.active) throw new PermanentJobError('the webhook subscription was removed or deactivated');
      return postWebhook(channels.webhooks, { url: subscription.url, secret: subscription.secret, topic: delivery.topic, deliveryId: delivery.id, body: delivery.body, now });
    }
  }
}
