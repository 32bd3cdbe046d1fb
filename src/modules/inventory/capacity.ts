import { asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { isCheckViolation, isUniqueViolation, queryRows } from '../../platform/db/sql.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import { daysBetween } from '../../platform/time/zone.js';
import { assertVersion } from '../../platform/http/versioning.js';
import type { CapacityDay, ProductionLineInput, ProductionLinePatch, ProductionLineView } from './contract.js';
import { productionLines } from './schema.js';
import { newId } from '../../platform/db/ids.js';

/* The capacity calendar (SPEC §2): production lines and what each can make per day. */

/** The longest range one request may set or read, so a typo cannot write years of rows. */
export const maxCalendarDays = 366;

function toView(row: typeof productionLines.$inferSelect): ProductionLineView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    active: row.active,
    defaultDailyCapacity: row.defaultDailyCapacity,
    capacityUnit: row.capacityUnit,
    workingWeekdays: row.workingWeekdays,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function createProductionLine(db: Db, actor: Actor, now: Date, input: ProductionLineInput): Promise<ProductionLineView> {
  const row: typeof productionLines.$inferSelect = {
    id: newId(),
    code: input.code.trim(),
    name: input.name.trim(),
    active: input.active ?? true,
    defaultDailyCapacity: input.defaultDailyCapacity,
    capacityUnit: input.capacityUnit ?? 'units',
    workingWeekdays: [...new Set(input.workingWeekdays ?? [1, 2, 3, 4, 5])].sort(),
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(productionLines).values(row);
      const view = toView(row);
      await recordChange(tx, actor, now, { entityType: 'production_line', entityId: row.id, action: 'production_line.created', after: view });
      return view;
    });
  } catch (err) {
    throw codeTakenOr(err, row.code);
  }
}

function codeTakenOr(err: unknown, code: string): unknown {
  if (!isUniqueViolation(err, 'production_lines_code_key')) return err;
  return new DomainError('already_exists', `A production line with code ${code} already exists`, {
    errors: [{ path: '/code', in: 'body', code: 'unique', message: 'is already taken' }],
  });
}

/** Changes a line (name, code, default capacity, weekdays, unit, active) against the version the person saw. */
export async function updateProductionLine(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number, patch: ProductionLinePatch): Promise<ProductionLineView> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(productionLines).where(eq(productionLines.id, id)).for('update');
      if (!current) throw new DomainError('not_found', `No production line ${id}`);
      assertVersion('production_line', current.version, expectedVersion);
      const [updated] = await tx
        .update(productionLines)
        .set({
          ...patch,
          ...(patch.code !== undefined ? { code: patch.code.trim() } : {}),
          ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
          ...(patch.workingWeekdays !== undefined ? { workingWeekdays: [...new Set(patch.workingWeekdays)].sort() } : {}),
          updatedAt: now,
          version: current.version + 1,
        })
        .where(eq(productionLines.id, id))
        .returning();
      const after = toView(updated!);
      await recordChange(tx, actor, now, { entityType: 'production_line', entityId: id, action: 'production_line.updated', before: toView(current), after });
      return after;
    });
  } catch (err) {
    throw codeTakenOr(err, patch.code?.trim() ?? '');
  }
}

export async function getProductionLine(db: Executor, id: string): Promise<ProductionLineView> {
  const [row] = await db.select().from(productionLines).where(eq(productionLines.id, id));
  if (!row) throw new DomainError('not_found', `No production line ${id}`);
  return toView(row);
}

/** Lines by code, keyset-paginated. */
export async function listProductionLines(db: Executor, query: { limit: number; cursor?: string }): Promise<{ items: ProductionLineView[]; nextCursor: string | null }> {
  const after = query.cursor ? gt(productionLines.code, decodeCursor(query.cursor, ['text'])[0]) : undefined;
  const rows = await db.select().from(productionLines).where(after).orderBy(asc(productionLines.code)).limit(query.limit + 1);
  return pageOf(rows.map(toView), query.limit, (l) => [l.code]);
}

/** Refuses a range that runs backwards or is longer than one request may cover. */
export function assertCalendarRange(from: string, to: string, where: 'body' | 'query'): void {
  const days = daysBetween(from, to) + 1;
  if (days < 1) {
    throw new DomainError('validation_failed', `The range ends (${to}) before it starts (${from})`, {
      errors: [{ path: '/to', in: where, code: 'range', message: 'must not be before from' }],
    });
  }
  if (days > maxCalendarDays) {
    throw new DomainError('validation_failed', `The range covers ${days} days; at most ${maxCalendarDays} at a time`, {
      errors: [{ path: '/to', in: where, code: 'range', message: `must be within ${maxCalendarDays} days of from` }],
    });
  }
}

/**
 * Sets a line's capacity for every day of a range. A day with more units already booked
 * than the new capacity is refused (the table's check), and nothing is written.
 */
export async function setLineCapacity(
  db: Db,
  actor: Actor,
  now: Date,
  lineId: string,
  input: { from: string; to: string; capacityUnits: number },
): Promise<CapacityDay[]> {
  assertCalendarRange(input.from, input.to, 'body');
  try {
    await db.transaction(async (tx) => {
      const [line] = await tx.select().from(productionLines).where(eq(productionLines.id, lineId)).for('update');
      if (!line) throw new DomainError('not_found', `No production line ${lineId}`);
      await tx.execute(sql`
        INSERT INTO production_capacity (line_id, day, capacity_units, booked_units, updated_at)
        SELECT ${lineId}::uuid, d::date, ${input.capacityUnits}::int, 0, ${now.toISOString()}::timestamptz
        FROM generate_series(${input.from}::date, ${input.to}::date, interval '1 day') d
        ON CONFLICT (line_id, day) DO UPDATE SET capacity_units = excluded.capacity_units, updated_at = excluded.updated_at`);
      await recordChange(tx, actor, now, {
        entityType: 'production_line',
        entityId: lineId,
        action: 'production_line.capacity_set',
        after: { code: line.code, from: input.from, to: input.to, capacityUnits: input.capacityUnits },
      });
    });
  } catch (err) {
    if (isCheckViolation(err, 'production_capacity_booked_within_capacity')) {
      throw new DomainError('capacity_below_booked', `Some days between ${input.from} and ${input.to} have more units booked than ${input.capacityUnits}`, {
        errors: [{ path: '/capacityUnits', in: 'body', code: 'capacity_below_booked', message: 'is below what is already booked on some days' }],
      });
    }
    throw err;
  }
  return capacityCalendar(db, { from: input.from, to: input.to, lineId });
}

/** Every day of every line in the range (sub-query), with its capacity, bookings and free units. */
function calendarDays(range: { from: string; to: string }, lineFilter: SQL): SQL {
  return sql`
    SELECT l.id AS line_id, l.code AS line_code, l.capacity_unit, to_char(d, 'YYYY-MM-DD') AS date,
           coalesce(c.capacity_units, CASE WHEN extract(isodow FROM d)::int = ANY(l.working_weekdays) THEN l.default_daily_capacity ELSE 0 END) AS capacity_units,
           coalesce(c.booked_units, 0) AS booked_units,
           c.line_id IS NOT NULL AS set_for_day
    FROM production_lines l
    CROSS JOIN generate_series(${range.from}::date, ${range.to}::date, interval '1 day') d
    LEFT JOIN production_capacity c ON c.line_id = l.id AND c.day = d::date
    WHERE ${lineFilter}`;
}

/** The calendar of one line, or of every active line, for a range of days. */
export async function capacityCalendar(db: Executor, query: { from: string; to: string; lineId?: string }): Promise<CapacityDay[]> {
  assertCalendarRange(query.from, query.to, 'query');
  if (query.lineId) await getProductionLine(db, query.lineId);
  const lineFilter = query.lineId ? sql`l.id = ${query.lineId}::uuid` : sql`l.active`;
  const rows = await queryRows<{ line_id: string; line_code: string; capacity_unit: CapacityDay['capacityUnit']; date: string; capacity_units: number; booked_units: number; set_for_day: boolean }>(
    db,
    sql`SELECT * FROM (${calendarDays(query, lineFilter)}) cal ORDER BY line_code, date`,
  );
  return rows.map((r) => {
    const capacityUnits = Number(r.capacity_units);
    const bookedUnits = Number(r.booked_units);
    return {
      lineId: r.line_id,
      lineCode: r.line_code,
      capacityUnit: r.capacity_unit,
      date: r.date,
      capacityUnits,
      bookedUnits,
      freeUnits: Math.max(capacityUnits - bookedUnits, 0),
      source: r.set_for_day ? 'set' : 'default',
    };
  });
}

/** What the capacity check compared: the days counted, the free units found and the units needed. */
export interface CapacityEvidence {
  from: string;
  /** The last production day counted (the day before delivery), or null when there is none. */
  to: string | null;
  workingDays: number;
  activeLines: number;
  freeUnits: number;
  neededUnits: number;
  fits: boolean;
}

/**
 * Can `neededUnits` be produced from `from` (today) up to the day before `deliveryDate`?
 * Sums the free units of every active line over those days; days without free capacity on
 * any line do not count as working days.
 */
export async function capacityUntil(db: Executor, input: { from: string; deliveryDate: string; neededUnits: number }): Promise<CapacityEvidence> {
  const days = daysBetween(input.from, input.deliveryDate);
  if (days < 1) {
    return { from: input.from, to: null, workingDays: 0, activeLines: 0, freeUnits: 0, neededUnits: input.neededUnits, fits: input.neededUnits === 0 };
  }
  // Never look further than a calendar range may reach; beyond that is not planned yet.
  const to = new Date(Date.parse(`${input.from}T00:00:00Z`) + (Math.min(days, maxCalendarDays) - 1) * 86_400_000).toISOString().slice(0, 10);
  const [row] = await queryRows<{ free_units: number; working_days: number; active_lines: number }>(
    db,
    sql`SELECT coalesce(sum(greatest(capacity_units - booked_units, 0)), 0)::int AS free_units,
               count(DISTINCT date) FILTER (WHERE capacity_units > booked_units)::int AS working_days,
               count(DISTINCT line_id)::int AS active_lines
        FROM (${calendarDays({ from: input.from, to }, sql`l.active`)}) cal`,
  );
  const freeUnits = Number(row?.free_units ?? 0);
  return {
    from: input.from,
    to,
    workingDays: Number(row?.working_days ?? 0),
    activeLines: Number(row?.active_lines ?? 0),
    freeUnits,
    neededUnits: input.neededUnits,
    fits: freeUnits >= input.neededUnits,
  };
}
