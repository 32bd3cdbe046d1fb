import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { olderThan, type TimelineCursor, type TimelineEntry } from '../../platform/timeline.js';
import { feedback } from './schema.js';

/** A customer's satisfaction answers, with their four scores. */
export async function feedbackTimeline(db: Executor, customerId: string, cursor: TimelineCursor | undefined, limit: number): Promise<TimelineEntry[]> {
  const rows = await db
    .select()
    .from(feedback)
    .where(and(eq(feedback.customerId, customerId), olderThan(cursor, 'feedback', feedback.recordedAt, feedback.id)))
    .orderBy(desc(feedback.recordedAt), desc(feedback.id))
    .limit(limit);
  return rows.map((f) => ({
    kind: 'feedback',
    id: f.id,
    at: f.recordedAt,
    orderId: f.orderId,
    orderNumber: f.orderNumber,
    caseId: null,
    // A survey answered through its link or the portal names no staff member; the channel says how it came.
    by: f.recordedBy ? f.recordedByLabel : null,
    params: {
      channel: f.channel,
      responseSpeed: f.responseSpeed,
      productQuality: f.productQuality,
      deliveryTimeliness: f.deliveryTimeliness,
      serviceAttitude: f.serviceAttitude,
      comments: f.comments,
    },
    message: null,
  }));
}
