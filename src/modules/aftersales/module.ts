import type { OrdoModule } from '../../platform/module.js';
import { aftersalesErrors } from './errors.js';
import { aftersalesRoutes } from './routes.js';

export const aftersalesModule: OrdoModule = {
  name: 'aftersales',
  errors: aftersalesErrors,
  routes: [aftersalesRoutes],
};
