import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connect.js';
import { rowFromJson } from '../../platform/db/json-rows.js';
import { queryRows } from '../../platform/db/sql.js';
import { type Actor, recordChange } from '../../platform/audit/record.js';
import type { TaskKind } from './contract.js';
import { tasks } from './schema.js';
import { holderAudience, taskMessage } from './messages.js';

/** Who the trail names for what the scan does. */
const scanActor: Actor = { userId: null, label: 'system:task-scan' };

/** How long before an exception contact falls due its holder is warned. */
export const taskWarnMinutes = 30;

/** The tasks whose deadline is watched: the 2-hour contact of an exception order (SPEC §3). */
const watchedKinds: readonly TaskKind[] = ['order_exception'];

export interface TaskScanResult {
  warned: number;
  escalated: number;
}

type TaskRow = typeof tasks.$inferSelect;
type TaskCondition = (alias: SQL) => SQL;

/**
 * Takes one open task matching `due` and applies `set` to it, in the caller's transaction;
 * SKIP LOCKED and the condition repeated on the row updated hand each task to one scan only
 * (as the SLA scan does with its clocks).
 */
async function takeOne(tx: Tx, due: TaskCondition, set: SQL): Promise<TaskRow | undefined> {
  const [row] = await queryRows<{ task: Record<string, unknown> }>(
    tx,
    sql`WITH picked AS MATERIALIZED (
          SELECT s.id FROM tasks s WHERE ${due(sql`s`)} ORDER BY s.due_at LIMIT 1 FOR UPDATE SKIP LOCKED
        )
        UPDATE tasks c SET ${set}
        FROM picked
        WHERE c.id = picked.id AND ${due(sql`c`)}
        RETURNING to_jsonb(c) AS task`,
  );
  return row ? rowFromJson(tasks, row.task) : undefined;
}

/**
 * Warns the holder of each open exception task due within `taskWarnMinutes` (outbox
 * `task.warned`), and tells the managers and the holder of each one past due (outbox
 * `task.escalated`); reminds the holder of each lead follow-up past due (`task.overdue`): each once, in its own transaction with its audit event, even with
 * several scans at the same time. A task already past due when first seen is escalated,
 * not warned. Runs every minute; at most `limit` tasks of each sort per run.
 */
export async function scanTasks(db: Db, now: Date, options: { limit?: number } = {}): Promise<TaskScanResult> {
  const limit = options.limit ?? 500;
  const at = sql`${now.toISOString()}::timestamptz`;
  const warnFrom = sql`${new Date(now.getTime() + taskWarnMinutes * 60_000).toISOString()}::timestamptz`;
  const kinds = sql`(${sql.join(
    watchedKinds.map((k) => sql`${k}`),
    sql`, `,
  )})`;
  const result: TaskScanResult = { warned: 0, escalated: 0 };

  const toWarn: TaskCondition = (t) => sql`${t}.status = 'open' AND ${t}.kind IN ${kinds} AND ${t}.warned_at IS NULL AND ${t}.escalated_at IS NULL AND ${t}.due_at <= ${warnFrom} AND ${t}.due_at >= ${at}`;
  while (result.warned < limit) {
    const warned = await db.transaction(async (tx) => {
      const row = await takeOne(tx, toWarn, sql`warned_at = ${at}`);
      if (row) {
        await recordChange(
          tx,
          scanActor,
          now,
          { entityType: 'task', entityId: row.id, customerId: row.customerId, action: 'task.warned', after: { dueAt: row.dueAt.toISOString(), assigneeId: row.assigneeId } },
          [taskMessage(row, 'task.warned', holderAudience(row))],
        );
      }
      return Boolean(row);
    });
    if (!warned) break;
    result.warned += 1;
  }

  // A lead's follow-up past due reminds its holder (the lead's owner), once.
  const toEscalate: TaskCondition = (t) => sql`${t}.status = 'open' AND (${t}.kind IN ${kinds} OR ${t}.lead_id IS NOT NULL) AND ${t}.escalated_at IS NULL AND ${t}.due_at < ${at}`;
  while (result.escalated < limit) {
    const escalated = await db.transaction(async (tx) => {
      const row = await takeOne(tx, toEscalate, sql`escalated_at = ${at}`);
      if (row?.leadId) {
        await recordChange(
          tx,
          scanActor,
          now,
          { entityType: 'task', entityId: row.id, customerId: row.customerId, action: 'task.overdue', after: { dueAt: row.dueAt.toISOString(), assigneeId: row.assigneeId, leadId: row.leadId } },
          [taskMessage(row, 'task.overdue', holderAudience(row))],
        );
      } else if (row) {
        const holder = holderAudience(row);
        await recordChange(
          tx,
          scanActor,
          now,
          { entityType: 'task', entityId: row.id, customerId: row.customerId, action: 'task.escalated', after: { dueAt: row.dueAt.toISOString(), assigneeId: row.assigneeId } },
          [taskMessage(row, 'task.escalated', { roles: ['manager', ...(holder.roles ?? [])], ...(holder.userIds ? { userIds: holder.userIds } : {}) })],
        );
      }
      return Boolean(row);
    });
    if (!escalated) break;
    result.escalated += 1;
  }
  return result;
}
