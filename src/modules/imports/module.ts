import type { OrdoModule } from '../../platform/module.js';
import { importsErrors } from './errors.js';
import { importRoutes } from './routes.js';
import { importJob, runImport } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    /** Reads an uploaded file and checks or takes in its rows. */
    'imports.run': { importId: string };
  }
}

export const importsModule: OrdoModule = {
  name: 'imports',
  errors: importsErrors,
  routes: [importRoutes],
  jobs: ({ config }) => ({
    handlers: [
      {
        kind: importJob,
        maxAttempts: 3,
        async run({ importId }, { db, clock }) {
          await runImport({ db, filesRoot: config.filesDir, timeZone: config.timeZone, now: () => clock.now() }, importId);
        },
      },
    ],
  }),
};
