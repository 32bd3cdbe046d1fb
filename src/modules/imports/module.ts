import type { OrdoModule } from '../../platform/module.js';
import { importsErrors } from './errors.js';
import { importRoutes } from './routes.js';
import type { ScheduledRun } from '../../platform/jobs/kinds.js';
import { importJob, purgeFilesJob, purgeImportFiles, runImport } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    /** Reads an uploaded file and checks or takes in its rows. */
    'imports.run': { importId: string };
    /** Removes uploaded files older than the retention period. */
    'imports.purge_files': ScheduledRun;
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
      {
        kind: purgeFilesJob,
        async run(_payload, { db, now, log }) {
          const purged = await purgeImportFiles(db, config.filesDir, now);
          if (purged > 0) log.info({ purged }, 'Import files past the retention period removed');
        },
      },
    ],
  }),
  // Daily, at night in the company's zone.
  recurringJobs: [{ name: purgeFilesJob, cron: '45 3 * * *', kind: purgeFilesJob }],
};
