import type { Config } from './config.js';
import type { Db } from './platform/db/connect.js';
import { purgeExpiredIdempotencyKeys } from './platform/idempotency/service.js';
import { purgeFinishedJobs } from './platform/jobs/queue.js';
import { type AnyJobDefinition, type JobLogger, type RecurringJob, Worker } from './platform/jobs/worker.js';
import { purgePublishedOutbox } from './platform/outbox/service.js';
import type { Clock } from './platform/time/clock.js';
import { type HostResolver, systemResolver } from './platform/net/resolve.js';
import { modules } from './modules.js';

const day = 24 * 60 * 60 * 1000;

/** Finished jobs and delivered outbox rows are kept this long for looking into. */
const keepFinishedMs = 7 * day;

/** The nightly purge of the platform's expired rows and every module's. */
const maintenance: AnyJobDefinition = {
  kind: 'maintenance.purge',
  async run(_payload, { db, now, log }) {
    const before = new Date(now.getTime() - keepFinishedMs);
    const purged: Record<string, number> = {
      jobs: await purgeFinishedJobs(db, before),
      outbox: await purgePublishedOutbox(db, before),
      idempotencyKeys: await purgeExpiredIdempotencyKeys(db, now),
    };
    for (const module of modules) {
      for (const [name, purge] of Object.entries(module.purges ?? {})) purged[name] = await purge(db, now);
    }
    log.info(purged, 'maintenance: purged expired rows');
  },
};

const maintenanceSchedule: RecurringJob = { name: 'maintenance.purge', cron: '30 3 * * *', kind: 'maintenance.purge' };

/** The worker with the platform's maintenance and every module's jobs, recurring jobs and pumps. */
export function createWorker(options: { db: Db; clock: Clock; config: Config; log: JobLogger; resolveHost?: HostResolver }): Worker {
  const { db, clock, config, log } = options;
  const deps = { config, resolveHost: options.resolveHost ?? systemResolver, mailAttachments: Object.assign({}, ...modules.map((m) => m.mailAttachments ?? {})) };
  const parts = modules.map((module) => module.jobs?.(deps) ?? { handlers: [] });
  return new Worker({
    db,
    clock,
    log,
    timeZone: config.timeZone,
    definitions: [maintenance, ...parts.flatMap((p) => p.handlers)],
    recurring: [maintenanceSchedule, ...modules.flatMap((m) => m.recurringJobs ?? [])],
    pumps: parts.flatMap((p) => p.pumps ?? []),
    concurrency: config.worker.concurrency,
    pollMs: config.worker.pollMs,
    leaseMs: config.worker.leaseMs,
  });
}
