import { Type } from '@sinclair/typebox';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../db/connect.js';
import { decodeCursor, pageOf } from '../http/pagination.js';
import { auditEvents } from './schema.js';

export interface AuditEventView {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** An entity's history entry as the API answers with it. */
export const AuditEvent = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorLabel: Type.String(),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

/** One entity's history, oldest first, keyset-paginated by sequence. */
export async function listEntityEvents(
  db: Executor,
  entityType: string,
  entityId: string,
  query: { limit: number; cursor?: string },
): Promise<{ items: AuditEventView[]; nextCursor: string | null }> {
  const filters = [eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)];
  if (query.cursor) filters.push(gt(auditEvents.seq, decodeCursor(query.cursor, ['int'])[0]));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...filters))
    .orderBy(asc(auditEvents.seq))
    .limit(query.limit + 1);
  const items = rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    before: r.before,
    after: r.after,
  }));
  return pageOf(items, query.limit, (e) => [e.seq]);
}
