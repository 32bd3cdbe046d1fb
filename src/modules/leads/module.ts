import type { OrdoModule } from '../../platform/module.js';
import { leadsErrors } from './errors.js';
import { leadRoutes } from './routes.js';

export const leadsModule: OrdoModule = {
  name: 'leads',
  errors: leadsErrors,
  routes: [leadRoutes],
};
