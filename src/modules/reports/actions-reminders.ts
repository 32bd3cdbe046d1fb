import { sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import type { Db } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import type { JobDefinition } from '../../platform/jobs/worker.js';
import { localDate } from '../../platform/time/zone.js';
import './actions-events.js';

export const remindOverdueActionsJobKind = 'reports.action_reminders';

const reminderActor: Actor = { userId: null, label: 'system:improvement-action-reminders' };

/**
 * Tells the owner of each open action past its due date (company zone) that it is overdue:
 * once per day per action (`reminded_on`), each in its own transaction with its audit event;
 * SKIP LOCKED and the condition repeated on the update hand each action to one run only.
 */
export async function remindOverdueActions(db: Db, now: Date, timeZone: string): Promise<number> {
  const today = localDate(now, timeZone);
  let reminded = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const due = (alias: string) =>
        sql`${sql.raw(alias)}.status = 'open' AND ${sql.raw(alias)}.due_date < ${today}::date AND (${sql.raw(alias)}.reminded_on IS NULL OR ${sql.raw(alias)}.reminded_on < ${today}::date)`;
      const [row] = await queryRows<{ id: string; title: string; figure_key: string; owner_id: string; due_date: string }>(
        tx,
        sql`WITH picked AS MATERIALIZED (
              SELECT s.id FROM improvement_actions s WHERE ${due('s')} ORDER BY s.due_date, s.id LIMIT 1 FOR UPDATE SKIP LOCKED
            )
            UPDATE improvement_actions a SET reminded_on = ${today}::date
            FROM picked WHERE a.id = picked.id AND ${due('a')}
            RETURNING a.id, a.title, a.figure_key, a.owner_id, to_char(a.due_date, 'YYYY-MM-DD') AS due_date`,
      );
      if (!row) return false;
      await recordChange(tx, reminderActor, now, { entityType: 'improvement_action', entityId: row.id, action: 'improvement_action.reminded', after: { remindedOn: today, dueDate: row.due_date, ownerId: row.owner_id } }, [
        { topic: 'report.action_overdue', payload: { actionId: row.id, actionTitle: row.title, figureKey: row.figure_key, dueDate: row.due_date, audience: { userIds: [row.owner_id] } } },
      ]);
      return true;
    });
    if (!done) return reminded;
    reminded += 1;
  }
}

export function remindOverdueActionsJob(timeZone: string): JobDefinition<typeof remindOverdueActionsJobKind> {
  return {
    kind: remindOverdueActionsJobKind,
    // A missed run is caught up by the next one: the day's reminder is still owed.
    maxAttempts: 1,
    async run(_payload, { db, now, log }) {
      const reminded = await remindOverdueActions(db, now, timeZone);
      if (reminded > 0) log.info({ reminded }, 'Overdue improvement actions reminded');
    },
  };
}
