import type { ScheduledRun } from '../../platform/jobs/kinds.js';
import type { OrdoModule } from '../../platform/module.js';
import { calendarImportRoutes } from './calendar-import-routes.js';
import { orderChangeRoutes } from './change-routes.js';
import { ordersErrors } from './errors.js';
import { orderHandlingRoutes } from './handling-routes.js';
import { orderPlanRoutes } from './plan-routes.js';
import { orderRoutes } from './routes.js';
import { numberStrandedOrdersJob, numberStrandedOrdersJobKind } from './numbering.js';
import { foldOrderRollupsJob, foldOrderRollupsJobKind } from './rollups.js';
import { fillBackorders, openPreDeliveryCheck, planJob, preDeliveryCheckJob } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'planning.generate': { orderId: string };
    'orders.pre_delivery_check': { orderId: string };
    'reports.fold_order_rollups': ScheduledRun;
    'orders.number_stranded': ScheduledRun;
  }
}

export const ordersModule: OrdoModule = {
  name: 'orders',
  errors: ordersErrors,
  routes: [orderRoutes, orderHandlingRoutes, orderPlanRoutes, orderChangeRoutes, calendarImportRoutes],
  jobs: ({ config }) => ({
    handlers: [
      planJob(config.timeZone),
      // Stock arrived (a receipt, a restocked return): backordered lines take it, urgent orders first (SPEC §7).
      {
        kind: 'stock.arrived',
        async run(payload, { db, now, log }) {
          const filled = await fillBackorders(db, now, payload.productId);
          if (filled > 0) log.info({ productId: payload.productId, orders: filled }, 'backorders filled');
        },
      },
      { kind: preDeliveryCheckJob, run: (payload, { db, now }) => openPreDeliveryCheck(db, now, config.timeZone, payload.orderId) },
      foldOrderRollupsJob(),
      numberStrandedOrdersJob(),
    ],
  }),
  recurringJobs: [
    // The dashboard and the unfiltered counts read the rollups plus the changes not yet folded: folding often keeps that remainder small.
    { name: 'reports.fold_order_rollups', cron: '* * * * *', kind: foldOrderRollupsJobKind },
    // Intake on PostgreSQL numbers its orders after commit; what a crash left unnumbered is numbered within the minute.
    { name: 'orders.number_stranded', cron: '* * * * *', kind: numberStrandedOrdersJobKind },
  ],
};
