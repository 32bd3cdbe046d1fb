import type { ScheduledRun } from '../../platform/jobs/kinds.js';
import type { OrdoModule } from '../../platform/module.js';
import { digestJobKind, digestJobs } from './digest.js';
import { notificationsErrors } from './errors.js';
import { notificationRoutes } from './routes.js';
import { robotRoutes } from './robot-routes.js';
import { channelsFrom, deliverJob, outboxPump } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'notification.deliver': { deliveryId: string };
    'customer.digest': ScheduledRun;
    'customer.digest.send': { customerId: string; day: string };
  }
}

export const notificationsModule: OrdoModule = {
  name: 'notifications',
  errors: notificationsErrors,
  routes: [notificationRoutes, robotRoutes],
  jobs: ({ config, resolveHost, mailAttachments }) => {
    // One set of channels (mail transport, webhook agents) for the deliveries and the pump.
    const channels = channelsFrom(config.notifications, resolveHost);
    return {
      handlers: [deliverJob(channels, config.publicUrl, mailAttachments), ...digestJobs(config.timeZone)],
      pumps: [outboxPump({ channels, timeZone: config.timeZone, publicUrl: config.publicUrl, attachmentTopics: new Set(Object.keys(mailAttachments)) })],
    };
  },
  // SPEC §6: the customers' daily progress message, hourly so that each customer hears at 17:00 in their own time zone.
  recurringJobs: [{ name: 'customer.digest', cron: '0 * * * *', kind: digestJobKind }],
};
