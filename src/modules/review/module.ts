import type { OrdoModule } from '../../platform/module.js';
import { reviewErrors } from './errors.js';
import { reviewRoutes } from './routes.js';

export const reviewModule: OrdoModule = {
  name: 'review',
  errors: reviewErrors,
  routes: [reviewRoutes],
};
