import type { OrdoModule } from '../../platform/module.js';
import { segmentsErrors } from './errors.js';
import { segmentRoutes } from './routes.js';

export const segmentsModule: OrdoModule = {
  name: 'segments',
  errors: segmentsErrors,
  routes: [segmentRoutes],
};
