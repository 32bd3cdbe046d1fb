import type { OrdoModule } from '../../platform/module.js';
import type { ScheduledRun } from '../../platform/jobs/kinds.js';
import { relationshipRoutes } from './routes.js';
import { planReturnVisits } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'relationship.return_visits': ScheduledRun;
  }
}

export const relationshipModule: OrdoModule = {
  name: 'relationship',
  routes: [relationshipRoutes],
  jobs: () => ({
    handlers: [
      {
        kind: 'relationship.return_visits',
        async run(_payload, { db, now, log }) {
          const { opened } = await planReturnVisits(db, now);
          if (opened > 0) log.info({ opened }, 'Return visits planned');
        },
      },
    ],
  }),
  // Early each morning in the company's zone, so the day's visits are on the owners' lists when they start.
  recurringJobs: [{ name: 'relationship.return_visits', cron: '30 7 * * *', kind: 'relationship.return_visits' }],
};
