import type { OrdoModule } from '../../platform/module.js';
import { dossierErrors } from './errors.js';
import { dossierRoutes } from './routes.js';

export const dossierModule: OrdoModule = {
  name: 'dossier',
  errors: dossierErrors,
  routes: [dossierRoutes],
};
