import type { OrdoModule } from '../../platform/module.js';
import type { ScheduledRun } from '../../platform/jobs/kinds.js';
import { slaErrors } from './errors.js';
import { slaRoutes } from './routes.js';
import { scanSlaClocks } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'sla.scan': ScheduledRun;
  }
}

export const slaModule: OrdoModule = {
  name: 'sla',
  errors: slaErrors,
  routes: [slaRoutes],
  jobs: () => ({
    handlers: [
      // Warns before response and plan deadlines and escalates the missed ones (SPEC §4).
      {
        kind: 'sla.scan',
        // A missed minute is caught by the next one; retrying an old scan helps nobody.
        maxAttempts: 1,
        async run(_payload, { db, now, log }) {
          const { warned, escalated } = await scanSlaClocks(db, now);
          if (warned + escalated > 0) log.info({ warned, escalated }, 'SLA scan');
        },
      },
    ],
  }),
  recurringJobs: [{ name: 'sla.scan', cron: '* * * * *', kind: 'sla.scan' }],
};
