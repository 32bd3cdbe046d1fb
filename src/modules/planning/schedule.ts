import type { Executor } from '../../platform/db/connect.js';
import { readSettings } from '../../platform/settings/service.js';
import { activeCalendar, type CalendarSetting } from '../../platform/time/calendar-setting.js';
import type { BusinessCalendar } from '../../platform/time/calendar.js';
import { weekdays } from '../../platform/time/calendar.js';
import { addDays } from '../../platform/time/zone.js';
import type { PromiseReason, StageCondition, TemplateStage } from './contract.js';

/* Stage dates and the promise date (SPEC §6, "Beyond the seeds"): arithmetic on working days. */

/** The business calendar plans count working days on, or null for Monday to Friday. */
export async function planningCalendar(db: Executor): Promise<BusinessCalendar | null> {
  const stored = (await readSettings(db, ['business-calendar'])).get('business-calendar');
  return activeCalendar(stored?.value as CalendarSetting | undefined);
}

/**
 * Which days work is done on: the business calendar's when one is switched on (its
 * weekdays with working hours, less holidays, plus make-up days), else Monday to Friday.
 */
export function isWorkingDay(date: string, calendar: BusinessCalendar | null): boolean {
  const weekday = weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  if (!calendar) return weekday !== 'saturday' && weekday !== 'sunday';
  if (calendar.makeUpDays.some((d) => d.date === date)) return true;
  return !calendar.holidays.includes(date) && calendar.week[weekday].length > 0;
}

/** The first working day on or after `date`. */
export function workingDayFrom(date: string, calendar: BusinessCalendar | null): string {
  let day = date;
  // A calendar with no working day at all would loop for ever; a year of days off is a broken calendar.
  for (let i = 0; i < 366 && !isWorkingDay(day, calendar); i += 1) day = addDays(day, 1);
  return day;
}

/** The working day `count` working days after `date` (itself a working day). */
export function addWorkingDays(date: string, count: number, calendar: BusinessCalendar | null): string {
  let day = date;
  for (let left = count; left > 0; left -= 1) day = workingDayFrom(addDays(day, 1), calendar);
  return day;
}

/** The stage that makes made-to-order units: it takes them from the capacity calendar and forms the production queue. */
export const productionStageKey = 'production';

/** One line of an order (or a quote) as scheduling sees it. */
export interface ScheduleLine {
  sku: string;
  kind: 'stock' | 'made_to_order' | 'service';
  quantity: number;
  /** Units of a stock line on the shelf for this order (reserved, or available for a quote). */
  inStock: number;
  leadTimes: Record<string, number>;
}

/** The capacity calendar as the production stage needs it: free units per day, and the queue ahead. */
export interface CapacityOutlook {
  /** Free units of all active lines per day, from the first day asked for; days missing have none. */
  freeByDay: Map<string, number>;
  activeLines: number;
  /** Units of production stages not done that come before this order in the queue. */
  unitsAhead: number;
  /** The last day the calendar was read up to. */
  horizon: string;
}

export interface ScheduledStage {
  template: TemplateStage;
  days: number;
  /** Units the stage produces (made-to-order units for production, else 0). */
  units: number;
  plannedStart: string;
  plannedEnd: string;
}


export interface Schedule {
  stages: ScheduledStage[];
  /** Null when the capacity calendar cannot make the order within its horizon. */
  promiseDate: string | null;
  reasoning: PromiseReason[];
}

function shortUnits(line: ScheduleLine): number {
  return line.kind === 'stock' ? Math.max(line.quantity - line.inStock, 0) : 0;
}

/** The lines a stage works on; none means the stage does not apply to the order. */
function linesFor(condition: StageCondition, lines: ScheduleLine[]): ScheduleLine[] {
  switch (condition) {
    case 'always':
      return lines;
    case 'goods':
      return lines.filter((l) => l.kind !== 'service');
    case 'made_to_order':
      return lines.filter((l) => l.kind === 'made_to_order');
    case 'stock_short':
      return lines.filter((l) => shortUnits(l) > 0);
  }
}

/** A stage takes the longest lead time its lines' products give for it, else the template's days. */
function stageDays(stage: TemplateStage, lines: ScheduleLine[]): { days: number; source: string } {
  const given = lines.map((l) => l.leadTimes[stage.key]).filter((d): d is number => typeof d === 'number');
  return given.length > 0 ? { days: Math.max(...given), source: 'product lead time' } : { days: stage.days, source: 'template' };
}

/** The first day on which the cumulated free units from `start` cover `needed`, or null within the horizon. */
function capacityDay(start: string, needed: number, capacity: CapacityOutlook): string | null {
  let total = 0;
  for (let day = start; day <= capacity.horizon; day = addDays(day, 1)) {
    total += capacity.freeByDay.get(day) ?? 0;
    if (total >= needed) return day;
  }
  return null;
}

/**
 * Lays the stages of a template end to end on working days from `start` and answers the
 * promise date: the day the last stage ends. A stage of 0 days is a same-day step. The
 * production stage also waits for the capacity calendar: it cannot end before the free
 * units from its start cover the queue ahead of the order and the order's own units.
 */
export function scheduleStages(input: {
  stages: TemplateStage[];
  lines: ScheduleLine[];
  start: string;
  calendar: BusinessCalendar | null;
  capacity: CapacityOutlook | null;
}): Schedule {
  const { lines, calendar } = input;
  const reasoning: PromiseReason[] = [];
  for (const line of lines.filter((l) => l.kind === 'stock')) {
    const short = shortUnits(line);
    reasoning.push({
      factor: 'stock',
      sku: line.sku,
      quantity: line.quantity,
      inStock: Math.min(line.inStock, line.quantity),
      shortUnits: short,
      explanation: short === 0 ? `${line.sku}: all ${line.quantity} in stock now` : `${line.sku}: ${short} of ${line.quantity} not in stock, to be procured`,
    });
  }
  const firstDay = workingDayFrom(input.start, calendar);
  if (firstDay !== input.start) reasoning.push({ factor: 'calendar', explanation: `${input.start} is not a working day; work starts ${firstDay}`, start: firstDay });

  const stages: ScheduledStage[] = [];
  let cursor = firstDay;
  let promiseDate: string | null = firstDay;
  for (const stage of input.stages) {
    const stageLines = linesFor(stage.when, lines);
    if (stageLines.length === 0) continue;
    const { days, source } = stageDays(stage, stageLines);
    const plannedStart = workingDayFrom(cursor, calendar);
    let plannedEnd = addWorkingDays(plannedStart, Math.max(days - 1, 0), calendar);
    const units = stage.key === productionStageKey ? stageLines.filter((l) => l.kind === 'made_to_order').reduce((s, l) => s + l.quantity, 0) : 0;
    reasoning.push({ factor: 'stage', stage: stage.key, stageName: stage.name, days, source, plannedStart, plannedEnd, explanation: `${stage.name.en}: ${days} working day(s) (${source})` });
    if (units > 0 && input.capacity && input.capacity.activeLines > 0) {
      const needed = input.capacity.unitsAhead + units;
      const fits = capacityDay(plannedStart, needed, input.capacity);
      reasoning.push({
        factor: 'capacity',
        stage: stage.key,
        stageName: stage.name,
        units,
        unitsAhead: input.capacity.unitsAhead,
        activeLines: input.capacity.activeLines,
        coveredOn: fits,
        explanation:
          fits === null
            ? `the capacity calendar has no room for ${needed} units (${input.capacity.unitsAhead} queued ahead) up to ${input.capacity.horizon}`
            : `the free capacity from ${plannedStart} covers ${needed} units (${input.capacity.unitsAhead} queued ahead + ${units} of this order) on ${fits}`,
      });
      if (fits === null) {
        promiseDate = null;
      } else if (fits > plannedEnd) {
        plannedEnd = workingDayFrom(fits, calendar);
      }
    }
    stages.push({ template: stage, days, units, plannedStart, plannedEnd });
    cursor = days === 0 ? plannedStart : addDays(plannedEnd, 1);
    if (promiseDate !== null) promiseDate = plannedEnd;
  }
  return { stages, promiseDate, reasoning };
}

/** A stage as recomputation sees it: done stages keep their dates, the rest move. */
export interface StageDates {
  days: number;
  plannedStart: string;
  plannedEnd: string;
  done: boolean;
}

/**
 * Moves the stage at `index` out by `delayDays` working days and lays every later stage
 * not yet done end to end after it, keeping their durations. Returns the new dates.
 */
export function delayStages(stages: StageDates[], index: number, delayDays: number, calendar: BusinessCalendar | null): StageDates[] {
  const result = stages.map((s) => ({ ...s }));
  const delayed = result[index]!;
  delayed.plannedEnd = addWorkingDays(delayed.plannedEnd, delayDays, calendar);
  return layAfter(result, index, addDays(delayed.plannedEnd, 1), calendar);
}

/**
 * The stage at `index` ended on `endedOn`, after its planned end: every later stage not yet
 * done moves out by the overrun, keeping its duration. The stage itself keeps its planned
 * dates, so the plan still shows how late it ran. As when the plan was made, the stage after
 * a same-day step may begin the day it ended, the one after a longer stage the day after.
 */
export function overrunStages(stages: StageDates[], index: number, endedOn: string, calendar: BusinessCalendar | null): StageDates[] {
  const from = stages[index]!.days === 0 ? endedOn : addDays(endedOn, 1);
  return layAfter(stages.map((s) => ({ ...s })), index, from, calendar);
}

/** Lays the stages after `index` that are not done end to end from `from`, none earlier than planned. */
function layAfter(result: StageDates[], index: number, from: string, calendar: BusinessCalendar | null): StageDates[] {
  let cursor = from;
  for (const stage of result.slice(index + 1)) {
    if (stage.done) continue;
    const start = workingDayFrom(cursor > stage.plannedStart ? cursor : stage.plannedStart, calendar);
    stage.plannedStart = start;
    stage.plannedEnd = addWorkingDays(start, Math.max(stage.days - 1, 0), calendar);
    cursor = stage.days === 0 ? start : addDays(stage.plannedEnd, 1);
  }
  return result;
}
