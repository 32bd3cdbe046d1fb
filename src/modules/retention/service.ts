/*
 * Retention (issue 14): business records are kept for a set number of years after their order
 * or case is completed, at least the three the E-Commerce Law (art. 31) asks. Every path that
 * deletes business data asks here first; jobs that purge files purge only what is past it.
 */
import type { Executor } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { readSettings } from '../../platform/settings/service.js';
import { minimumRetentionYears, type RetentionSettings } from './contract.js';

export { minimumRetentionYears, RetentionSettings } from './contract.js';

export const retentionKey = 'retention';
export const defaultRetention: RetentionSettings = { years: minimumRetentionYears };

export async function retentionYears(db: Executor): Promise<number> {
  const stored = await readSettings(db, [retentionKey]);
  return ((stored.get(retentionKey)?.value as RetentionSettings | undefined) ?? defaultRetention).years;
}

/** Refuses a retention shorter than the law's minimum, naming the field. */
export function checkRetention(value: unknown): void {
  const { years } = value as RetentionSettings;
  if (years >= minimumRetentionYears) return;
  throw new DomainError('retention_below_legal_minimum', `Records are kept at least ${minimumRetentionYears} years; ${years} is fewer`, {
    errors: [{ path: '/years', in: 'body', code: 'retention_below_legal_minimum', message: `must be at least ${minimumRetentionYears}` }],
    meta: { minimumYears: minimumRetentionYears },
  });
}

/** When a record completed at `completedAt` may go: the same instant `years` calendar years on. */
export function retainedUntil(completedAt: Date, years: number): Date {
  const until = new Date(completedAt);
  until.setUTCFullYear(until.getUTCFullYear() + years);
  return until;
}

/** The moment before which whatever completed is still kept: `now` less the retention period. */
export async function retentionCutoff(db: Executor, now: Date): Promise<Date> {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - (await retentionYears(db)));
  return cutoff;
}

/**
 * Refuses to delete part of an order's or a case's record while its retention period runs:
 * from its completion until `years` later. A record not yet completed is still being worked
 * on, and its people may correct it (a wrong file taken off an open order).
 */
export async function assertRetentionOver(db: Executor, now: Date, record: { entityType: 'order' | 'case'; entityId: string; completedAt: Date | null }): Promise<void> {
  if (!record.completedAt) return;
  const until = retainedUntil(record.completedAt, await retentionYears(db));
  if (until <= now) return;
  const day = until.toISOString().slice(0, 10);
  throw new DomainError('retention_period_running', `The ${record.entityType} is kept until ${day}: nothing of it is deleted before`, {
    meta: { entityType: record.entityType, entityId: record.entityId, retainedUntil: until.toISOString() },
  });
}
