import { Type } from '@sinclair/typebox';
import { and, asc, eq, gt, gte, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
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

/** An event of some entity, for reports that read many entities' histories at once. */
export interface EntityEventView extends AuditEventView {
  entityId: string;
}

/**
 * The whole history (up to now) of every `entityType` entity whose `openingAction` event
 * falls in [from, to), in the order it happened: what process mining reads as its cases.
 */
export async function historiesOpenedBetween(db: Executor, entityType: string, openingAction: string, from: Date, to: Date): Promise<EntityEventView[]> {
  const opened = db
    .select({ entityId: auditEvents.entityId })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.action, openingAction), gte(auditEvents.at, from), lt(auditEvents.at, to)));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), inArray(auditEvents.entityId, opened)))
    .orderBy(asc(auditEvents.entityId), asc(auditEvents.at), asc(auditEvents.seq));
  return rows.map((r) => ({
    entityId: r.entityId,
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    before: r.before,
    after: r.after,
  }));
}

/** How many distinct `entityType` entities each person changed in [from, to): what "orders handled" counts. */
export async function entitiesTouchedByActor(db: Executor, entityType: string, from: Date, to: Date): Promise<{ actorId: string; actorLabel: string; entities: number }[]> {
  return db.transaction(async (tx) => {
    // Each (actor, entity) once, hashed, then counted: a month of a million orders is some 400,000
    // events (read from audit_events_type_at_idx alone), and count(DISTINCT) would sort them all
    // per actor. Their pairs (~30 MB) are hashed in memory, not sorted in files.
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    return touchedByActor(tx, entityType, from, to);
  });
}

async function touchedByActor(db: Executor, entityType: string, from: Date, to: Date): Promise<{ actorId: string; actorLabel: string; entities: number }[]> {
  const touched = db
    .select({ actorId: auditEvents.actorId, actorLabel: sql<string>`max(${auditEvents.actorLabel})`.as('actor_label') })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), isNotNull(auditEvents.actorId), gte(auditEvents.at, from), lt(auditEvents.at, to)))
    .groupBy(auditEvents.actorId, auditEvents.entityId)
    .as('touched');
  const rows = await db
    .select({ actorId: touched.actorId, actorLabel: sql<string>`max(${touched.actorLabel})`, entities: sql<number>`count(*)::int` })
    .from(touched)
    .groupBy(touched.actorId);
  return rows.map((r) => ({ actorId: r.actorId!, actorLabel: r.actorLabel, entities: Number(r.entities) }));
}

/** An event with its place in its chain and its hashes: what an archive record carries so the reader can check it. */
export interface ChainedEventView extends AuditEventView {
  chain: string;
  entityType: string;
  entityId: string;
  prevHash: string;
  hash: string;
}

/** Every event of the given entities (`entityType` → ids), in the order they were appended. */
export async function chainedEventsOf(db: Executor, entities: Record<string, readonly string[]>): Promise<ChainedEventView[]> {
  const wanted = Object.entries(entities)
    .filter(([, ids]) => ids.length > 0)
    .map(([entityType, ids]) => and(eq(auditEvents.entityType, entityType), inArray(auditEvents.entityId, [...ids])));
  if (wanted.length === 0) return [];
  const rows = await db
    .select()
    .from(auditEvents)
    .where(or(...wanted))
    .orderBy(asc(auditEvents.chain), asc(auditEvents.seq));
  return rows.map((r) => ({
    chain: r.chain,
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    entityType: r.entityType,
    entityId: r.entityId,
    action: r.action,
    before: r.before,
    after: r.after,
    prevHash: r.prevHash,
    hash: r.hash,
  }));
}
