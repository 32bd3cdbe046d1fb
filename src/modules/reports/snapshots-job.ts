import type { JobDefinition } from '../../platform/jobs/worker.js';
import { localDate } from '../../platform/time/zone.js';
import { previousMonthOf } from './monthly.js';
import { closeMonth } from './snapshots.js';

export const closeMonthJobKind = 'reports.month_close';

/** Closes the month before the one the run was scheduled in (company zone); a late or repeated run closes the same month once. */
export function closeLastMonthJob(timeZone: string): JobDefinition<typeof closeMonthJobKind> {
  return {
    kind: closeMonthJobKind,
    async run({ scheduledFor }, { db, now, log }) {
      const month = previousMonthOf(localDate(new Date(scheduledFor), timeZone).slice(0, 7));
      const report = await closeMonth(db, { userId: null, label: 'system:monthly-report' }, now, timeZone, month);
      log.info({ month, revision: report.revision }, 'Monthly report closed');
    },
  };
}
