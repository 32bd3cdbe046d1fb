import type { OrdoModule } from '../../platform/module.js';
import { identityErrors } from './errors.js';
import { identityRoutes } from './routes.js';
import { purgeExpiredSessions, purgeStaleThrottles } from './service.js';

export const identityModule: OrdoModule = {
  name: 'identity',
  errors: identityErrors,
  routes: [identityRoutes],
  purges: { sessions: purgeExpiredSessions, signInThrottles: purgeStaleThrottles },
};
