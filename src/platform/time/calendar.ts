import { addDays, instantAt, localDate } from './zone.js';

/*
 * A business calendar: when the company works. Deadlines such as "respond within 4 working
 * hours" are counted on it, so an order taken on Friday evening is due on Monday, not on
 * Saturday, and the National Day week (with its make-up working weekend, 调休) is skipped.
 * Pure arithmetic: no database, no clock.
 */

export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof weekdays)[number];

/** A stretch of working time within one day, wall-clock `HH:MM`; `end` may be `24:00`. */
export interface WorkingPeriod {
  start: string;
  end: string;
}

/** A day worked although its weekday is not (调休), with its own periods or, without them, Monday's. */
export interface MakeUpDay {
  date: string;
  periods?: WorkingPeriod[];
}

export interface BusinessCalendar {
  /** IANA zone the periods and dates are read in, e.g. `Asia/Shanghai`. */
  timeZone: string;
  week: Record<Weekday, WorkingPeriod[]>;
  /** `YYYY-MM-DD` days not worked whatever their weekday. */
  holidays: string[];
  makeUpDays: MakeUpDay[];
}

/** Minutes after midnight of `HH:MM`. */
export function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

type Span = readonly [startMinute: number, endMinute: number];

interface CompiledCalendar {
  timeZone: string;
  week: Span[][];
  holidays: Set<string>;
  makeUpDays: Map<string, Span[]>;
  /** More consecutive idle days than this means there is no working time ahead at all. */
  longestIdleRun: number;
}

function spans(periods: readonly WorkingPeriod[]): Span[] {
  return periods.map((p): Span => [minuteOfDay(p.start), minuteOfDay(p.end)]).sort((a, b) => a[0] - b[0]);
}

// Calendars arrive as settings documents and are used a few times per request; compiling
// once per document object keeps the day loop free of string parsing.
const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

function compile(calendar: BusinessCalendar): CompiledCalendar {
  let c = compiled.get(calendar);
  if (!c) {
    const monday = spans(calendar.week.monday);
    c = {
      timeZone: calendar.timeZone,
      week: weekdays.map((day) => spans(calendar.week[day])),
      holidays: new Set(calendar.holidays),
      makeUpDays: new Map(calendar.makeUpDays.map((d) => [d.date, d.periods ? spans(d.periods) : monday])),
      longestIdleRun: calendar.holidays.length + weekdays.length,
    };
    compiled.set(calendar, c);
  }
  return c;
}

function spansOn(c: CompiledCalendar, date: string): Span[] {
  const makeUp = c.makeUpDays.get(date);
  if (makeUp) return makeUp;
  if (c.holidays.has(date)) return [];
  return c.week[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

/**
 * The working intervals `[start, end)` (epoch ms) that end after `fromMs`, in time order,
 * day after day without end. Throws when the calendar has no working time ahead.
 */
function* intervalsAfter(c: CompiledCalendar, fromMs: number): Generator<readonly [number, number]> {
  // Start a day early: a period of the previous local day may still be running.
  let date = addDays(localDate(new Date(fromMs), c.timeZone), -1);
  let idleDays = 0;
  for (;;) {
    let worked = false;
    for (const [startMinute, endMinute] of spansOn(c, date)) {
      const start = instantAt(date, startMinute, c.timeZone);
      const end = instantAt(date, endMinute, c.timeZone);
      if (end <= start) continue; // a period swallowed by a daylight-saving change
      worked = true;
      if (end > fromMs) yield [start, end];
    }
    idleDays = worked ? 0 : idleDays + 1;
    if (idleDays > c.longestIdleRun) throw new Error('The business calendar has no working time ahead');
    date = addDays(date, 1);
  }
}

/**
 * The instant `minutes` working minutes after `from`. From outside working time the count
 * starts when work next starts; a count that uses up a period exactly ends at the period's
 * end (Friday 17:00 + 60 min = Friday 18:00, + 120 min = Monday 10:00).
 */
export function addWorkingMinutes(calendar: BusinessCalendar, from: Date, minutes: number): Date {
  if (!(minutes >= 0)) throw new RangeError(`Cannot add ${minutes} working minutes`);
  let remaining = minutes * 60_000;
  const fromMs = from.getTime();
  for (const [start, end] of intervalsAfter(compile(calendar), fromMs)) {
    const begin = Math.max(start, fromMs);
    if (remaining <= end - begin) return new Date(begin + remaining);
    remaining -= end - begin;
  }
  throw new Error('unreachable: the interval sequence is endless or throws');
}

/** Working minutes from `from` to `to`; negative when `to` is earlier. */
export function workingMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  if (to < from) return -workingMinutesBetween(calendar, to, from);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  let worked = 0;
  for (const [start, end] of intervalsAfter(compile(calendar), fromMs)) {
    if (start >= toMs) break;
    worked += Math.min(end, toMs) - Math.max(start, fromMs);
  }
  return worked / 60_000;
}

/** True when `instant` falls in working time. */
export function isWorkingTime(calendar: BusinessCalendar, instant: Date): boolean {
  const t = instant.getTime();
  const next = intervalsAfter(compile(calendar), t).next();
  return !next.done && next.value[0] <= t;
}
