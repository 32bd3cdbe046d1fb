import { and, eq, inArray, isNotNull, max } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { tasks } from './schema.js';
import { contactKinds, type TaskKind } from './contract.js';

/** When each customer's latest contact task was done (a call, a visit, a check with them): their last contact by task. */
export async function lastTaskDoneAt(db: Executor, customerIds: readonly string[]): Promise<Map<string, Date>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .select({ customerId: tasks.customerId, at: max(tasks.doneAt) })
    .from(tasks)
    .where(and(inArray(tasks.customerId, [...customerIds]), isNotNull(tasks.doneAt), inArray(tasks.kind, [...contactKinds])))
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
