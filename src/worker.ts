import type { Config } from './config.js';
import type { Db } from './platform/db/connect.js';
import { purgeExpiredIdempotencyKeys } from './platform/idempotency/service.js';
import { purgeFinishedJobs } from './platform/jobs/queue.js';
import { Worker, type JobDefinition, type JobLogger, type RecurringJob } from './platform/jobs/worker.js';
import { purgePublishedOutbox } from './platform/outbox/service.js';
import type { Clock } from './platform/time/clock.js';
import { systemResolver, type HostResolver } from './platform/net/resolve.js';
import { purgeExpiredSessions, purgeStaleThrottles } from './modules/identity/service.js';
import { channelsFrom, deliverJob, digestJobKind, digestJobs, outboxPump } from './modules/notifications/service.js';
import { planJob } from './modules/orders/service.js';
import { scanSlaClocks } from './modules/sla/service.js';
import { stockArrivedJob } from './modules/inventory/service.js';
import { fillBackorders, openPreDeliveryCheck, preDeliveryCheckJob } from './modules/orders/service.js';
import { sendSurvey, sendSurveyJob } from './modules/feedback/service.js';
import { sendMagicLink, sendSignInLinkJob } from './modules/portal/service.js';

const day = 24 * 60 * 60 * 1000;

/** Finished jobs and delivered outbox rows are kept this long for looking into. */
const keepFinishedMs = 7 * day;

const maintenance: JobDefinition = {
  kind: 'maintenance.purge',
  async run(_payload, { db, now, log }) {
    const before = new Date(now.getTime() - keepFinishedMs);
    const purged = {
      jobs: await purgeFinishedJobs(db, before),
      outbox: await purgePublishedOutbox(db, before),
      idempotencyKeys: await purgeExpiredIdempotencyKeys(db, now),
      sessions: await purgeExpiredSessions(db, now),
      signInThrottles: await purgeStaleThrottles(db, now),
    };
    log.info(purged, 'maintenance: purged expired rows');
  },
};

/** Warns before response and plan deadlines and escalates the missed ones (SPEC §4). */
const slaScan: JobDefinition = {
  kind: 'sla.scan',
  // A missed minute is caught by the next one; retrying an old scan helps nobody.
  maxAttempts: 1,
  async run(_payload, { db, now, log }) {
    const { warned, escalated } = await scanSlaClocks(db, now);
    if (warned + escalated > 0) log.info({ warned, escalated }, 'SLA scan');
  },
};

/** Stock arrived (a receipt, a restocked return): backordered lines take it, urgent orders first (SPEC §7). */
const backorders: JobDefinition = {
  kind: stockArrivedJob,
  async run(payload, { db, now, log }) {
    const filled = await fillBackorders(db, now, String(payload.productId));
    if (filled > 0) log.info({ productId: payload.productId, orders: filled }, 'backorders filled');
  },
};

const preDeliveryCheck = (timeZone: string): JobDefinition => ({
  kind: preDeliveryCheckJob,
  run: (payload, { db, now }) => openPreDeliveryCheck(db, now, timeZone, String(payload.orderId)),
});

const survey: JobDefinition = {
  kind: sendSurveyJob,
  run: (payload, { db, now }) => sendSurvey(db, now, String(payload.orderId)),
};

const signInLink: JobDefinition = {
  kind: sendSignInLinkJob,
  run: (payload, { db, now }) => sendMagicLink(db, now, String(payload.email)),
};

const recurring: RecurringJob[] = [
  { name: 'maintenance.purge', cron: '30 3 * * *', kind: 'maintenance.purge' },
  { name: 'sla.scan', cron: '* * * * *', kind: 'sla.scan' },
  // SPEC §6: the customers' daily progress message, at 17:00 in the company's zone.
  // Hourly: each customer hears at 17:00 in their own time zone.
  { name: 'customer.digest', cron: '0 * * * *', kind: digestJobKind },
];

/** The worker with every module's jobs, recurring jobs and pumps: the one place they are listed. */
export function createWorker(options: { db: Db; clock: Clock; config: Config; log: JobLogger; resolveHost?: HostResolver }): Worker {
  const { db, clock, config, log } = options;
  const channels = channelsFrom(config.notifications, options.resolveHost ?? systemResolver);
  return new Worker({
    db,
    clock,
    log,
    timeZone: config.timeZone,
    definitions: [
      maintenance,
      slaScan,
      deliverJob(channels, config.publicUrl),
      planJob(config.timeZone),
      ...digestJobs(config.timeZone),
      backorders,
      preDeliveryCheck(config.timeZone),
      survey,
      signInLink,
    ],
    recurring,
    pumps: [outboxPump({ channels, timeZone: config.timeZone })],
    concurrency: config.worker.concurrency,
    pollMs: config.worker.pollMs,
    leaseMs: config.worker.leaseMs,
  });
}
