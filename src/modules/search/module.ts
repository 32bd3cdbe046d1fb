import type { OrdoModule } from '../../platform/module.js';
import { searchErrors } from './errors.js';
import { searchRoutes } from './routes.js';

export const searchModule: OrdoModule = {
  name: 'search',
  errors: searchErrors,
  routes: [searchRoutes],
};
