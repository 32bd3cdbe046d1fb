import { DatePicker, Space, Tag, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/client';
import type { CalendarSetting } from '../../api/settings';
import { settingsFieldMessage } from './VersionedForm';

/*
 * The business calendar's holidays and make-up working days (调休), picked with date pickers
 * and shown as a sorted list of date chips with their weekday and name.
 */

export const weekdayKeys = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
type Week = CalendarSetting['week'];
type MakeUpDay = CalendarSetting['makeUpDays'][number];

const isoDay = (day: Dayjs) => day.format('YYYY-MM-DD');

/** Enter in a picker's input takes the typed date; it must not also submit the settings form around it. */
const keepEnterInPicker = (event: KeyboardEvent<HTMLElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

export function weekdayName(t: TFunction, date: string): string {
  return t(`settings.calendar.weekday.${weekdayKeys[dayjs(date).day()]!}`);
}

/** True when the company's week works on that date's weekday anyway: no make-up day can fall there. */
export function isWorkingWeekday(week: Week | undefined, date: string): boolean {
  return (week?.[weekdayKeys[dayjs(date).day()]!]?.length ?? 0) > 0;
}

/** The calendar's own problem codes in words, naming the date; any other code as the settings screens say it. */
export function holidayProblemMessage(t: TFunction, field: FieldProblem): string {
  const params = field.params ?? {};
  if (!['duplicate', 'working_weekday', 'holiday_and_make_up_day'].includes(field.code) || typeof params.date !== 'string') return settingsFieldMessage(t, field);
  return t(`holidayCalendar.problems.${field.code}`, { date: params.date, weekday: weekdayName(t, params.date) });
}

/** Where the server's problems about one entry go: the list the entry is in. */
export function calendarFieldOf(pointer: string): (string | number)[] | undefined {
  if (/^\/holidays\/\d+$/.test(pointer)) return ['holidays'];
  if (/^\/makeUpDays\/\d+\/date$/.test(pointer)) return ['makeUpDays'];
  return undefined;
}

function DateChips({ dates, names, flagged, editable, onRemove, testId }: {
  dates: string[];
  names: Record<string, string> | undefined;
  flagged: Set<string>;
  editable: boolean;
  onRemove: (date: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const years = [...new Set(dates.map((d) => d.slice(0, 4)))].sort();
  if (dates.length === 0) return <Typography.Text type="secondary" data-testid={testId}>{t('holidayCalendar.none')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={4} data-testid={testId} style={{ width: '100%' }}>
      {years.map((year) => (
        <Space key={year} wrap size={[4, 4]} align="start">
          <Typography.Text strong style={{ minWidth: 40, display: 'inline-block' }}>{year}</Typography.Text>
          {[...dates].filter((d) => d.startsWith(year)).sort().map((date) => (
            <Tag
              key={date}
              data-date={date}
              color={flagged.has(date) ? 'error' : undefined}
              closable={editable}
              closeIcon={editable ? <CloseOutlined aria-label={t('holidayCalendar.remove', { date })} /> : undefined}
              onClose={(event) => {
                event.preventDefault();
                onRemove(date);
              }}
            >
              {`${date.slice(5)} ${weekdayName(t, date)}${names?.[date] ? ` ${names[date]}` : ''}`}
            </Tag>
          ))}
        </Space>
      ))}
    </Space>
  );
}

const unique = (dates: string[]) => [...new Set(dates)].sort();

/** Every date from `from` to `to`, both included. */
function daysBetween(from: Dayjs, to: Dayjs): string[] {
  const [start, end] = from.isAfter(to) ? [to, from] : [from, to];
  return Array.from({ length: end.diff(start, 'day') + 1 }, (_, i) => isoDay(start.add(i, 'day')));
}

interface ListProps<V> {
  value?: V;
  onChange?: (value: V) => void;
  names: Record<string, string> | undefined;
  /** Dates to show in red: the entries the checks refuse. */
  flagged: Set<string>;
  editable: boolean;
}

/** Holidays: one day or a whole range (国庆 10-01..10-07) at a time. */
export function HolidayPicker({ value = [], onChange, names, flagged, editable }: ListProps<string[]>) {
  const { t } = useTranslation();
  const add = (dates: string[]) => onChange?.(unique([...value, ...dates]));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {editable && (
        <Space wrap onKeyDown={keepEnterInPicker}>
          <DatePicker value={null} placeholder={t('holidayCalendar.pickDay')} aria-label={t('holidayCalendar.pickDay')} onChange={(day: Dayjs | null) => day && add([isoDay(day)])} data-testid="holiday-day" />
          <DatePicker.RangePicker
            value={null}
            placeholder={[t('holidayCalendar.rangeStart'), t('holidayCalendar.rangeEnd')]}
            onChange={(range) => range?.[0] && range[1] && add(daysBetween(range[0], range[1]))}
            data-testid="holiday-range"
          />
        </Space>
      )}
      <DateChips dates={value} names={names} flagged={flagged} editable={editable} onRemove={(date) => onChange?.(value.filter((d) => d !== date))} testId="holiday-chips" />
    </Space>
  );
}

/** Make-up working days: days the week has off, picked one at a time; their own hours, if any, are kept. */
export function MakeUpDayPicker({ value = [], onChange, names, flagged, editable }: ListProps<MakeUpDay[]>) {
  const { t } = useTranslation();
  const dates = value.map((d) => d.date);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {editable && (
        <Space onKeyDown={keepEnterInPicker}>
          <DatePicker
            value={null}
            placeholder={t('holidayCalendar.pickMakeUpDay')}
            aria-label={t('holidayCalendar.pickMakeUpDay')}
            onChange={(day: Dayjs | null) => {
              if (day && !dates.includes(isoDay(day))) onChange?.([...value, { date: isoDay(day) }].sort((a, b) => a.date.localeCompare(b.date)));
            }}
            data-testid="makeup-day"
          />
        </Space>
      )}
      <DateChips dates={dates} names={names} flagged={flagged} editable={editable} onRemove={(date) => onChange?.(value.filter((d) => d.date !== date))} testId="makeup-chips" />
    </Space>
  );
}

export interface DayListProblem {
  date: string;
  message: string;
}

/** What the server's checks would refuse in the two lists, found before saving, with the date each concerns. */
export function dayListProblems(t: TFunction, setting: Pick<CalendarSetting, 'week' | 'holidays' | 'makeUpDays'>): { holidays: DayListProblem[]; makeUpDays: DayListProblem[] } {
  const holidays = new Set(setting.holidays ?? []);
  const problem = (code: string, date: string): DayListProblem => ({ date, message: holidayProblemMessage(t, { path: '', code, message: '', params: { date } }) });
  const both = (setting.makeUpDays ?? []).filter((d) => holidays.has(d.date)).map((d) => problem('holiday_and_make_up_day', d.date));
  return {
    holidays: both,
    makeUpDays: [...(setting.makeUpDays ?? []).filter((d) => isWorkingWeekday(setting.week, d.date)).map((d) => problem('working_weekday', d.date)), ...both],
  };
}
