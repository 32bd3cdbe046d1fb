/*
 * Segments (segments, segment_follow_ups): saved filters over customers, who is in them, and
 * the follow-up tasks a segment hands to one person. Other modules use them only through this file.
 */
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { isUniqueViolation } from '../../platform/db/sql.js';
import { type Actor, recordChange, recordChanges } from '../../platform/audit/record.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { claimIdempotencyKey, completeIdempotencyKey, hashRequest } from '../../platform/idempotency/service.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { instantAt, localDate } from '../../platform/time/zone.js';
import { openFollowUps, type TaskWorker } from '../tasks/service.js';
import type { FollowUpRequest, FollowUpResult, SegmentCreate, SegmentFilter, SegmentPatch, SegmentView } from './contract.js';
import { countMembers, memberIds, memberNames } from './members.js';
import { segmentFollowUps, segments } from './schema.js';
import { newId } from '../../platform/db/ids.js';

export { countMembers, pageOfMembers } from './members.js';
export type { SegmentFilter, SegmentView } from './contract.js';

/** One run opens at most this many tasks: a larger segment is narrowed first, or split. */
export const maxFollowUpsPerRun = 2000;
/** Follow-ups fall due at the end of the working day, in the company's time zone. */
const followUpDueMinute = 18 * 60;

type Row = typeof segments.$inferSelect;

function toView(row: Row): SegmentView {
  return {
    id: row.id,
    name: row.name,
    filter: row.filter,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Ranges a schema cannot check: each lower bound no higher than its upper bound. */
export function checkFilter(filter: SegmentFilter, at: string): void {
  const errors: FieldError[] = [];
  const ranges: [string, number | undefined, number | undefined][] = [
    ['recency', filter.recency?.minDays, filter.recency?.maxDays],
    ['lastContact', filter.lastContact?.minDays, filter.lastContact?.maxDays],
    ['frequency', filter.frequency?.min, filter.frequency?.max],
    ['monetary', filter.monetary?.minMinor, filter.monetary?.maxMinor],
    ['satisfaction', filter.satisfaction?.above, filter.satisfaction?.below],
  ];
  for (const [part, low, high] of ranges) {
    if (low !== undefined && high !== undefined && low > high) {
      errors.push({ path: `${at}/${part}`, in: 'body', code: 'range', message: 'has its lower bound above its upper bound' });
    }
  }
  if (errors.length > 0) throw new DomainError('validation_failed', 'A range of the filter is empty', { errors });
}

function nameTaken(name: string): DomainError {
  return new DomainError('already_exists', `A segment named "${name}" exists already`, { errors: [{ path: '/name', in: 'body', code: 'unique', message: 'is already a segment' }] });
}

async function withUniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'segments_name_key')) throw nameTaken(name);
    throw err;
  }
}

export async function createSegment(db: Db, actor: Actor, now: Date, input: SegmentCreate): Promise<SegmentView> {
  checkFilter(input.filter, '/filter');
  const row: Row = { id: newId(), name: input.name.trim(), filter: input.filter, createdBy: actor.userId, createdAt: now, updatedAt: now, version: 1 };
  return withUniqueName(row.name, () =>
    db.transaction(async (tx) => {
      await tx.insert(segments).values(row);
      const view = toView(row);
      await recordChange(tx, actor, now, { entityType: 'segment', entityId: row.id, action: 'segment.created', after: view });
      return view;
    }),
  );
}

export async function updateSegment(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number, patch: SegmentPatch): Promise<SegmentView> {
  if (patch.filter) checkFilter(patch.filter, '/filter');
  const name = patch.name?.trim();
  return withUniqueName(name ?? '', () =>
    db.transaction(async (tx) => {
      const [current] = await tx.select().from(segments).where(eq(segments.id, id)).for('update');
      if (!current) throw new DomainError('not_found', `No segment ${id}`);
      assertVersion('segment', current.version, expectedVersion);
      const [updated] = await tx
        .update(segments)
        .set({ ...(name !== undefined ? { name } : {}), ...(patch.filter ? { filter: patch.filter } : {}), updatedAt: now, version: current.version + 1 })
        .where(eq(segments.id, id))
        .returning();
      const view = toView(updated!);
      await recordChange(tx, actor, now, { entityType: 'segment', entityId: id, action: 'segment.updated', before: toView(current), after: view });
      return view;
    }),
  );
}

export async function deleteSegment(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(segments).where(eq(segments.id, id)).for('update');
    if (!current) throw new DomainError('not_found', `No segment ${id}`);
    assertVersion('segment', current.version, expectedVersion);
    await tx.delete(segmentFollowUps).where(eq(segmentFollowUps.segmentId, id));
    await tx.delete(segments).where(eq(segments.id, id));
    await recordChange(tx, actor, now, { entityType: 'segment', entityId: id, action: 'segment.deleted', before: toView(current) });
  });
}

export async function getSegment(db: Executor, id: string): Promise<SegmentView> {
  const [row] = await db.select().from(segments).where(eq(segments.id, id));
  if (!row) throw new DomainError('not_found', `No segment ${id}`);
  return toView(row);
}

/** The segment's name and, as a sub-query of `id`s, who is in it at `now`; an unknown segment is not found. */
export async function segmentMembers(db: Executor, id: string, now: Date): Promise<{ name: string; ids: SQL }> {
  const segment = await getSegment(db, id);
  return { name: segment.name, ids: memberIds(segment.filter, now) };
}

/** Every saved segment by name, each with how many customers are in it now. */
export async function listSegments(db: Executor, now: Date): Promise<(SegmentView & { count: number })[]> {
  const rows = await db.select().from(segments).orderBy(asc(segments.name));
  return Promise.all(rows.map(async (row) => ({ ...toView(row), count: await countMembers(db, row.filter, now) })));
}

export interface FollowUpContext {
  db: Db;
  actor: TaskWorker & { userId: string };
  now: Date;
  timeZone: string;
  idempotencyKey?: string;
}

/**
 * Opens one follow-up task per customer in the segment, all held by the owner, in one
 * transaction with its audit trail. A customer who already has this segment's follow-up of
 * this kind for that day gets no second one; a retry with the same Idempotency-Key gets the
 * first answer back.
 */
export async function createFollowUps(ctx: FollowUpContext, segmentId: string, input: FollowUpRequest): Promise<FollowUpResult> {
  const { db, actor, now } = ctx;
  if (input.dueDate < localDate(now, ctx.timeZone)) {
    throw new DomainError('validation_failed', `${input.dueDate} has passed`, { errors: [{ path: '/dueDate', in: 'body', code: 'past', message: 'is before today' }] });
  }
  const claim = ctx.idempotencyKey ? { scope: actor.userId, key: ctx.idempotencyKey, requestHash: hashRequest({ segmentId, ...input }) } : undefined;
  return db.transaction(async (tx) => {
    if (claim) {
      const replay = await claimIdempotencyKey(tx, claim, now);
      if (replay) return replay.body as FollowUpResult;
    }
    // Locking the segment makes two runs for it take turns, so neither misses the other's tasks.
    const [segment] = await tx.select().from(segments).where(eq(segments.id, segmentId)).for('update');
    if (!segment) throw new DomainError('not_found', `No segment ${segmentId}`);
    const members = await memberNames(tx, segment.filter, now, maxFollowUpsPerRun);
    if (members.length > maxFollowUpsPerRun) {
      throw new DomainError('segment_too_large', `The segment has more than ${maxFollowUpsPerRun} customers; narrow it first`, { meta: { limit: maxFollowUpsPerRun } });
    }
    const already = await tx
      .select({ customerId: segmentFollowUps.customerId })
      .from(segmentFollowUps)
      .where(and(eq(segmentFollowUps.segmentId, segmentId), eq(segmentFollowUps.kind, input.kind), eq(segmentFollowUps.dueDate, input.dueDate)));
    const scheduled = new Set(already.map((r) => r.customerId));
    const due = members.filter((member) => !scheduled.has(member.id));
    const dueAt = new Date(instantAt(input.dueDate, followUpDueMinute, ctx.timeZone));
    const opened = await openFollowUps(tx, actor, now, { kind: input.kind, customers: due, segment: segment.name, ownerId: input.ownerId, dueAt, note: input.note });
    if (opened.tasks.length > 0) {
      await tx.insert(segmentFollowUps).values(
        opened.tasks.map((task) => ({ segmentId, kind: input.kind, dueDate: input.dueDate, customerId: task.customerId!, taskId: task.id, createdAt: now })),
      );
    }
    const result: FollowUpResult = {
      segmentId,
      kind: input.kind,
      dueAt: dueAt.toISOString(),
      ownerId: input.ownerId,
      created: opened.tasks.length,
      alreadyScheduled: members.length - due.length,
      taskIds: opened.tasks.map((t) => t.id),
    };
    const run = { entityType: 'segment', entityId: segmentId, action: 'segment.follow_ups_created', after: { ...result, name: segment.name, note: input.note } };
    // Each customer's task goes into that customer's audit chain, the run into the system's.
    // Chains are taken in customer-id order, so two runs of segments sharing customers cannot deadlock.
    for (const customerId of [...new Set(opened.changes.map((c) => c.customerId!))].sort()) {
      const ofCustomer = <T extends { customerId?: string | null }>(items: T[]) => items.filter((item) => item.customerId === customerId);
      await recordChanges(tx, actor, now, ofCustomer(opened.changes), ofCustomer(opened.messages));
    }
    await recordChange(tx, actor, now, run);
    if (claim) await completeIdempotencyKey(tx, claim, { statusCode: 201, body: result });
    return result;
  });
}
