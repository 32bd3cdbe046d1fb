import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Nullable, StrictObject, StringEnum, Text, Uuid } from '../../platform/http/schemas.js';
import { MessageParams } from '../../platform/messages.js';
import { roles } from '../identity/service.js';
import { taskStatuses } from './states.js';

/* Tasks as the API answers them, and what completing one may carry. */

/**
 * order_exception: clarify an exception order with the customer and resubmit it (SPEC §3);
 * pre_delivery_check: 24 h before delivery, re-check the goods and address and confirm the
 * time with the customer (SPEC §7); aftersales_contact: contact the customer about a case
 * within 2 h (SPEC §8); aftersales_follow_up: the visit after a case closes (SPEC §9);
 * call, visit, message: a call, a visit or a message someone scheduled by hand for a customer
 * or an order, or for every customer of a segment; return_visit: the periodic visit a
 * customer's tier calls for (relationship upkeep).
 */
export const taskKinds = ['order_exception', 'pre_delivery_check', 'aftersales_contact', 'aftersales_follow_up', 'call', 'visit', 'message', 'return_visit'] as const;
export type TaskKind = (typeof taskKinds)[number];
/** The kinds of task that reach the customer: the last one done is when the customer was last contacted (segments, return visits). */
export const contactKinds: readonly TaskKind[] = ['order_exception', 'call', 'visit', 'message', 'return_visit', 'aftersales_contact', 'aftersales_follow_up', 'pre_delivery_check'];
/** The kinds a person may schedule by hand; the others are opened by the process. */
export const scheduledKinds = ['call', 'visit', 'message'] as const;
export type ScheduledKind = (typeof scheduledKinds)[number];
/**
 * How a follow-up of a sales lead went: reached (spoke with them), no_answer (nobody
 * reached: the lead stays where it was), not_interested (reached, and they declined).
 */
export const followUpOutcomes = ['reached', 'no_answer', 'not_interested'] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];
export { taskStatuses, type TaskStatus } from './states.js';

export const TaskView = Type.Object({
  id: Type.String(),
  kind: StringEnum(taskKinds),
  orderId: Nullable(Type.String()),
  customerId: Nullable(Type.String()),
  leadId: Nullable(Type.String({ description: 'The sales lead a follow-up is for' })),
  role: Type.String(),
  assigneeId: Nullable(Type.String()),
  assigneeName: Nullable(Type.String({ description: 'Who holds the task, by name; null while it is for anyone in its role' })),
  summary: Type.String({ description: 'What to do, in English' }),
  summaryCode: Nullable(Type.String({ description: 'What to do as a code (messages.<code>), null on tasks from before codes' })),
  summaryParams: MessageParams,
  dueAt: Type.String(),
  status: StringEnum(taskStatuses),
  createdAt: Type.String(),
  createdBy: Nullable(Type.String({ description: 'Who scheduled it by hand; null when the process opened it' })),
  doneAt: Nullable(Type.String()),
  doneBy: Nullable(Type.String()),
  doneNote: Nullable(Type.String()),
  outcome: Nullable(StringEnum(followUpOutcomes, { description: 'How a lead follow-up went; null on other tasks' })),
  warnedAt: Nullable(Type.String({ description: 'When the holder was told it falls due soon' })),
  escalatedAt: Nullable(Type.String({ description: 'When the managers were told it is overdue' })),
});
export type TaskView = Static<typeof TaskView>;

export const taskScopes = ['mine', 'team'] as const;
export type TaskScope = (typeof taskScopes)[number];

export const TaskQuery = StrictObject({
  status: Type.Optional(StringEnum(taskStatuses, { description: 'open (default) or done' })),
  scope: Type.Optional(
    StringEnum(taskScopes, {
      description: 'mine: assigned to me, or to nobody yet in one of my roles; team (default): every task of my roles (a manager or an admin sees all)',
    }),
  ),
  kind: Type.Optional(StringEnum(taskKinds)),
  assignee: Type.Optional(Type.String({ pattern: '^(me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$', description: '"me", "none" (unassigned) or a user id' })),
  overdue: Type.Optional(Type.Boolean({ description: 'Only tasks past their due time' })),
  orderId: Type.Optional(Uuid),
  customerId: Type.Optional(Uuid),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});
export const TaskCompletion = Type.Optional(StrictObject({ note: Type.Optional(Type.String({ maxLength: 2000 })) }));

/** Gives a task to one person (who must hold the task's role), saying why. */
export const TaskAssignment = StrictObject({ userId: Uuid, note: Text(1000) });
export type TaskAssignment = Static<typeof TaskAssignment>;

/** A call, a visit or a message scheduled by hand, for a customer or one of their orders. */
export const TaskSchedule = StrictObject({
  kind: StringEnum(scheduledKinds),
  customerId: Type.Optional(Uuid),
  orderId: Type.Optional(Uuid),
  summary: Text(2000),
  dueAt: Type.String({ format: 'date-time' }),
  role: Type.Optional(StringEnum(roles, { description: 'The role the task is for; by default the first of yours' })),
  assigneeId: Type.Optional(Type.String({ ...Uuid, description: 'One person in the role; by default you' })),
});
export type TaskSchedule = Static<typeof TaskSchedule>;

/** Whom a task or an order may be given to: the active staff. */
export const StaffMemberView = Type.Object({ id: Type.String(), name: Type.String(), roles: Type.Array(Type.String()) });
