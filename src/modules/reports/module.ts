import type { OrdoModule } from '../../platform/module.js';
import { processReportErrors } from './process-errors.js';
import { processReportRoutes } from './process-routes.js';
import { reportRoutes } from './routes.js';

export const reportsModule: OrdoModule = {
  name: 'reports',
  errors: processReportErrors,
  routes: [reportRoutes, processReportRoutes],
};
