import { isDeepStrictEqual } from 'node:util';
import type { Actor } from '../../platform/audit/record.js';
import type { Db } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { readSettingRecord, updateSetting } from '../../platform/settings/service.js';
import { calendarSettingProblems, defaultCalendarSetting, weekdayOf, type CalendarSetting } from '../../platform/time/calendar-setting.js';
import { readHolidaySchedule, type ScheduleDay, type ScheduleDayKind } from './holiday-schedule.js';

/*
 * Importing a national holiday schedule into the business calendar: the file's year is
 * replaced by the file's days (so a corrected schedule imported again takes back what it no
 * longer lists), other years keep theirs.
 */

export const calendarKey = 'business-calendar';

export interface ScheduleChange {
  date: string;
  kind: ScheduleDayKind;
  name: string | null;
}

export interface ScheduleImportPlan {
  /** The year the file's schedule is for: its days there replace the calendar's. */
  year: number;
  /** The file's days, sorted, each with what importing does to it. */
  days: (ScheduleChange & { line: number; outcome: 'added' | 'unchanged' | 'skipped' })[];
  /** Calendar days that importing takes away: in the year and not in the file, or of the other kind there. */
  removed: ScheduleChange[];
  setting: CalendarSetting;
}

/** The year most of the days fall in (the earliest on a tie): a schedule may reach into the December before. */
function scheduleYear(days: ScheduleDay[]): number {
  const counts = new Map<number, number>();
  for (const day of days) counts.set(Number(day.date.slice(0, 4)), (counts.get(Number(day.date.slice(0, 4))) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function kindsOf(setting: CalendarSetting): Map<string, ScheduleDayKind> {
  const kinds = new Map<string, ScheduleDayKind>(setting.holidays.map((date) => [date, 'holiday']));
  for (const day of setting.makeUpDays) kinds.set(day.date, 'workday');
  return kinds;
}

/**
 * What importing `days` into `setting` changes. A working day of the file that the company's
 * week works anyway (a 补班 Saturday where Saturdays are worked) is skipped: it is no make-up day.
 */
export function planScheduleImport(setting: CalendarSetting, days: ScheduleDay[], year = scheduleYear(days)): ScheduleImportPlan {
  const current = kindsOf(setting);
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const skip = (day: ScheduleDay) => day.kind === 'workday' && setting.week[weekdayOf(day.date)].length > 0;
  const imported = new Map(days.filter((d) => !skip(d)).map((d) => [d.date, d]));

  const next = new Map<string, ScheduleDayKind>();
  for (const [date, kind] of current) if (!inYear(date)) next.set(date, kind);
  for (const [date, day] of imported) next.set(date, day.kind);

  const names = { ...setting.names };
  const removed: ScheduleChange[] = [];
  for (const [date, kind] of current) {
    if (next.get(date) === kind) continue;
    removed.push({ date, kind, name: names[date] ?? null });
    delete names[date];
  }
  for (const day of imported.values()) {
    if (day.name) names[day.date] = day.name;
    else if (current.get(day.date) !== day.kind) delete names[day.date];
  }

  const periods = new Map(setting.makeUpDays.map((d) => [d.date, d.periods]));
  const dates = (kind: ScheduleDayKind) => [...next.entries()].filter(([, k]) => k === kind).map(([date]) => date).sort();
  const nextSetting: CalendarSetting = {
    ...setting,
    holidays: dates('holiday'),
    makeUpDays: dates('workday').map((date) => {
      const own = periods.get(date);
      return own ? { date, periods: own } : { date };
    }),
    names,
  };
  return {
    year,
    days: days.map((d) => ({
      date: d.date,
      kind: d.kind,
      name: d.name,
      line: d.line,
      outcome: skip(d) ? 'skipped' : current.get(d.date) === d.kind ? 'unchanged' : 'added',
    })),
    removed: removed.sort((a, b) => a.date.localeCompare(b.date)),
    setting: nextSetting,
  };
}

export interface ScheduleImportInput {
  fileName: string;
  content: string;
  year?: number;
}

export type ScheduleImportAnswer = Omit<ScheduleImportPlan, 'setting'> & {
  /** The calendar was changed: false for a preview, or for a schedule the calendar already has. */
  applied: boolean;
  /** The calendar's version the preview was made on, or the version the import saved. */
  version: number;
};

function assertImportable(setting: CalendarSetting): void {
  const problems = calendarSettingProblems(setting);
  if (problems.length > 0) {
    throw new DomainError('validation_failed', `The calendar would not be valid after the import: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, {
      errors: problems,
    });
  }
}

function planFrom(stored: unknown, days: ScheduleDay[], year: number | undefined): ScheduleImportPlan {
  const setting = (stored as CalendarSetting | undefined) ?? defaultCalendarSetting;
  if (year !== undefined && !days.some((d) => d.date.startsWith(`${year}-`))) {
    throw new DomainError('invalid_schedule_file', `The file lists no day of ${year}`, {
      errors: [{ path: '/year', in: 'body', code: 'no_days_in_year', message: `the file lists no day of ${year}`, params: { year } }],
    });
  }
  const plan = planScheduleImport(setting, days, year);
  assertImportable(plan.setting);
  return plan;
}

function answerOf({ setting: _setting, ...plan }: ScheduleImportPlan, applied: boolean, version: number): ScheduleImportAnswer {
  return { ...plan, applied, version };
}

/** What importing the file would do, on the calendar as stored now; writes nothing. */
export async function previewHolidaySchedule(db: Db, input: ScheduleImportInput): Promise<ScheduleImportAnswer> {
  const days = readHolidaySchedule(input.content);
  const stored = await readSettingRecord(db, calendarKey);
  return answerOf(planFrom(stored?.value, days, input.year), false, stored?.version ?? 0);
}

/**
 * Imports the file into the business calendar: the new calendar and its audit event in one
 * transaction, on the version previewed (`expectedVersion`; 412 when someone saved meanwhile).
 */
export async function applyHolidaySchedule(db: Db, actor: Actor, now: Date, input: ScheduleImportInput, expectedVersion: number): Promise<ScheduleImportAnswer> {
  const days = readHolidaySchedule(input.content);
  let plan: ScheduleImportPlan | undefined;
  const saved = await updateSetting(db, actor, now, calendarKey, expectedVersion, (stored) => {
    plan = planFrom(stored?.value, days, input.year);
    // Importing the same schedule again changes nothing, and leaves no new version behind.
    if (stored && isDeepStrictEqual(plan.setting, stored.value)) return null;
    const added = plan.days.filter((d) => d.outcome === 'added').length;
    return { value: plan.setting, note: { import: { fileName: input.fileName, year: plan.year, added, removed: plan.removed.length } } };
  });
  return answerOf(plan!, saved !== null, saved?.version ?? expectedVersion);
}
