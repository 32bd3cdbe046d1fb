import type { OrdoModule } from '../../platform/module.js';
import { catalogRoutes } from './routes.js';

export const catalogModule: OrdoModule = {
  name: 'catalog',
  routes: [catalogRoutes],
};
