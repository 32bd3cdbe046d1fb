import type { OrdoModule } from '../../platform/module.js';
import { savedViewRoutes } from './routes.js';

export const savedViewsModule: OrdoModule = {
  name: 'saved-views',
  routes: [savedViewRoutes],
};
