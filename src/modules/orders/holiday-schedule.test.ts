import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addWorkingMinutes, isWorkingTime, workingMinutesBetween } from '../../platform/time/calendar.js';
import { activeCalendar, defaultCalendarSetting } from '../../platform/time/calendar-setting.js';
import { planScheduleImport } from './calendar-import.js';
import { readHolidaySchedule } from './holiday-schedule.js';

const at = (iso: string) => new Date(iso);
const sample = readHolidaySchedule(fs.readFileSync('docs/holiday-schedule-2027-example.ics', 'utf8'));

describe('reading a schedule', () => {
  test('an .ics all-day event is one day per date up to its exclusive end; the summary gives kind and name', () => {
    expect(sample.filter((d) => d.name === '国庆节').map((d) => [d.date, d.kind])).toEqual([
      ['2027-09-26', 'workday'],
      ['2027-10-01', 'holiday'],
      ['2027-10-02', 'holiday'],
      ['2027-10-03', 'holiday'],
      ['2027-10-04', 'holiday'],
      ['2027-10-05', 'holiday'],
      ['2027-10-06', 'holiday'],
      ['2027-10-07', 'holiday'],
      ['2027-10-09', 'workday'],
    ]);
  });

  test.each([
    ['国庆节', 'holiday', '国庆节'],
    ['国庆节 补班', 'workday', '国庆节'],
    ['春节（休）', 'holiday', '春节'],
    ['班', 'workday', null],
    ['休', 'holiday', null],
    ['劳动节 假期', 'holiday', '劳动节'],
  ])('SUMMARY %s → %s, named %s', (summary, kind, name) => {
    const [day] = readHolidaySchedule(`BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20271002\nSUMMARY:${summary}\nEND:VEVENT\nEND:VCALENDAR\n`);
    expect(day).toEqual({ date: '2027-10-02', kind, name, line: 2 });
  });

  test('folded lines, DURATION and spreadsheet dates', () => {
    const ics = readHolidaySchedule('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270501\r\nDURATION:P2D\r\nSUMMARY:劳动\r\n 节\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    expect(ics.map((d) => [d.date, d.name])).toEqual([
      ['2027-05-01', '劳动节'],
      ['2027-05-02', '劳动节'],
    ]);
    expect(readHolidaySchedule('\uFEFF日期,类型,名称\r\n2027/5/8,班,"劳动节"\r\n')).toEqual([{ date: '2027-05-08', kind: 'workday', name: '劳动节', line: 2 }]);
  });
});

describe('deadlines on an imported schedule (Asia/Shanghai, 09:00–12:00 and 13:00–18:00)', () => {
  const calendar = activeCalendar({ ...planScheduleImport(defaultCalendarSetting, sample).setting, enabled: true })!;

  test('the make-up Saturday 10-09 is worked, the holiday week is not', () => {
    expect(isWorkingTime(calendar, at('2027-10-09T10:00:00+08:00'))).toBe(true);
    expect(isWorkingTime(calendar, at('2027-10-16T10:00:00+08:00'))).toBe(false);
    expect(isWorkingTime(calendar, at('2027-10-04T10:00:00+08:00'))).toBe(false);
  });

  test('Friday 10-08 17:00 + 2 h: one hour that day, the next on the make-up Saturday', () => {
    expect(addWorkingMinutes(calendar, at('2027-10-08T17:00:00+08:00'), 120)).toEqual(at('2027-10-09T10:00:00+08:00'));
    expect(workingMinutesBetween(calendar, at('2027-10-08T09:00:00+08:00'), at('2027-10-11T09:00:00+08:00'))).toBe(2 * 480);
  });

  test('Thursday 09-30 17:00 + 2 h: past the holiday week, on Friday 10-08', () => {
    expect(addWorkingMinutes(calendar, at('2027-09-30T17:00:00+08:00'), 120)).toEqual(at('2027-10-08T10:00:00+08:00'));
  });
});
