import type { FieldError } from '../../platform/http/errors.js';
import { DomainError } from '../../platform/http/errors.js';
import { addDays } from '../../platform/time/zone.js';

/*
 * A national holiday schedule (放假安排) read from a file: the State Council publishes each
 * year's holidays and the weekend days worked instead (调休). Two shapes are read: an
 * iCalendar file of all-day events (SUMMARY "国庆节", "国庆节 补班", "班", "休" …) and a CSV
 * `date,kind,name` (kind holiday | workday, or 休 | 班).
 */

export type ScheduleDayKind = 'holiday' | 'workday';

export interface ScheduleDay {
  date: string;
  kind: ScheduleDayKind;
  /** What the day is for, e.g. 国庆节; null when the file does not say. */
  name: string | null;
  /** The file line it was read from (the event's BEGIN:VEVENT in an .ics), 1-based. */
  line: number;
}

export const maxScheduleNameLength = 40;
/** An all-day event longer than this is not a holiday but a mistake in the file. */
const maxEventDays = 31;
/** A file with many broken lines is named by its first problems, not all of them. */
const maxReportedProblems = 20;

function problem(line: number, code: string, message: string, params: Record<string, string | number> = {}): FieldError {
  return { path: '/content', in: 'body', code, message: `line ${line}: ${message}`, params: { line, ...params } };
}

/** A real calendar date as `YYYY-MM-DD`, or null. */
function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function fileLines(content: string): string[] {
  return content.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}

// Summaries say the kind with a marker beside the festival's name: "国庆节 补班", "春节（休）", "班".
const workdayMarker = /班/;
const kindMarkers = /[\s（(【[]*(?:调休上班|补班|上班|班|放假|假期|休息|休)[\s）)】\]]*$/;

function summaryDay(summary: string): { kind: ScheduleDayKind; name: string | null } {
  const kind = workdayMarker.test(summary) ? 'workday' : 'holiday';
  const name = summary.replace(kindMarkers, '').trim();
  return { kind, name: name === '' ? null : name };
}

/** iCalendar TEXT with its escapes (`\,` `\;` `\n` `\\`) undone. */
function icsText(value: string): string {
  return value.replace(/\\([,;\\nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? ' ' : c)).trim();
}

interface IcsProperty {
  name: string;
  params: string;
  value: string;
  line: number;
}

/** Content lines with their folded continuations joined, each with the line it starts on. */
function icsProperties(lines: string[]): IcsProperty[] {
  const properties: IcsProperty[] = [];
  lines.forEach((text, i) => {
    const last = properties.at(-1);
    if ((text.startsWith(' ') || text.startsWith('\t')) && last) {
      last.value += text.slice(1);
      return;
    }
    if (text.trim() === '') return;
    const colon = text.indexOf(':');
    const head = colon < 0 ? text : text.slice(0, colon);
    const semicolon = head.indexOf(';');
    properties.push({
      name: (semicolon < 0 ? head : head.slice(0, semicolon)).toUpperCase(),
      params: semicolon < 0 ? '' : head.slice(semicolon + 1).toUpperCase(),
      value: colon < 0 ? '' : text.slice(colon + 1),
      line: i + 1,
    });
  });
  return properties;
}

function icsDate(property: IcsProperty, problems: FieldError[]): string | null {
  const value = property.value.trim();
  if (/T/i.test(value) || /VALUE=DATE-TIME/.test(property.params)) {
    problems.push(problem(property.line, 'not_all_day', `${property.name} ${value} has a time of day; holidays are all-day events`, { value }));
    return null;
  }
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const date = match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!date) problems.push(problem(property.line, 'date', `${property.name} "${value}" is not a date YYYYMMDD`, { value }));
  return date;
}

function readIcs(lines: string[], problems: FieldError[]): ScheduleDay[] {
  const days: ScheduleDay[] = [];
  let event: IcsProperty[] | null = null;
  let eventLine = 0;
  for (const property of icsProperties(lines)) {
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VEVENT') {
      event = [];
      eventLine = property.line;
    } else if (property.name === 'END' && property.value.trim().toUpperCase() === 'VEVENT' && event) {
      days.push(...icsEventDays(event, eventLine, problems));
      event = null;
    } else if (event) {
      event.push(property);
    }
  }
  return days;
}

function icsEventDays(event: IcsProperty[], line: number, problems: FieldError[]): ScheduleDay[] {
  const field = (name: string) => event.find((p) => p.name === name);
  if (field('STATUS')?.value.trim().toUpperCase() === 'CANCELLED') return [];
  const rule = field('RRULE');
  if (rule) {
    problems.push(problem(rule.line, 'repeating_event', 'a repeating event (RRULE) is not a schedule of dates; list each day'));
    return [];
  }
  const startProperty = field('DTSTART');
  if (!startProperty) {
    problems.push(problem(line, 'no_date', 'the event has no DTSTART'));
    return [];
  }
  const start = icsDate(startProperty, problems);
  const endProperty = field('DTEND');
  const end = endProperty ? icsDate(endProperty, problems) : start && durationEnd(start, field('DURATION'), problems);
  if (!start || !end) return [];
  const length = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
  if (length < 1 || length > maxEventDays) {
    problems.push(problem(endProperty?.line ?? line, 'event_length', `the event lasts ${length} days; an all-day event ends after it starts and lasts at most ${maxEventDays}`, { days: length }));
    return [];
  }
  const summary = icsText(field('SUMMARY')?.value ?? '');
  const { kind, name } = summaryDay(summary);
  if (name && name.length > maxScheduleNameLength) {
    problems.push(problem(field('SUMMARY')!.line, 'name_too_long', `the name is longer than ${maxScheduleNameLength} characters`, { max: maxScheduleNameLength }));
    return [];
  }
  return Array.from({ length }, (_, i) => ({ date: addDays(start, i), kind, name, line }));
}

/** The day after the last day of an event given by DURATION (whole days only), or its only day's next. */
function durationEnd(start: string, duration: IcsProperty | undefined, problems: FieldError[]): string | null {
  if (!duration) return addDays(start, 1);
  const match = /^P(?:(\d+)W|(\d+)D)$/i.exec(duration.value.trim());
  if (!match) {
    problems.push(problem(duration.line, 'duration', `DURATION ${duration.value.trim()} is not a whole number of days or weeks`));
    return null;
  }
  return addDays(start, match[1] ? Number(match[1]) * 7 : Number(match[2]));
}

/** One CSV record's fields: commas separate, double quotes enclose, "" is a quote. */
function csvFields(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

const csvKinds: Record<string, ScheduleDayKind> = { holiday: 'holiday', workday: 'workday', 休: 'holiday', 班: 'workday' };

/** `2027-10-01`, `2027-1-1` or `2027/1/1` (as spreadsheets save dates). */
function csvDate(value: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function readCsv(lines: string[], problems: FieldError[]): ScheduleDay[] {
  const days: ScheduleDay[] = [];
  let firstRecord = true;
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '' || text.trim().startsWith('#')) return;
    const [dateField = '', kindField = '', nameField = '', ...rest] = csvFields(text);
    const date = csvDate(dateField);
    // A first record that does not start with a digit is the header (date,kind,name / 日期,类型,名称).
    const header = firstRecord && !/^\d/.test(dateField);
    firstRecord = false;
    if (header) return;
    if (!date) return void problems.push(problem(line, 'date', `"${dateField}" is not a date YYYY-MM-DD`, { value: dateField }));
    const kind = csvKinds[kindField.toLowerCase()];
    if (!kind) return void problems.push(problem(line, 'kind', `"${kindField}" is not a kind: holiday, workday, 休 or 班`, { value: kindField }));
    if (rest.some((f) => f !== '')) return void problems.push(problem(line, 'columns', 'has more than three columns: date,kind,name'));
    if (nameField.length > maxScheduleNameLength) {
      return void problems.push(problem(line, 'name_too_long', `the name is longer than ${maxScheduleNameLength} characters`, { max: maxScheduleNameLength }));
    }
    days.push({ date, kind, name: nameField === '' ? null : nameField, line });
  });
  return days;
}

/** One day each: a date the file gives twice with the same kind is kept once; with both kinds it is refused, naming both lines. */
function distinctDays(days: ScheduleDay[], problems: FieldError[]): ScheduleDay[] {
  const byDate = new Map<string, ScheduleDay>();
  for (const day of days) {
    const first = byDate.get(day.date);
    if (!first) byDate.set(day.date, day);
    else if (first.kind !== day.kind) {
      problems.push(problem(day.line, 'both_kinds', `${day.date} is a holiday and a working day: lines ${first.line} and ${day.line}`, { date: day.date, otherLine: first.line }));
    } else if (!first.name && day.name) byDate.set(day.date, { ...first, name: day.name });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The days of a schedule file, sorted by date. An iCalendar file is recognised by its
 * BEGIN:VCALENDAR; anything else is read as CSV. Refuses an unreadable file with the lines
 * at fault (`errors[].params.line`).
 */
export function readHolidaySchedule(content: string): ScheduleDay[] {
  const lines = fileLines(content);
  const problems: FieldError[] = [];
  const isIcs = lines.find((l) => l.trim() !== '')?.trim().toUpperCase() === 'BEGIN:VCALENDAR';
  const days = distinctDays(isIcs ? readIcs(lines, problems) : readCsv(lines, problems), problems);
  if (problems.length === 0 && days.length === 0) {
    problems.push({ path: '/content', in: 'body', code: 'no_days', message: isIcs ? 'the calendar has no all-day events' : 'the file lists no days' });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, maxReportedProblems);
    throw new DomainError('invalid_schedule_file', `The holiday schedule cannot be read: ${shown.map((p) => p.message).join('; ')}`, { errors: shown });
  }
  return days;
}
