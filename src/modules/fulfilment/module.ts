import type { OrdoModule } from '../../platform/module.js';
import { fulfilmentErrors } from './errors.js';
import { fulfilmentRoutes } from './routes.js';

export const fulfilmentModule: OrdoModule = {
  name: 'fulfilment',
  errors: fulfilmentErrors,
  routes: [fulfilmentRoutes],
};
