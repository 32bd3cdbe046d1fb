import { Type, type Static } from '@sinclair/typebox';
import type { FieldError } from '../http/errors.js';
import { IsoDate, StrictObject, StrictRecord } from '../http/schemas.js';
import { minuteOfDay, weekdays, type BusinessCalendar, type Weekday, type WorkingPeriod } from './calendar.js';
import { isKnownTimeZone } from './zone.js';

/* The `business-calendar` settings document: what a manager edits, how it is checked. */

const WallTime = Type.String({ pattern: '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' });
const WallTimeOrMidnight = Type.String({ pattern: '^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$', description: 'HH:MM, or 24:00 for the end of the day' });
const Periods = Type.Array(StrictObject({ start: WallTime, end: WallTimeOrMidnight }), { maxItems: 12 });

export const CalendarSetting = StrictObject({
  enabled: Type.Boolean({ description: 'Off: deadlines count on the plain clock' }),
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Asia/Shanghai' }),
  week: StrictObject(Object.fromEntries(weekdays.map((day) => [day, Periods])) as Record<(typeof weekdays)[number], typeof Periods>),
  holidays: Type.Array(IsoDate, { maxItems: 2000, description: 'Days not worked whatever their weekday; each at most once' }),
  makeUpDays: Type.Array(StrictObject({ date: IsoDate, periods: Type.Optional(Type.Array(Periods.items, { minItems: 1, maxItems: 12 })) }), {
    maxItems: 500,
    description: "Days off by their weekday worked instead of a holiday (调休); without periods, Monday's",
  }),
  names: Type.Optional(
    StrictRecord('^\\d{4}-\\d{2}-\\d{2}$', Type.String({ minLength: 1, maxLength: 40 }), {
      maxProperties: 2500,
      description: 'What a holiday or make-up day is for, by date, e.g. 国庆节; shown beside the date',
    }),
  ),
});
export type CalendarSetting = Static<typeof CalendarSetting>;

const officeHours: WorkingPeriod[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];

/** Monday to Friday 09:00–12:00 and 13:00–18:00 in Shanghai; off until a manager turns it on. */
export const defaultCalendarSetting: CalendarSetting = {
  enabled: false,
  timeZone: 'Asia/Shanghai',
  week: { sunday: [], monday: officeHours, tuesday: officeHours, wednesday: officeHours, thursday: officeHours, friday: officeHours, saturday: [] },
  holidays: [],
  makeUpDays: [],
};

function periodProblems(periods: readonly WorkingPeriod[], path: string): FieldError[] {
  const problems: FieldError[] = [];
  periods.forEach((p, i) => {
    if (minuteOfDay(p.end) <= minuteOfDay(p.start)) problems.push({ path: `${path}/${i}/end`, in: 'body', code: 'order', message: `must be after start ${p.start}` });
  });
  const ordered = periods.map((p, i) => ({ ...p, i })).sort((a, b) => minuteOfDay(a.start) - minuteOfDay(b.start));
  for (let k = 1; k < ordered.length; k++) {
    const before = ordered[k - 1]!;
    const period = ordered[k]!;
    if (minuteOfDay(period.start) < minuteOfDay(before.end)) {
      problems.push({ path: `${path}/${period.i}/start`, in: 'body', code: 'overlap', message: `overlaps ${before.start}–${before.end}` });
    }
  }
  return problems;
}

/**
 * What is wrong with a calendar the schema let through: periods ending before they start
 * or overlapping, an unknown time zone, a week without working time, and the day lists'
 * problems (`dayListProblems`). Each problem names its field.
 */
export function calendarSettingProblems(setting: CalendarSetting): FieldError[] {
  const problems: FieldError[] = [];
  if (!isKnownTimeZone(setting.timeZone)) problems.push({ path: '/timeZone', in: 'body', code: 'time_zone', message: `${setting.timeZone} is not a known time zone` });
  for (const day of weekdays) problems.push(...periodProblems(setting.week[day], `/week/${day}`));
  if (weekdays.every((day) => setting.week[day].length === 0)) {
    problems.push({ path: '/week', in: 'body', code: 'no_working_time', message: 'no day of the week has working time' });
  }
  problems.push(...dayListProblems(setting));
  setting.makeUpDays.forEach((day, i) => {
    if (day.periods) problems.push(...periodProblems(day.periods, `/makeUpDays/${i}/periods`));
  });
  return problems;
}

/** The weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): Weekday {
  return weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

/**
 * The holiday and make-up day lists, entry by entry: a date listed twice, a make-up day on a
 * weekday that is worked anyway, a date in both lists (named in both). Paths carry the index
 * of the entry so an editor can point at it.
 */
function dayListProblems(setting: CalendarSetting): FieldError[] {
  const problems: FieldError[] = [];
  const holidayIndex = new Map<string, number>();
  setting.holidays.forEach((date, i) => {
    const first = holidayIndex.get(date);
    if (first === undefined) holidayIndex.set(date, i);
    else problems.push({ path: `/holidays/${i}`, in: 'body', code: 'duplicate', message: `${date} is listed twice (also at /holidays/${first})`, params: { date } });
  });
  const makeUpIndex = new Map<string, number>();
  setting.makeUpDays.forEach(({ date }, i) => {
    const path = `/makeUpDays/${i}/date`;
    const first = makeUpIndex.get(date);
    if (first !== undefined) {
      problems.push({ path, in: 'body', code: 'duplicate', message: `${date} is listed twice (also at /makeUpDays/${first}/date)`, params: { date } });
      return;
    }
    makeUpIndex.set(date, i);
    const weekday = weekdayOf(date);
    if (setting.week[weekday].length > 0) {
      problems.push({ path, in: 'body', code: 'working_weekday', message: `${date} is a ${weekday}, worked anyway: a make-up day is a day otherwise off`, params: { date, weekday } });
    }
    const holiday = holidayIndex.get(date);
    if (holiday !== undefined) {
      const message = `${date} is both a holiday (/holidays/${holiday}) and a make-up day (${path})`;
      problems.push({ path: `/holidays/${holiday}`, in: 'body', code: 'holiday_and_make_up_day', message, params: { date } });
      problems.push({ path, in: 'body', code: 'holiday_and_make_up_day', message, params: { date } });
    }
  });
  return problems;
}

/** The calendar deadlines count on, or null when none is switched on (they count on the clock). */
export function activeCalendar(setting: CalendarSetting | undefined): BusinessCalendar | null {
  if (!setting?.enabled) return null;
  return { timeZone: setting.timeZone, week: setting.week, holidays: setting.holidays, makeUpDays: setting.makeUpDays };
}
