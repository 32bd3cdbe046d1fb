import type { OrdoModule } from '../../platform/module.js';
import { documentRoutes } from './routes.js';

export const documentsModule: OrdoModule = {
  name: 'documents',
  routes: [documentRoutes],
};
