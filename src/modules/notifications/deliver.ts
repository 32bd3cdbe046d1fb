import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connect.js';
import { isTerminal } from '../../platform/fsm.js';
import { type JobDefinition, PermanentJobError } from '../../platform/jobs/worker.js';
import { linkUrl, mintLinkToken } from '../../platform/links/service.js';
import type { MailAttachment, WorkerDeps } from '../../platform/module.js';
import { type Channels, postWebhook, WebhookCallFailed } from './channels.js';
import { deliverJobKind, deliveryMaxAttempts } from './dispatch.js';
import { type DeliveryAttempt, notificationDeliveries, webhookSubscriptions } from './schema.js';
import { deliveryMachine, type DeliveryStatus } from './states.js';
import { placeLinks } from './templates.js';
import { activeRobot } from './robots.js';
import { postToRobot } from './team-chat.js';

/**
 * Sends one delivery. Marked sent only after the other side took it, so a crash in between
 * sends it again (at least once); the delivery id travels with it so receivers can drop the
 * repeat. A delivery already sent is never sent again. A message with a one-time link gets
 * a token minted for this sending (`publicUrl` is where links point).
 */
export function deliverJob(channels: Channels, publicUrl: string, attachmentSources: WorkerDeps['mailAttachments']): JobDefinition<'notification.deliver'> {
  return {
    kind: deliverJobKind,
    maxAttempts: deliveryMaxAttempts,
    async run(payload, { db, clock, attempt }) {
      const [delivery] = await db.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, payload.deliveryId));
      if (!delivery || isTerminal(deliveryMachine, delivery.status)) return;
      const started = clock.now();
      const log = async (entry: Omit<DeliveryAttempt, 'at' | 'durationMs'>, status: DeliveryStatus) => {
        const at = clock.now();
        const record: DeliveryAttempt = { at: at.toISOString(), durationMs: Math.max(0, at.getTime() - started.getTime()), ...entry };
        await db
          .update(notificationDeliveries)
          .set({ status, attempts: sql`${notificationDeliveries.attempts} || ${JSON.stringify([record])}::jsonb`, ...(status === 'sent' ? { sentAt: at } : {}) })
          .where(eq(notificationDeliveries.id, delivery.id));
      };
      try {
        const outcome = await send(delivery, { channels, publicUrl, attachmentSources }, db, started);
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

/** The text that goes out: the stored body, with this sending's link where the template put it. */
async function bodyToSend(db: Db, now: Date, delivery: typeof notificationDeliveries.$inferSelect, publicUrl: string): Promise<string> {
  if (!delivery.link) return delivery.body;
  const token = await mintLinkToken(db, now, delivery.link, delivery.id);
  return placeLinks(delivery.body, delivery.link.at, linkUrl(publicUrl, delivery.link.purpose, token));
}

interface Senders {
  channels: Channels;
  publicUrl: string;
  attachmentSources: WorkerDeps['mailAttachments'];
}

/** The files the e-mail carries, made now; a topic no module makes files for any more sends without them. */
async function attachmentsOf(delivery: typeof notificationDeliveries.$inferSelect, sources: Senders['attachmentSources'], db: Db, now: Date): Promise<MailAttachment[]> {
  const source = delivery.attachments ? sources[delivery.topic] : undefined;
  return source ? source(db, delivery.attachments!.data, delivery.attachments!.language, now) : [];
}

async function send(delivery: typeof notificationDeliveries.$inferSelect, senders: Senders, db: Db, now: Date): Promise<Outcome> {
  const { channels, publicUrl } = senders;
  const message = () => bodyToSend(db, now, delivery, publicUrl).then((body) => ({ deliveryId: delivery.id, to: delivery.recipient, subject: delivery.subject, body }));
  switch (delivery.channel) {
    case 'email':
      if (!channels.email) throw new PermanentJobError('email is not configured (ORDO_SMTP_URL)');
      return { detail: await channels.email({ ...(await message()), attachments: await attachmentsOf(delivery, senders.attachmentSources, db, now) }) };
    case 'sms':
      if (!channels.sms) throw new PermanentJobError('SMS is not configured (ORDO_SMS_URL)');
      return { detail: await channels.sms(await message()) };
    case 'webhook': {
      const [subscription] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, delivery.subscriptionId!));
      if (!subscription?.active) throw new PermanentJobError('the webhook subscription was removed or deactivated');
      return postWebhook(channels.webhooks, { url: subscription.url, secret: subscription.secret, topic: delivery.topic, deliveryId: delivery.id, body: delivery.body, now });
    }
    case 'team_chat': {
      const robot = await activeRobot(db, delivery.robotId!);
      if (!robot) throw new PermanentJobError('the team chat robot was removed or paused');
      return postToRobot(channels.webhooks, robot, delivery.body, now);
    }
  }
}
