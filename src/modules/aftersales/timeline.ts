import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { olderThan, type TimelineCursor, type TimelineEntry } from '../../platform/timeline.js';
import { cases } from './schema.js';

/** A customer's after-sales cases as they were opened and as they were closed. */
export async function caseTimeline(db: Executor, customerId: string, cursor: TimelineCursor | undefined, limit: number): Promise<TimelineEntry[]> {
  const columns = { id: cases.id, orderId: cases.orderId, orderNumber: cases.orderNumber, type: cases.type, source: cases.source, resolution: cases.resolution, summary: cases.summary, summaryCode: cases.summaryCode, summaryParams: cases.summaryParams };
  const [opened, closed] = await Promise.all([
    db
      .select({ ...columns, at: cases.openedAt, by: cases.openedByLabel })
      .from(cases)
      .where(and(eq(cases.customerId, customerId), olderThan(cursor, 'case_opened', cases.openedAt, cases.id)))
      .orderBy(desc(cases.openedAt), desc(cases.id))
      .limit(limit),
    db
      .select({ ...columns, at: cases.closedAt, by: cases.ownerLabel })
      .from(cases)
      .where(and(eq(cases.customerId, customerId), isNotNull(cases.closedAt), olderThan(cursor, 'case_closed', cases.closedAt, cases.id)))
      .orderBy(desc(cases.closedAt), desc(cases.id))
      .limit(limit),
  ]);
  const entry = (kind: string, c: (typeof opened)[number] | (typeof closed)[number]): TimelineEntry => ({
    kind,
    id: c.id,
    at: c.at!,
    orderId: c.orderId,
    orderNumber: c.orderNumber,
    caseId: c.id,
    by: c.by,
    params: kind === 'case_opened' ? { type: c.type, source: c.source, summary: c.summary } : { type: c.type, resolution: c.resolution },
    message: kind === 'case_opened' && c.summaryCode ? { code: c.summaryCode, params: c.summaryParams ?? {} } : null,
  });
  return [...opened.map((c) => entry('case_opened', c)), ...closed.map((c) => entry('case_closed', c))];
}
