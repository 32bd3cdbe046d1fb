import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import type { BusinessCalendar } from '../../platform/time/calendar.js';
import { addDays } from '../../platform/time/zone.js';
import { capacityCalendar, maxCalendarDays } from '../inventory/service.js';
import { productionStageKey, scheduleStages, type CapacityOutlook, type Schedule, type ScheduleLine } from './schedule.js';
import type { PlanOrderType, TemplateVersion } from './contract.js';
import { templateVersion } from './templates.js';

/**
 * The capacity calendar from `start` as production needs it: free units per day over every
 * active line, and the units of unfinished production stages queued ahead. Green-channel
 * orders queue behind other green-channel orders only; the rest behind every order.
 */
export async function capacityOutlook(db: Executor, input: { start: string; greenChannel: boolean; exceptOrderId?: string }): Promise<CapacityOutlook> {
  const horizon = addDays(input.start, maxCalendarDays - 1);
  const days = await capacityCalendar(db, { from: input.start, to: horizon });
  const freeByDay = new Map<string, number>();
  for (const day of days) freeByDay.set(day.date, (freeByDay.get(day.date) ?? 0) + day.freeUnits);
  const [ahead] = await queryRows<{ units: number }>(
    db,
    sql`SELECT coalesce(sum(s.units), 0)::int AS units FROM plan_stages s JOIN plans p ON p.order_id = s.order_id
        WHERE s.units > 0 AND s.status NOT IN ('done', 'cancelled')
          ${input.greenChannel ? sql`AND p.green_channel` : sql``}
          ${input.exceptOrderId ? sql`AND s.order_id <> ${input.exceptOrderId}::uuid` : sql``}`,
  );
  return { freeByDay, activeLines: new Set(days.map((d) => d.lineId)).size, unitsAhead: Number(ahead?.units ?? 0), horizon };
}

/** Whether planning these lines reads the capacity calendar: made-to-order units under a production stage. */
export function readsCapacity(template: TemplateVersion, lines: ScheduleLine[]): boolean {
  return template.stages.some((s) => s.key === productionStageKey) && lines.some((l) => l.kind === 'made_to_order');
}

/**
 * The earliest delivery date for these lines (SPEC "promise date"): stock on the shelf,
 * the template's stages with the products' lead times, and — for made-to-order units —
 * the capacity calendar with the production queue ahead. Reads the calendar only when
 * something must be produced.
 */
export async function promiseFor(
  db: Executor,
  input: { orderType: PlanOrderType; lines: ScheduleLine[]; start: string; calendar: BusinessCalendar | null; template?: TemplateVersion; exceptOrderId?: string },
): Promise<Schedule & { template: TemplateVersion }> {
  const template = input.template ?? (await templateVersion(db, input.orderType));
  const capacity = readsCapacity(template, input.lines) ? await capacityOutlook(db, { start: input.start, greenChannel: input.orderType === 'urgent', exceptOrderId: input.exceptOrderId }) : null;
  return { ...scheduleStages({ stages: template.stages, lines: input.lines, start: input.start, calendar: input.calendar, capacity }), template };
}
