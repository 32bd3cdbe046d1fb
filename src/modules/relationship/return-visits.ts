import type { Db } from '../../platform/db/connect.js';
import { recordChanges, type Actor } from '../../platform/audit/record.js';
import { listCustomers, type CustomerView } from '../customers/service.js';
import { listActiveStaff, type Role, type StaffMember } from '../identity/service.js';
import { lastOrderContactAt } from '../orders/service.js';
import { customersWithOpenTask, lastTaskDoneAt, openOrderTask } from '../tasks/service.js';
import { loadReturnVisits } from './settings.js';

const system: Actor = { userId: null, label: 'system' };
const dayMs = 86_400_000;
const batchSize = 200;

/** The customer's owner holds the visit, in their sales role when they have one; otherwise any salesperson. */
function holderOf(customer: CustomerView, staff: Map<string, StaffMember>): { role: Role; assignee: StaffMember | null } {
  const owner = customer.ownerUserId ? staff.get(customer.ownerUserId) : undefined;
  if (!owner) return { role: 'sales', assignee: null };
  return { role: owner.roles.includes('sales') || owner.roles.length === 0 ? 'sales' : owner.roles[0]!, assignee: owner };
}

/**
 * Opens a return visit for every active customer whose tier calls for visits and who has not
 * been contacted (a task done with them, a contact logged on an order) for that many days — or
 * since they became a customer. A customer with a visit still open gets no second one. One
 * transaction per batch; the owner is told through the task's message.
 */
export async function planReturnVisits(db: Db, now: Date): Promise<{ opened: number }> {
  const settings = await loadReturnVisits(db);
  const staff = new Map((await listActiveStaff(db)).map((member) => [member.id, member]));
  let opened = 0;
  for (const tier of ['vip', 'normal', 'new'] as const) {
    const everyDays = settings.everyDays[tier];
    if (everyDays === null) continue;
    const dueBefore = now.getTime() - everyDays * dayMs;
    let cursor: string | undefined;
    do {
      const page = await listCustomers(db, { tier, active: true, sort: 'created', limit: batchSize, ...(cursor ? { cursor } : {}) });
      cursor = page.nextCursor ?? undefined;
      const ids = page.items.map((c) => c.id);
      const [tasksDone, contacts, visitsOpen] = await Promise.all([lastTaskDoneAt(db, ids), lastOrderContactAt(db, ids), customersWithOpenTask(db, ids, 'return_visit')]);
      const due = page.items.flatMap((customer) => {
        if (visitsOpen.has(customer.id)) return [];
        const lastContact = [tasksDone.get(customer.id), contacts.get(customer.id)].reduce<Date | undefined>((latest, at) => (at && (!latest || at > latest) ? at : latest), undefined);
        const since = lastContact?.getTime() ?? Date.parse(customer.createdAt);
        return since <= dueBefore ? [{ customer, lastContact }] : [];
      });
      if (due.length === 0) continue;
      await db.transaction(async (tx) => {
        for (const { customer, lastContact } of due) {
          const { role, assignee } = holderOf(customer, staff);
          const task = await openOrderTask(tx, now, {
            kind: 'return_visit',
            orderId: null,
            orderNumber: null,
            customerId: customer.id,
            role,
            assigneeId: assignee?.id ?? null,
            assigneeName: assignee?.name ?? null,
            dueAt: new Date(now.getTime() + settings.dueDays * dayMs),
            summary: lastContact
              ? { code: 'task.return_visit', params: { customer: customer.name, tier, everyDays, lastContactAt: lastContact.toISOString() } }
              : { code: 'task.return_visit_first', params: { customer: customer.name, tier, everyDays } },
          });
          // Each customer's audit chain takes its own append.
          await recordChanges(tx, system, now, task.changes, task.messages);
        }
      });
      opened += due.length;
    } while (cursor);
  }
  return { opened };
}
