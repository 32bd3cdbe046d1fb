import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import type { JobStatus } from './states.js';

/**
 * Work for the background worker. A job is claimed with `FOR UPDATE SKIP LOCKED` and held
 * by a lease (`locked_until`): a worker that dies mid-job loses its lease and the job runs
 * again, so handlers are written to be safe to repeat.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().default(sql`time_ordered_uuid()`),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    /** `jobMachine`. */
    status: text('status').$type<JobStatus>().notNull(),
    runAt: timestamp('run_at', { withTimezone: true, mode: 'date' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    /** Enqueueing the same key twice makes one job (a recurring run, one delivery per recipient). */
    dedupKey: text('dedup_key'),
    lastError: text('last_error'),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('jobs_dedup_key').on(t.dedupKey).where(sql`dedup_key IS NOT NULL`),
    // What the worker polls: only unfinished jobs, in the order they fall due.
    index('jobs_due_idx').on(t.runAt).where(sql`status IN ('queued', 'running')`),
    index('jobs_status_idx').on(t.status, t.createdAt, t.id),
  ],
);

/** Recurring jobs: when each next falls due. Several workers share the table; one enqueues each run. */
export const jobSchedules = pgTable('job_schedules', {
  name: text('name').primaryKey(),
  cron: text('cron').notNull(),
  timeZone: text('time_zone').notNull(),
  kind: text('kind').notNull(),
  payload: jsonb('payload').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  nextRunAt: timestamp('next_run_at', { withTimezone: true, mode: 'date' }).notNull(),
  lastRunAt: timestamp('last_run_at', { withTimezone: true, mode: 'date' }),
});
