import type { OrdoModule } from '../../platform/module.js';
import { myWorkRoutes } from './routes.js';

/** A person's own work gathered from the modules that hold it, for their home page. */
export const myWorkModule: OrdoModule = {
  name: 'my-work',
  routes: [myWorkRoutes],
};
