import type { OrdoModule } from '../../platform/module.js';
import { reportRoutes } from './routes.js';

export const reportsModule: OrdoModule = {
  name: 'reports',
  routes: [reportRoutes],
};
