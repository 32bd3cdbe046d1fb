import type { OrdoModule } from '../../platform/module.js';
import { attachmentRoutes } from './routes.js';

export const attachmentsModule: OrdoModule = {
  name: 'attachments',
  routes: [attachmentRoutes],
};
