import type { OrdoModule } from '../../platform/module.js';
import { customersErrors } from './errors.js';
import { customerRoutes } from './routes.js';

export const customersModule: OrdoModule = {
  name: 'customers',
  errors: customersErrors,
  routes: [customerRoutes],
};
