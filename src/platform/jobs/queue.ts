import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../db/connect.js';
import { queryRows } from '../db/sql.js';
import { type Actor, recordChange } from '../audit/record.js';
import { fire } from '../fsm.js';
import { DomainError } from '../http/errors.js';
import { afterTimeCursor, pageOf } from '../http/pagination.js';
import { jobs } from './schema.js';
import type { JobKind, JobPayloads } from './kinds.js';
import { jobMachine, type JobStatus } from './states.js';

export const defaultMaxAttempts = 8;

interface JobOptions {
  /** When it may run; now when omitted. */
  runAt?: Date;
  dedupKey?: string;
  maxAttempts?: number;
}

/** A job to queue: its payload is the one its kind declares (`JobPayloads`), and may be left out when all of it is optional. */
export type NewJob<Kind extends JobKind = JobKind> = {
  [K in Kind]: JobOptions & { kind: K } & (Partial<JobPayloads[K]> extends JobPayloads[K] ? { payload?: JobPayloads[K] } : { payload: JobPayloads[K] });
}[Kind];

/**
 * Queues jobs inside the caller's transaction, so they exist exactly when the change that
 * asked for them commits. A job whose dedup key is already queued (or done) is not added
 * again. Returns how many were new.
 */
export async function enqueueJobs(tx: Executor, now: Date, batch: NewJob[]): Promise<number> {
  if (batch.length === 0) return 0;
  const inserted = await queryRows<{ id: string }>(tx, sql`${insertJobs(now, batch)} RETURNING id`);
  return inserted.length;
}

/** As `enqueueJobs`, as a CTE (use inside `WITH`) of the caller's own statement. */
export function enqueueJobsCte(now: Date, batch: NewJob[]): SQL {
  return sql`jobs_queued AS (${insertJobs(now, batch)})`;
}

function insertJobs(now: Date, batch: NewJob[]): SQL {
  const rows = batch.map((j) => ({
    kind: j.kind,
    payload: j.payload ?? {},
    runAt: (j.runAt ?? now).toISOString(),
    dedupKey: j.dedupKey ?? null,
    maxAttempts: j.maxAttempts ?? defaultMaxAttempts,
  }));
  return sql`INSERT INTO jobs (kind, payload, status, run_at, max_attempts, dedup_key, created_at, updated_at)
        SELECT j.kind, j.payload, 'queued', j."runAt", j."maxAttempts", j."dedupKey", ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS j(kind text, payload jsonb, "runAt" timestamptz, "maxAttempts" int, "dedupKey" text)
        ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING`;
}

export function enqueueJob(tx: Executor, now: Date, job: NewJob): Promise<number> {
  return enqueueJobs(tx, now, [job]);
}

export interface JobView {
  id: string;
  kind: string;
  payload: unknown;
  status: JobStatus;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  dedupKey: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

function toView(row: typeof jobs.$inferSelect): JobView {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    status: row.status,
    runAt: row.runAt.toISOString(),
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    dedupKey: row.dedupKey,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function getJob(db: Executor, id: string): Promise<JobView> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  if (!row) throw new DomainError('not_found', `No job ${id}`);
  return toView(row);
}

/** Newest first; the dead-letter list is `status = dead`. */
export async function listJobs(db: Executor, query: { status?: JobStatus; kind?: string; limit: number; cursor?: string }) {
  const filters: (SQL | undefined)[] = [];
  if (query.status) filters.push(eq(jobs.status, query.status));
  if (query.kind) filters.push(eq(jobs.kind, query.kind));
  if (query.cursor) filters.push(afterTimeCursor(query.cursor, jobs.createdAt, jobs.id, 'desc'));
  const rows = await db
    .select()
    .from(jobs)
    .where(and(...filters))
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(query.limit + 1);
  return pageOf(rows.map(toView), query.limit, (j) => [j.createdAt, j.id]);
}

/** Gives a dead job a fresh set of attempts, due now. */
export async function retryDeadJob(db: Db, actor: Actor, now: Date, id: string): Promise<JobView> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(jobs).where(eq(jobs.id, id)).for('update');
    if (!row) throw new DomainError('not_found', `No job ${id}`);
    const status = fire(jobMachine, row.status, 'retry', { code: 'job_not_dead', detail: `Job ${id} is ${row.status}; only dead jobs are retried by hand` });
    const [updated] = await tx
      .update(jobs)
      .set({ status, attempts: 0, runAt: now, lastError: row.lastError, updatedAt: now, finishedAt: null })
      .where(eq(jobs.id, id))
      .returning();
    await recordChange(tx, actor, now, {
      entityType: 'job',
      entityId: id,
      action: 'job.retried',
      before: { status: row.status, attempts: row.attempts, lastError: row.lastError },
      after: { status, attempts: 0 },
    });
    return toView(updated!);
  });
}

/** Deletes jobs that finished successfully before `before`; dead jobs stay until retried or looked at. */
export async function purgeFinishedJobs(db: Executor, before: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(db, sql`DELETE FROM jobs WHERE status = 'done' AND finished_at < ${before.toISOString()}::timestamptz RETURNING id`);
  return rows.length;
}
