import type { OrdoModule } from '../../platform/module.js';
import { tasksErrors } from './errors.js';
import { taskRoutes } from './routes.js';

export const tasksModule: OrdoModule = {
  name: 'tasks',
  errors: tasksErrors,
  routes: [taskRoutes],
};
