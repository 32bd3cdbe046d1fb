import type { OrdoModule } from '../../platform/module.js';
import { inventoryErrors } from './errors.js';
import { inventoryRoutes } from './routes.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    /** Stock arrived for a product (a receipt, a restocked return); orders fills its backorders. */
    'stock.arrived': { productId: string };
  }
}

export const inventoryModule: OrdoModule = {
  name: 'inventory',
  errors: inventoryErrors,
  routes: [inventoryRoutes],
};
