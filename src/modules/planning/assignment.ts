import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/connect.js';
import { recordChange } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { findStaffMember, type Role } from '../identity/service.js';
import type { StageAssignment, StageView } from './contract.js';
import type { StageWorker } from './progress.js';
import { planStages } from './schema.js';
import { toStageView } from './views.js';

/**
 * Gives a plan stage to one person in its owner role (or back to the whole role), with a
 * note: audited on the order, and the person is told. Who may: the stage's role, a manager or
 * an admin. Refused for a person deactivated or without the role.
 */
export async function assignStage(db: Db, worker: StageWorker, now: Date, orderId: string, stageId: string, input: StageAssignment): Promise<StageView> {
  return db.transaction(async (tx) => {
    const [stage] = await tx
      .select()
      .from(planStages)
      .where(and(eq(planStages.orderId, orderId), eq(planStages.id, stageId)))
      .for('update');
    if (!stage) throw new DomainError('not_found', `Order ${orderId} has no plan stage ${stageId}`);
    if (!worker.roles.some((r) => r === stage.ownerRole || r === 'manager' || r === 'admin')) {
      throw new DomainError('stage_role_required', `The ${stage.key} stage belongs to ${stage.ownerRole}; your roles are ${worker.roles.join(', ')}`);
    }
    if (stage.status === 'cancelled') throw new DomainError('plan_cancelled', 'The order was cancelled; its plan is closed');
    if (stage.status === 'done') throw new DomainError('stage_already_done', `The ${stage.key} stage is already done`);
    const member = input.userId ? await findStaffMember(tx, input.userId) : null;
    if (input.userId && !member) {
      throw new DomainError('unknown_reference', `No staff member ${input.userId}`, { errors: [{ path: '/userId', in: 'body', code: 'unknown', message: 'is not a staff member' }] });
    }
    if (member && !member.active) throw new DomainError('stage_assignee_inactive', `${member.name} is deactivated`, { meta: { userId: member.id } });
    if (member && !member.roles.includes(stage.ownerRole as Role)) {
      throw new DomainError('stage_assignee_role_missing', `${member.name} does not have the ${stage.ownerRole} role of the ${stage.key} stage`, {
        meta: { role: stage.ownerRole },
        errors: [{ path: '/userId', in: 'body', code: 'role', message: `must hold the ${stage.ownerRole} role` }],
      });
    }
    const note = input.note.trim();
    const [updated] = await tx
      .update(planStages)
      .set({ assigneeUserId: member?.id ?? null, assigneeName: member?.name ?? null, updatedAt: now })
      .where(eq(planStages.id, stage.id))
      .returning();
    await recordChange(
      tx,
      worker,
      now,
      {
        entityType: 'order',
        entityId: orderId,
        customerId: stage.customerId,
        action: 'plan.stage_assigned',
        before: { stage: stage.key, assigneeUserId: stage.assigneeUserId, assigneeName: stage.assigneeName },
        after: { stage: stage.key, assigneeUserId: member?.id ?? null, assigneeName: member?.name ?? null, note },
      },
      member
        ? [{ topic: 'order.stage_assigned', customerId: stage.customerId, payload: { orderId, step: stage.key, reason: note, audience: { userIds: [member.id] } } }]
        : [],
    );
    const plan = await tx.select().from(planStages).where(eq(planStages.orderId, orderId));
    return toStageView(updated!, plan);
  });
}
