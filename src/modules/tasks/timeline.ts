import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { olderThan, type TimelineCursor, type TimelineEntry } from '../../platform/timeline.js';
import { tasks } from './schema.js';

/**
 * The calls, visits and checks done with a customer, with their outcome note. An exception's
 * clarification is left out: the contacts logged on the order tell it.
 */
export async function followUpTimeline(db: Executor, customerId: string, cursor: TimelineCursor | undefined, limit: number): Promise<TimelineEntry[]> {
  const rows = await db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.customerId, customerId),
        isNotNull(tasks.doneAt),
        ne(tasks.kind, 'order_exception'),
        olderThan(cursor, 'follow_up_done', tasks.doneAt, tasks.id),
      ),
    )
    .orderBy(desc(tasks.doneAt), desc(tasks.id))
    .limit(limit);
  return rows.map((t) => ({
    kind: 'follow_up_done',
    id: t.id,
    at: t.doneAt!,
    orderId: t.orderId,
    orderNumber: null,
    caseId: null,
    by: t.assigneeName,
    params: { taskKind: t.kind, note: t.doneNote },
    // Rows from before codes keep a sentence as their summary: said as the person's own words.
    message: t.summaryParams ? { code: t.summary, params: t.summaryParams } : { code: 'task.note', params: { note: t.summary } },
  }));
}
