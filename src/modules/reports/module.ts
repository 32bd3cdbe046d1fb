import type { ScheduledRun } from '../../platform/jobs/kinds.js';
import type { OrdoModule } from '../../platform/module.js';
import { improvementActionErrors } from './actions-errors.js';
import { remindOverdueActionsJob, remindOverdueActionsJobKind } from './actions-reminders.js';
import { improvementActionRoutes } from './actions-routes.js';
import { processReportErrors } from './process-errors.js';
import { processReportRoutes } from './process-routes.js';
import { monthlyReportErrors } from './monthly-errors.js';
import { closedMonthFiles } from './monthly-mail.js';
import { monthlyReportRoutes } from './monthly-routes.js';
import { closeLastMonthJob, closeMonthJobKind } from './snapshots-job.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'reports.month_close': ScheduledRun;
    'reports.action_reminders': ScheduledRun;
  }
}

export const reportsModule: OrdoModule = {
  name: 'reports',
  errors: { ...processReportErrors, ...monthlyReportErrors, ...improvementActionErrors },
  routes: [monthlyReportRoutes, processReportRoutes, improvementActionRoutes],
  jobs: ({ config }) => ({ handlers: [closeLastMonthJob(config.timeZone), remindOverdueActionsJob(config.timeZone)] }),
  mailAttachments: { 'report.month_closed': closedMonthFiles },
  // SPEC §11: last month's report is ready early on the 1st (company zone), well before the 5th.
  recurringJobs: [
    { name: 'reports.month_close', cron: '0 6 1 * *', kind: closeMonthJobKind },
    // Overdue improvement actions: each owner hears once a day, at the start of the working day.
    { name: 'reports.action_reminders', cron: '0 9 * * *', kind: remindOverdueActionsJobKind },
  ],
};
