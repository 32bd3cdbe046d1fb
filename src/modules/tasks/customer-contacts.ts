import { and, eq, inArray, isNotNull, max, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { tasks } from './schema.js';
import { contactKinds, type TaskKind } from './contract.js';
import type { TaskStatus } from './states.js';

/** A task done that reached a customer: the one definition of a contact by task (segments, return visits). */
const contactTaskDone = and(eq(tasks.status, 'done' satisfies TaskStatus), isNotNull(tasks.customerId), inArray(tasks.kind, [...contactKinds]))!;

/** Each customer's last contact as a sub-query: `customer_id`, `last_contact_at` (the latest contact task done). */
export function customerLastContacts(): SQL {
  return sql`SELECT ${tasks.customerId} AS customer_id, max(${tasks.doneAt}) AS last_contact_at FROM ${tasks} WHERE ${contactTaskDone} GROUP BY ${tasks.customerId}`;
}

/** When each of these customers was last contacted by task, for a batch of them. */
export async function lastTaskDoneAt(db: Executor, customerIds: readonly string[]): Promise<Map<string, Date>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .select({ customerId: tasks.customerId, at: max(tasks.doneAt) })
    .from(tasks)
    .where(and(inArray(tasks.customerId, [...customerIds]), contactTaskDone))
    .groupBy(tasks.customerId);
  return new Map(rows.flatMap((r) => (r.customerId && r.at ? [[r.customerId, r.at] as const] : [])));
}

/** The customers among these with an open task of the kind. */
export async function customersWithOpenTask(db: Executor, customerIds: readonly string[], kind: TaskKind): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ customerId: tasks.customerId })
    .from(tasks)
    .where(and(inArray(tasks.customerId, [...customerIds]), eq(tasks.kind, kind), eq(tasks.status, 'open')));
  return new Set(rows.flatMap((r) => (r.customerId ? [r.customerId] : [])));
}
