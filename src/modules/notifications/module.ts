import type { OrdoModule } from '../../platform/module.js';
import { notificationsErrors } from './errors.js';
import { notificationRoutes } from './routes.js';
import { channelsFrom, deliverJob, outboxPump } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'notification.deliver': { deliveryId: string };
  }
}

export const notificationsModule: OrdoModule = {
  name: 'notifications',
  errors: notificationsErrors,
  routes: [notificationRoutes],
  jobs: ({ config, resolveHost }) => {
    // One set of channels (mail transport, webhook agents) for the deliveries and the pump.
    const channels = channelsFrom(config.notifications, resolveHost);
    return {
      handlers: [deliverJob(channels, config.publicUrl)],
      pumps: [outboxPump({ channels, timeZone: config.timeZone })],
    };
  },
};
