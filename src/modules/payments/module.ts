import type { OrdoModule } from '../../platform/module.js';
import { paymentsErrors } from './errors.js';
import { paymentRoutes } from './routes.js';

export const paymentsModule: OrdoModule = {
  name: 'payments',
  errors: paymentsErrors,
  routes: [paymentRoutes],
};
