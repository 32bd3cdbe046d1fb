import { platformErrors, type ErrorEntries } from './platform/http/errors.js';
import type { OrdoModule } from './platform/module.js';
import { identityModule } from './modules/identity/module.js';
import { customersModule } from './modules/customers/module.js';
import { catalogModule } from './modules/catalog/module.js';
import { inventoryModule } from './modules/inventory/module.js';
import { ordersModule } from './modules/orders/module.js';
import { savedViewsModule } from './modules/saved-views/module.js';
import { reportsModule } from './modules/reports/module.js';
import { slaModule } from './modules/sla/module.js';
import { reviewModule } from './modules/review/module.js';
import { planningModule } from './modules/planning/module.js';
import { tasksModule } from './modules/tasks/module.js';
import { notificationsModule } from './modules/notifications/module.js';
import { fulfilmentModule } from './modules/fulfilment/module.js';
import { aftersalesModule } from './modules/aftersales/module.js';
import { feedbackModule } from './modules/feedback/module.js';
import { portalModule } from './modules/portal/module.js';
import { paymentsModule } from './modules/payments/module.js';
import { attachmentsModule } from './modules/attachments/module.js';
import { myWorkModule } from './modules/my-work/module.js';
import { documentsModule } from './modules/documents/module.js';
import { importsModule } from './modules/imports/module.js';
import { relationshipModule } from './modules/relationship/module.js';
import { segmentsModule } from './modules/segments/module.js';
import { dossierModule } from './modules/dossier/module.js';
import { leadsModule } from './modules/leads/module.js';
import { searchModule } from './modules/search/module.js';
import { retentionModule } from './modules/retention/module.js';
import { campaignsModule } from './modules/campaigns/module.js';

/** Every module of Ordo: the one list `app.ts` and `worker.ts` loop over. A new module adds itself here. */
export const modules: readonly OrdoModule[] = [
  identityModule,
  customersModule,
  catalogModule,
  inventoryModule,
  ordersModule,
  savedViewsModule,
  reportsModule,
  slaModule,
  reviewModule,
  planningModule,
  tasksModule,
  notificationsModule,
  fulfilmentModule,
  aftersalesModule,
  feedbackModule,
  portalModule,
  paymentsModule,
  attachmentsModule,
  myWorkModule,
  documentsModule,
  importsModule,
  relationshipModule,
  segmentsModule,
  dossierModule,
  leadsModule,
  searchModule,
  retentionModule,
  campaignsModule,
];

/** Every problem code the server answers with: the platform's and each module's. */
export const errorCatalogue: ErrorEntries = Object.assign({}, platformErrors, ...modules.map((m) => m.errors ?? {}));
