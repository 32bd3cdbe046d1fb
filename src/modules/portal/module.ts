import type { OrdoModule } from '../../platform/module.js';
import { portalErrors } from './errors.js';
import { portalPhotoRoutes } from './photo-routes.js';
import { portalRoutes } from './routes.js';
import { sendMagicLink, sendSignInLinkJob } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'portal.send_sign_in_link': { email: string };
  }
}

export const portalModule: OrdoModule = {
  name: 'portal',
  errors: portalErrors,
  routes: [portalRoutes, portalPhotoRoutes],
  jobs: () => ({ handlers: [{ kind: sendSignInLinkJob, run: (payload, { db, now }) => sendMagicLink(db, now, payload.email) }] }),
};
