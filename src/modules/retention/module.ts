import type { OrdoModule } from '../../platform/module.js';
import { retentionErrors } from './errors.js';
import { retentionRoutes } from './routes.js';

export const retentionModule: OrdoModule = {
  name: 'retention',
  errors: retentionErrors,
  routes: [retentionRoutes],
};
