import type { OrdoModule } from '../../platform/module.js';
import type { ScheduledRun } from '../../platform/jobs/kinds.js';
import { ordersErrors } from './errors.js';
import { orderHandlingRoutes } from './handling-routes.js';
import { orderPlanRoutes } from './plan-routes.js';
import { orderRoutes } from './routes.js';
import { savedViewRoutes } from './saved-view-routes.js';
import { digestJobKind, digestJobs, fillBackorders, openPreDeliveryCheck, planJob, preDeliveryCheckJob } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'planning.generate': { orderId: string };
    'orders.pre_delivery_check': { orderId: string };
    'customer.digest': ScheduledRun;
    'customer.digest.send': { customerId: string; day: string };
  }
}

export const ordersModule: OrdoModule = {
  name: 'orders',
  errors: ordersErrors,
  routes: [orderRoutes, orderHandlingRoutes, savedViewRoutes, orderPlanRoutes],
  jobs: ({ config }) => ({
    handlers: [
      planJob(config.timeZone),
      ...digestJobs(config.timeZone),
      // Stock arrived (a receipt, a restocked return): backordered lines take it, urgent orders first (SPEC §7).
      {
        kind: 'stock.arrived',
        async run(payload, { db, now, log }) {
          const filled = await fillBackorders(db, now, payload.productId);
          if (filled > 0) log.info({ productId: payload.productId, orders: filled }, 'backorders filled');
        },
      },
      { kind: preDeliveryCheckJob, run: (payload, { db, now }) => openPreDeliveryCheck(db, now, config.timeZone, payload.orderId) },
    ],
  }),
  // SPEC §6: the customers' daily progress message, at 17:00 in the company's zone.
  // Hourly: each customer hears at 17:00 in their own time zone.
  recurringJobs: [{ name: 'customer.digest', cron: '0 * * * *', kind: digestJobKind }],
};
