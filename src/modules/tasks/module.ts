import type { OrdoModule } from '../../platform/module.js';
import type { ScheduledRun } from '../../platform/jobs/kinds.js';
import { tasksErrors } from './errors.js';
import { taskRoutes } from './routes.js';
import { scanTasks } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'tasks.scan': ScheduledRun;
  }
}

export const tasksModule: OrdoModule = {
  name: 'tasks',
  errors: tasksErrors,
  routes: [taskRoutes],
  jobs: () => ({
    handlers: [
      // Warns before an exception contact falls due and escalates the overdue ones (SPEC §3).
      {
        kind: 'tasks.scan',
        // A missed minute is caught by the next one.
        maxAttempts: 1,
        async run(_payload, { db, now, log }) {
          const { warned, escalated } = await scanTasks(db, now);
          if (warned + escalated > 0) log.info({ warned, escalated }, 'Task scan');
        },
      },
    ],
  }),
  recurringJobs: [{ name: 'tasks.scan', cron: '* * * * *', kind: 'tasks.scan' }],
};
