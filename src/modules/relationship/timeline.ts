import type { Executor } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { decodeTimelineCursor, encodeTimelineCursor, newestFirst, type TimelineSource } from '../../platform/timeline.js';
import { caseTimeline } from '../aftersales/service.js';
import { getCustomer } from '../customers/service.js';
import { feedbackTimeline } from '../feedback/service.js';
import { orderTimeline } from '../orders/service.js';
import { followUpTimeline } from '../tasks/service.js';
import type { TimelineEntryView } from './contract.js';

const sources: readonly TimelineSource[] = [orderTimeline, caseTimeline, feedbackTimeline, followUpTimeline];

/**
 * Everything that happened with a customer, newest first (seed 003: orders, contacts, cases,
 * surveys, follow-ups). Each module answers a page of its own after the cursor; the merge keeps
 * the newest `limit`, so a page never skips an entry whichever module holds it.
 */
export async function customerTimeline(db: Executor, customerId: string, query: { limit: number; cursor?: string }): Promise<{ items: TimelineEntryView[]; nextCursor: string | null }> {
  if (!(await getCustomer(db, customerId))) throw new DomainError('not_found', `No customer ${customerId}`);
  const cursor = query.cursor ? decodeTimelineCursor(query.cursor) : undefined;
  const entries = (await Promise.all(sources.map((source) => source(db, customerId, cursor, query.limit + 1)))).flat().sort(newestFirst);
  const page = entries.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((entry) => ({ ...entry, kind: entry.kind as TimelineEntryView['kind'], at: entry.at.toISOString() })),
    nextCursor: entries.length > query.limit && last ? encodeTimelineCursor(last) : null,
  };
}
