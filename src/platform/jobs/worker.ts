import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Cron } from 'croner';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { prepared, queryRows, sqlArray, uuidArrayParam } from '../db/sql.js';
import type { Clock } from '../time/clock.js';
import type { JobKind, JobPayloads, ScheduledRun } from './kinds.js';
import { enqueueJob } from './queue.js';

export interface JobLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobContext {
  db: Db;
  /** The instant the job was claimed, from the injected clock. */
  now: Date;
  clock: Clock;
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  log: JobLogger;
}

/** What a batch of jobs runs with: as `JobContext`, for many jobs at once. */
export type BatchContext = Omit<JobContext, 'jobId' | 'attempt'> & { jobIds: string[] };

export interface JobDefinition<Kind extends JobKind = JobKind> {
  kind: Kind;
  run(payload: JobPayloads[Kind], ctx: JobContext): Promise<void>;
  /**
   * Runs up to `batchSize` due jobs of the kind together (one transaction for all, say),
   * and all of them or none. When it throws, each of its jobs runs on its own by `run`, so
   * a bad job fails alone and the others are done as usual.
   */
  runBatch?(payloads: JobPayloads[Kind][], ctx: BatchContext): Promise<void>;
  /** The most jobs one `runBatch` takes; 20 when omitted. */
  batchSize?: number;
  maxAttempts?: number;
  /** Delay before attempt `attempt + 1`, in ms. */
  backoffMs?(attempt: number): number;
}

/** A handler for one of the kinds, its payload matched to its kind. */
export type AnyJobDefinition = { [Kind in JobKind]: JobDefinition<Kind> }[JobKind];

/** The kinds a schedule may queue: those whose payload is just the slot. */
export type RecurringJobKind = { [Kind in JobKind]: JobPayloads[Kind] extends ScheduledRun ? (ScheduledRun extends JobPayloads[Kind] ? Kind : never) : never }[JobKind];

/** A cron-like recurring job (5 fields; counted in `timeZone`, the company's zone by default). */
export interface RecurringJob {
  name: string;
  cron: string;
  kind: RecurringJobKind;
  timeZone?: string;
}

/**
 * Work the worker polls for beside the queue (e.g. the outbox): `run` handles one batch
 * and says how many items it handled, so the worker calls it again while there is more.
 */
export interface Pump {
  name: string;
  run(ctx: { db: Db; now: Date; log: JobLogger }): Promise<number>;
}

/** Thrown by a handler when retrying cannot help: the job goes straight to dead. */
export class PermanentJobError extends Error {}

export interface WorkerOptions {
  db: Db;
  clock: Clock;
  log: JobLogger;
  timeZone: string;
  definitions: AnyJobDefinition[];
  recurring?: RecurringJob[];
  pumps?: Pump[];
  /** Jobs (or batches of jobs, for kinds that run in batches) run at once by this worker. */
  concurrency?: number;
  pollMs?: number;
  /** How long a claimed job is held before another worker may take it over. */
  leaseMs?: number;
}

/**
 * Lets waiting I/O (HTTP requests) run. PGlite in the server's own thread
 * (ORDO_PGLITE_THREAD=false) answers statements without leaving the microtask queue, so a
 * worker catching up after a restart would otherwise hold the one thread, and every request
 * with it, until its whole backlog is done.
 */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

const defaultBatchSize = 20;

/**
 * How many batches a pump runs in one round before the round claims jobs. One alone left
 * the outbox behind under sustained load (1,139 messages after 30 s on PostgreSQL); until
 * dry left the jobs behind.
 */
const pumpBatchesPerRound = 8;

/** 30 s, 1 min, 2 min … capped at an hour. */
export function exponentialBackoffMs(attempt: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** (attempt - 1));
}

interface ClaimedJob {
  id: string;
  kind: string;
  /** As `enqueueJob` wrote it, where the kind typed it. */
  payload: JobPayloads[JobKind];
  attempts: number;
  max_attempts: number;
}

/**
 * The latest slot of the schedule that has come by `now`, from the one that fell due: a
 * worker that was away runs the current slot (once), not the first one it missed.
 */
function latestCronSlot(job: RecurringJob, defaultZone: string, due: Date, now: Date): Date {
  const cron = new Cron(job.cron, { timezone: job.timeZone ?? defaultZone, paused: true });
  let slot = due;
  for (let step = 0; step < 1_000; step++) {
    const next = cron.nextRun(slot);
    if (!next || next > now) break;
    slot = next;
  }
  return slot;
}

function nextCronRun(job: RecurringJob, defaultZone: string, after: Date): Date {
  const next = new Cron(job.cron, { timezone: job.timeZone ?? defaultZone, paused: true }).nextRun(after);
  if (!next) throw new Error(`Recurring job ${job.name}: "${job.cron}" never runs again`);
  return next;
}

/**
 * The background worker (ARCHITECTURE: jobs, timers). Runs in `ordo serve` and alone as
 * `ordo worker`; any number may share one PostgreSQL database, because every claim is a
 * `FOR UPDATE SKIP LOCKED` on rows nobody else holds.
 */
export class Worker {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly definitions: Map<string, AnyJobDefinition>;
  /** The kinds whose handlers run jobs in batches, claimed apart from the others. */
  private readonly batchKinds: string[];
  private readonly largestBatch: number;
  private readonly inFlight = new Set<Promise<void>>();
  private running = false;
  /** What the pumps handled in the last round. */
  private pumped = 0;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly options: WorkerOptions) {
    this.definitions = new Map(options.definitions.map((d) => [d.kind, d]));
    const batched = options.definitions.filter((d) => d.runBatch);
    this.batchKinds = batched.map((d) => d.kind);
    this.largestBatch = Math.max(0, ...batched.map((d) => d.batchSize ?? defaultBatchSize));
    for (const r of options.recurring ?? []) {
      if (!this.definitions.has(r.kind)) throw new Error(`Recurring job ${r.name} names unknown job kind ${r.kind}`);
      nextCronRun(r, options.timeZone, new Date());
    }
  }

  private get concurrency(): number {
    return this.options.concurrency ?? 4;
  }

  /** Writes the recurring schedules; a changed cron or zone takes effect from now. */
  async syncSchedules(): Promise<void> {
    const now = this.options.clock.now();
    for (const r of this.options.recurring ?? []) {
      const timeZone = r.timeZone ?? this.options.timeZone;
      await this.options.db.execute(sql`
        INSERT INTO job_schedules (name, cron, time_zone, kind, payload, next_run_at)
        VALUES (${r.name}, ${r.cron}, ${timeZone}, ${r.kind}, '{}'::jsonb, ${nextCronRun(r, this.options.timeZone, now).toISOString()}::timestamptz)
        ON CONFLICT (name) DO UPDATE SET
          kind = excluded.kind, payload = excluded.payload, cron = excluded.cron, time_zone = excluded.time_zone,
          next_run_at = CASE WHEN job_schedules.cron = excluded.cron AND job_schedules.time_zone = excluded.time_zone
                             THEN job_schedules.next_run_at ELSE excluded.next_run_at END`);
    }
  }

  /** Queues one job per recurring schedule that has fallen due (once, for its latest slot, however late we are). */
  private async enqueueDueSchedules(now: Date): Promise<number> {
    if (!this.options.recurring?.length) return 0;
    const byName = new Map(this.options.recurring.map((r) => [r.name, r]));
    return this.options.db.transaction(async (tx) => {
      const due = await queryRows<{ name: string; next_run_at: string | Date }>(
        tx,
        sql`SELECT name, next_run_at FROM job_schedules WHERE enabled AND next_run_at <= ${now.toISOString()}::timestamptz FOR UPDATE SKIP LOCKED`,
      );
      let queued = 0;
      for (const row of due) {
        const schedule = byName.get(row.name);
        if (!schedule) continue; // defined by a newer or older version of Ordo than this worker
        const dueAt = latestCronSlot(schedule, this.options.timeZone, new Date(row.next_run_at), now);
        queued += await enqueueJob(tx, now, { kind: schedule.kind, payload: { scheduledFor: dueAt.toISOString() }, dedupKey: `schedule:${row.name}:${dueAt.toISOString()}` });
        await tx.execute(sql`UPDATE job_schedules SET last_run_at = ${dueAt.toISOString()}::timestamptz, next_run_at = ${nextCronRun(schedule, this.options.timeZone, now).toISOString()}::timestamptz WHERE name = ${row.name}`);
      }
      return queued;
    });
  }

  /** A job whose lease ran out after its last allowed attempt died with its worker. */
  private async buryAbandoned(now: Date): Promise<void> {
    const at = sql`${now.toISOString()}::timestamptz`;
    await this.options.db.execute(sql`
      UPDATE jobs SET status = 'dead', locked_by = NULL, locked_until = NULL, updated_at = ${at}, finished_at = ${at},
                      last_error = coalesce(last_error || E'\n', '') || 'the worker running the last attempt stopped before finishing'
      WHERE id IN (SELECT id FROM jobs WHERE status = 'running' AND locked_until <= ${at} AND attempts >= max_attempts FOR UPDATE SKIP LOCKED)`);
  }

  /**
   * Takes up to `limit` due jobs, and those whose holder's lease ran out: of the kinds that
   * run in batches (`batched`), or of all the others.
   */
  private async claim(now: Date, limit: number, batched: boolean): Promise<ClaimedJob[]> {
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 120_000));
    const at = sql`${now.toISOString()}::timestamptz`;
    const kinds = sqlArray(this.batchKinds, 'text');
    // In the order they fell due (as queued, when at once): a batch runs its jobs in that order.
    return queryRows<ClaimedJob>(
      this.options.db,
      prepared(sql`WITH claimed AS (
            UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${this.id}, locked_until = ${leaseUntil.toISOString()}::timestamptz, updated_at = ${at}
            WHERE id IN (
              SELECT id FROM jobs
              WHERE run_at <= ${at} AND (status = 'queued' OR (status = 'running' AND locked_until <= ${at}))
                AND ${batched ? sql`kind = ANY(${kinds})` : sql`kind <> ALL(${kinds})`}
              ORDER BY run_at
              LIMIT ${limit}
              FOR UPDATE SKIP LOCKED)
            RETURNING id, kind, payload, attempts, max_attempts, run_at, created_at)
          SELECT id, kind, payload, attempts, max_attempts FROM claimed ORDER BY run_at, created_at, id`),
    );
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const { db, clock, log } = this.options;
    const definition = this.definitions.get(job.kind);
    let outcome: SQL;
    await yieldToIo();
    try {
      if (!definition) throw new PermanentJobError(`No handler for job kind "${job.kind}" in this worker`);
      await (definition as JobDefinition).run(job.payload, { db, now: clock.now(), clock, jobId: job.id, attempt: job.attempts, log });
      outcome = this.doneOutcome([job.id]);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = err instanceof PermanentJobError || job.attempts >= job.max_attempts;
      const now = clock.now();
      const retryAt = new Date(now.getTime() + (definition?.backoffMs ?? exponentialBackoffMs)(job.attempts));
      (final ? log.error : log.warn).call(log, { jobId: job.id, kind: job.kind, attempt: job.attempts, err: message }, final ? 'job dead' : 'job failed; will retry');
      outcome = sql`UPDATE jobs SET status = ${final ? 'dead' : 'queued'}, run_at = ${(final ? now : retryAt).toISOString()}::timestamptz,
                      last_error = ${message.slice(0, 2000)}, locked_by = NULL, locked_until = NULL, updated_at = ${now.toISOString()}::timestamptz,
                      finished_at = ${final ? now.toISOString() : null}::timestamptz
                    WHERE id = ${job.id}::uuid AND locked_by = ${this.id}`;
    }
    await this.saveOutcome(outcome, [job]);
  }

  /**
   * Runs jobs of one kind through its `runBatch`. If the batch fails, nothing of it was
   * done: each job then runs on its own, as if claimed alone, within the same attempt.
   */
  private async executeBatch(definition: JobDefinition, batch: ClaimedJob[]): Promise<void> {
    const { db, clock, log } = this.options;
    await yieldToIo();
    try {
      await definition.runBatch!(
        batch.map((job) => job.payload),
        { db, now: clock.now(), clock, jobIds: batch.map((job) => job.id), log },
      );
    } catch (err) {
      log.warn({ kind: definition.kind, jobs: batch.length, err: err instanceof Error ? err.message : String(err) }, 'job batch failed; running its jobs one by one');
      for (const job of batch) await this.execute(job);
      return;
    }
    await this.saveOutcome(this.doneOutcome(batch.map((job) => job.id)), batch);
  }

  /** Marks jobs done, only while we still hold them: if our lease ran out, the new holder reports. */
  private doneOutcome(ids: string[]): SQL {
    const done = this.options.clock.now().toISOString();
    return prepared(sql`UPDATE jobs SET status = 'done', locked_by = NULL, locked_until = NULL, last_error = NULL, updated_at = ${done}::timestamptz, finished_at = ${done}::timestamptz
               WHERE id = ANY(${uuidArrayParam(ids)}) AND locked_by = ${this.id}`);
  }

  private async saveOutcome(outcome: SQL, jobs: ClaimedJob[]): Promise<void> {
    try {
      await this.options.db.execute(outcome);
    } catch (err) {
      // The database went away after the jobs ran. They stay claimed, and once the lease
      // runs out they are taken over as from a worker that stopped mid-job.
      const [job] = jobs;
      this.options.log.error(
        { jobId: job!.id, ...(jobs.length > 1 ? { jobs: jobs.length } : {}), kind: job!.kind, err: err instanceof Error ? err.message : String(err) },
        'job outcome not saved; it runs again when its lease ends',
      );
    }
  }

  private track(run: Promise<void>): void {
    const tracked = run.finally(() => {
      this.inFlight.delete(tracked);
      this.wake?.();
    });
    this.inFlight.add(tracked);
  }

  /**
   * One round: queue due recurring runs, run each pump until it is dry or has run
   * `pumpBatchesPerRound` batches, then start as many due jobs as there are free slots, a
   * batch of jobs taking one slot for kinds that run in batches. Answers how much work it
   * found. A pump is not run until it is dry whatever it takes: while intake keeps its
   * source filling, that round would never reach the jobs.
   */
  async tick(): Promise<number> {
    const { db, clock, log } = this.options;
    let found = await this.enqueueDueSchedules(clock.now());
    this.pumped = 0;
    for (const pump of this.options.pumps ?? []) {
      for (let batch = 0, handled = 1; handled > 0 && batch < pumpBatchesPerRound; batch += 1) {
        await yieldToIo();
        handled = await pump.run({ db, now: clock.now(), log });
        this.pumped += handled;
      }
    }
    found += this.pumped;
    if (this.concurrency - this.inFlight.size <= 0) return found;
    await yieldToIo();
    await this.buryAbandoned(clock.now());
    if (this.batchKinds.length > 0) {
      const claimed = await this.claim(clock.now(), this.largestBatch, true);
      for (const kind of new Set(claimed.map((job) => job.kind))) {
        const definition = this.definitions.get(kind)!;
        const ofKind = claimed.filter((job) => job.kind === kind);
        const size = definition.batchSize ?? defaultBatchSize;
        for (let from = 0; from < ofKind.length; from += size) this.track(this.executeBatch(definition, ofKind.slice(from, from + size)));
      }
      found += claimed.length;
    }
    const free = this.concurrency - this.inFlight.size;
    if (free > 0) {
      const claimed = await this.claim(clock.now(), free, false);
      for (const job of claimed) this.track(this.execute(job));
      found += claimed.length;
    }
    return found;
  }

  /** Runs until nothing is due and nothing is running (tests and one-shot use). */
  async drain(): Promise<void> {
    for (;;) {
      const found = await this.tick();
      await Promise.all(this.inFlight);
      if (found === 0) return;
    }
  }

  /** Starts polling in the background. */
  async start(): Promise<void> {
    if (this.running) return;
    await this.syncSchedules();
    this.running = true;
    this.loop = this.poll();
  }

  private async poll(): Promise<void> {
    const { log, pollMs = 250 } = this.options;
    while (this.running) {
      let found = 0;
      try {
        found = await this.tick();
      } catch (err) {
        log.error({ err: err instanceof Error ? err.message : String(err) }, 'worker round failed; retrying');
      }
      // With every slot taken, a pump that had work goes on; new jobs wait for a free slot.
      if (found > 0 && (this.inFlight.size < this.concurrency || this.pumped > 0)) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Stops taking work and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.all(this.inFlight);
  }
}
