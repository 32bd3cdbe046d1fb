import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addWorkingMinutes, isWorkingTime, workingMinutesBetween, type BusinessCalendar, type WorkingPeriod } from './calendar.js';
import { localDate } from './zone.js';

const officeHours: WorkingPeriod[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];
const weekdaysOnly = (periods: WorkingPeriod[]): BusinessCalendar['week'] => ({
  sunday: [],
  monday: periods,
  tuesday: periods,
  wednesday: periods,
  thursday: periods,
  friday: periods,
  saturday: [],
});

/** Shanghai office hours with the 2024 National Day week: 10-01..07 off, Sunday 09-29 and Saturday 10-12 worked (调休). */
const shanghai: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  week: weekdaysOnly(officeHours),
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  makeUpDays: [{ date: '2024-09-29' }, { date: '2024-10-12', periods: [{ start: '09:00', end: '17:00' }] }],
};

const at = (iso: string) => new Date(iso);

describe('worked examples (Asia/Shanghai, 09:00–12:00 and 13:00–18:00)', () => {
  test('Friday 17:00 + 2 h → Monday 10:00; + 1 h ends the Friday at 18:00', () => {
    expect(addWorkingMinutes(shanghai, at('2024-05-10T17:00:00+08:00'), 120)).toEqual(at('2024-05-13T10:00:00+08:00'));
    expect(addWorkingMinutes(shanghai, at('2024-05-10T17:00:00+08:00'), 60)).toEqual(at('2024-05-10T18:00:00+08:00'));
  });

  test('the lunch break does not count: 11:00 + 2 h → 14:00', () => {
    expect(addWorkingMinutes(shanghai, at('2024-05-08T11:00:00+08:00'), 120)).toEqual(at('2024-05-08T14:00:00+08:00'));
    expect(workingMinutesBetween(shanghai, at('2024-05-08T11:00:00+08:00'), at('2024-05-08T14:00:00+08:00'))).toBe(120);
  });

  test('counting from outside working time starts when work starts', () => {
    expect(addWorkingMinutes(shanghai, at('2024-05-11T15:00:00+08:00'), 30)).toEqual(at('2024-05-13T09:30:00+08:00'));
    expect(addWorkingMinutes(shanghai, at('2024-05-08T12:20:00+08:00'), 30)).toEqual(at('2024-05-08T13:30:00+08:00'));
  });

  test('National Day week: skipped; the make-up Sunday before and Saturday after are worked', () => {
    // Saturday 09-28 is a plain weekend day; Sunday 09-29 is worked.
    expect(addWorkingMinutes(shanghai, at('2024-09-28T10:00:00+08:00'), 60)).toEqual(at('2024-09-29T10:00:00+08:00'));
    // Monday 09-30 17:00 + 2 h: one hour that day, the next on Tuesday 10-08 after the holiday.
    expect(addWorkingMinutes(shanghai, at('2024-09-30T17:00:00+08:00'), 120)).toEqual(at('2024-10-08T10:00:00+08:00'));
    // Friday 10-11 17:00 + 2 h: Saturday 10-12 is a make-up day with its own hours (09:00–17:00).
    expect(addWorkingMinutes(shanghai, at('2024-10-11T17:00:00+08:00'), 120)).toEqual(at('2024-10-12T10:00:00+08:00'));
    expect(addWorkingMinutes(shanghai, at('2024-10-12T16:00:00+08:00'), 120)).toEqual(at('2024-10-14T10:00:00+08:00'));
    expect(workingMinutesBetween(shanghai, at('2024-09-30T09:00:00+08:00'), at('2024-10-08T09:00:00+08:00'))).toBe(480);
  });

  test('inside or outside working time', () => {
    expect(isWorkingTime(shanghai, at('2024-10-03T10:00:00+08:00'))).toBe(false);
    expect(isWorkingTime(shanghai, at('2024-09-29T10:00:00+08:00'))).toBe(true);
    expect(isWorkingTime(shanghai, at('2024-09-30T12:30:00+08:00'))).toBe(false);
    expect(isWorkingTime(shanghai, at('2024-09-30T09:00:00+08:00'))).toBe(true);
    expect(isWorkingTime(shanghai, at('2024-09-30T18:00:00+08:00'))).toBe(false);
  });

  test('negative spans and negative minutes', () => {
    expect(workingMinutesBetween(shanghai, at('2024-05-08T14:00:00+08:00'), at('2024-05-08T11:00:00+08:00'))).toBe(-120);
    expect(() => addWorkingMinutes(shanghai, at('2024-05-08T14:00:00+08:00'), -1)).toThrow(RangeError);
  });

  test('a daylight-saving zone: New York 9–17 across the March 2024 change', () => {
    const newYork: BusinessCalendar = { timeZone: 'America/New_York', week: weekdaysOnly([{ start: '09:00', end: '17:00' }]), holidays: [], makeUpDays: [] };
    // Friday 16:00 EST + 2 h → Monday 10:00 EDT (clocks went forward on Sunday 03-10).
    expect(addWorkingMinutes(newYork, at('2024-03-08T16:00:00-05:00'), 120)).toEqual(at('2024-03-11T10:00:00-04:00'));
  });

  test('a round-the-clock day ending at 24:00 runs into the next day', () => {
    const shifts: BusinessCalendar = { timeZone: 'UTC', week: weekdaysOnly([{ start: '00:00', end: '24:00' }]), holidays: [], makeUpDays: [] };
    expect(addWorkingMinutes(shifts, at('2024-05-08T23:00:00Z'), 120)).toEqual(at('2024-05-09T01:00:00Z'));
  });
});

describe('properties', () => {
  const nightShift: BusinessCalendar = {
    timeZone: 'Europe/Berlin',
    week: { ...weekdaysOnly([{ start: '06:00', end: '14:00' }, { start: '22:00', end: '24:00' }]), saturday: [{ start: '08:00', end: '12:00' }] },
    holidays: ['2024-12-24', '2024-12-25', '2024-12-26', '2025-01-01', '2025-04-18', '2025-04-21'],
    makeUpDays: [{ date: '2024-12-29' }],
  };
  const calendars = fc.constantFrom(shanghai, nightShift);
  const instants = fc.date({ min: at('2024-09-01T00:00:00Z'), max: at('2025-06-30T00:00:00Z'), noInvalidDate: true });
  const minutes = fc.integer({ min: 0, max: 6000 });

  test('the working minutes from a to a + m are m', () => {
    fc.assert(fc.property(calendars, instants, minutes, (c, a, m) => workingMinutesBetween(c, a, addWorkingMinutes(c, a, m)) === m));
  });

  test('more minutes or a later start never give an earlier deadline', () => {
    fc.assert(
      fc.property(calendars, instants, instants, minutes, minutes, (c, a1, a2, m1, m2) => {
        const [early, late] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const [few, many] = m1 <= m2 ? [m1, m2] : [m2, m1];
        return addWorkingMinutes(c, early, many) <= addWorkingMinutes(c, late, many) && addWorkingMinutes(c, early, few) <= addWorkingMinutes(c, early, many);
      }),
    );
  });

  test('a deadline never lands in a holiday: the minute before it is worked, on a day that is not a holiday', () => {
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 1, max: 6000 }), (c, a, m) => {
        const justBefore = new Date(addWorkingMinutes(c, a, m).getTime() - 1);
        return isWorkingTime(c, justBefore) && !c.holidays.includes(localDate(justBefore, c.timeZone));
      }),
    );
  });

  test('working minutes add up over consecutive spans', () => {
    fc.assert(
      fc.property(calendars, instants, instants, instants, (c, x, y, z) => {
        const [a, b, d] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        return Math.abs(workingMinutesBetween(c, a, b) + workingMinutesBetween(c, b, d) - workingMinutesBetween(c, a, d)) < 1e-9;
      }),
    );
  });
});
