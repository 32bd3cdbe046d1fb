import type { OrdoModule } from '../../platform/module.js';
import { planningErrors } from './errors.js';
import { planningRoutes } from './routes.js';

export const planningModule: OrdoModule = {
  name: 'planning',
  errors: planningErrors,
  routes: [planningRoutes],
};
