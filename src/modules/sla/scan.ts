import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connect.js';
import { rowFromJson } from '../../platform/db/json-rows.js';
import { queryRows } from '../../platform/db/sql.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { clockChange, escalationMessage, warningMessage } from './clock.js';
import { slaClocks, type SlaClockRow } from './schema.js';

/** Who the trail names for what the scan does. */
const scanActor: Actor = { userId: null, label: 'system:sla-scan' };

export interface SlaScanResult {
  /** Clocks whose warning was sent by this scan. */
  warned: number;
  /** Clocks this scan found past due: now missed, the managers told. */
  escalated: number;
}

/** A condition on the clock table under the alias given. */
type ClockCondition = (alias: SQL) => SQL;

/**
 * Takes one clock matching `due` and applies `set` to it, in the caller's transaction.
 * `FOR UPDATE SKIP LOCKED` lets a second scan running at the same time take the next clock
 * instead of waiting; the condition, repeated on the row updated, makes a clock another
 * scan has just handled drop out, so each is handled once.
 */
async function takeOne(tx: Tx, due: ClockCondition, set: SQL): Promise<SlaClockRow | undefined> {
  const [row] = await queryRows<{ clock: Record<string, unknown> }>(
    tx,
    // MATERIALIZED: the pick runs once. As a plain sub-query the planner may rescan it per
    // candidate row, and each rescan can lock and hand over another clock.
    sql`WITH picked AS MATERIALIZED (
          SELECT s.order_id, s.kind FROM sla_clocks s WHERE ${due(sql`s`)} ORDER BY s.due_at LIMIT 1 FOR UPDATE SKIP LOCKED
        )
        UPDATE sla_clocks c SET ${set}
        FROM picked
        WHERE c.order_id = picked.order_id AND c.kind = picked.kind AND ${due(sql`c`)}
        RETURNING to_jsonb(c) AS clock`,
  );
  return row ? rowFromJson(slaClocks, row.clock) : undefined;
}

/**
 * Fires what the passage of time makes due (SPEC §4): warns the owner of each open clock
 * whose warning time has come (outbox `sla.warned`), and marks each open clock past its
 * due time missed and tells the managers (outbox `sla.escalated`). Each clock is handled in
 * its own transaction with its audit event, exactly once even when several processes scan
 * at the same time. A clock already past due when first seen is escalated, not warned.
 * Meant to run every minute; at most `limit` clocks of each sort per run, the rest next run.
 */
export async function scanSlaClocks(db: Db, now: Date, options: { limit?: number } = {}): Promise<SlaScanResult> {
  const limit = options.limit ?? 500;
  const at = sql`${now.toISOString()}::timestamptz`;
  const result: SlaScanResult = { warned: 0, escalated: 0 };

  const toWarn: ClockCondition = (t) => sql`${t}.status = 'open' AND ${t}.warned_at IS NULL AND ${t}.warn_at <= ${at} AND ${t}.due_at >= ${at}`;
  while (result.warned < limit) {
    const warned = await db.transaction(async (tx) => {
      const row = await takeOne(tx, toWarn, sql`warned_at = ${at}`);
      if (row) await recordChange(tx, scanActor, now, clockChange(row, 'sla.warned', {}, { dueAt: row.dueAt.toISOString() }), [warningMessage(row)]);
      return Boolean(row);
    });
    if (!warned) break;
    result.warned += 1;
  }

  const toEscalate: ClockCondition = (t) => sql`${t}.status = 'open' AND ${t}.due_at < ${at}`;
  while (result.escalated < limit) {
    const escalated = await db.transaction(async (tx) => {
      const row = await takeOne(tx, toEscalate, sql`status = 'missed', escalated_at = ${at}`);
      if (row) {
        await recordChange(tx, scanActor, now, clockChange(row, 'sla.escalated', { status: 'open' }, { status: 'missed', dueAt: row.dueAt.toISOString() }), [
          escalationMessage(row),
        ]);
      }
      return Boolean(row);
    });
    if (!escalated) break;
    result.escalated += 1;
  }
  return result;
}
