import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { addDays, instantAt } from '../../platform/time/zone.js';

/** The longest period a bottleneck or process report covers: two years of history is what the archive keeps (SPEC §11). */
export const maxReportMonths = 24;

/** A report's period: business days `from` to `to` inclusive, and the instants that bound them in the company's zone. */
export interface ReportPeriod {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The date `months` calendar months after `date` (the last day of a shorter month when the day does not exist there). */
function monthsAfter(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Reads `from` and `to` (ISO dates, both required, `to` inclusive, at most 24 months apart)
 * and throws one problem listing every parameter that is wrong.
 */
export function readReportPeriod(query: { from?: string; to?: string }, timeZone: string, extra: FieldError[] = []): ReportPeriod {
  const errors: FieldError[] = [];
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value === undefined || value === '') errors.push({ path: `/${name}`, in: 'query', code: 'required', message: `give ${name} as a date (YYYY-MM-DD)` });
    else if (!isCalendarDate(value)) errors.push({ path: `/${name}`, in: 'query', code: 'not_a_date', message: `${name} is not a date (YYYY-MM-DD)` });
  }
  if (errors.length === 0) {
    const from = query.from!;
    const to = query.to!;
    if (to < from) errors.push({ path: '/to', in: 'query', code: 'before_from', message: 'to is before from' });
    else if (to >= monthsAfter(from, maxReportMonths)) {
      errors.push({ path: '/to', in: 'query', code: 'range_too_long', message: `the period is longer than ${maxReportMonths} months`, params: { maxMonths: maxReportMonths } });
    }
  }
  errors.push(...extra);
  if (errors.length > 0) throw new DomainError('invalid_report_query', errors.map((e) => `${e.path.slice(1)}: ${e.message}`).join('; '), { errors });
  const from = query.from!;
  const to = query.to!;
  return { from, to, start: new Date(instantAt(from, 0, timeZone)), end: new Date(instantAt(addDays(to, 1), 0, timeZone)) };
}

/** The problem for a drill-down asking for a figure the report of the period does not have. */
export function figureUnknown(figure: string): DomainError {
  return new DomainError('figure_unknown', `The report of this period has no figure "${figure}"`, { errors: [{ path: '/figure', in: 'query', code: 'figure_unknown', message: 'no such figure in this period' }] });
}

/** The value below which `share` of the sorted `values` lie, interpolated between neighbours (PostgreSQL's percentile_cont), in whole units. */
export function percentile(sorted: readonly number[], share: number): number | null {
  if (sorted.length === 0) return null;
  const rank = share * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return Math.round(sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below));
}

/** Median and p90 of durations in seconds. */
export function spread(seconds: readonly number[]): { medianSeconds: number | null; p90Seconds: number | null } {
  const sorted = [...seconds].sort((a, b) => a - b);
  return { medianSeconds: percentile(sorted, 0.5), p90Seconds: percentile(sorted, 0.9) };
}
