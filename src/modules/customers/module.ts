import type { OrdoModule } from '../../platform/module.js';
import { customerRoutes } from './routes.js';

export const customersModule: OrdoModule = {
  name: 'customers',
  routes: [customerRoutes],
};
