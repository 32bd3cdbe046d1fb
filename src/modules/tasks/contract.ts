import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Nullable, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { MessageParams } from '../../platform/messages.js';
import { taskStatuses } from './states.js';

/* Tasks as the API answers them, and what completing one may carry. */

/**
 * order_exception: clarify an exception order with the customer and resubmit it (SPEC §3);
 * pre_delivery_check: 24 h before delivery, re-check the goods and address and confirm the
 * time with the customer (SPEC §7); aftersales_contact: contact the customer about a case
 * within 2 h (SPEC §8); aftersales_follow_up: the visit after a case closes (SPEC §9).
 */
export const taskKinds = ['order_exception', 'pre_delivery_check', 'aftersales_contact', 'aftersales_follow_up'] as const;
export type TaskKind = (typeof taskKinds)[number];
export { taskStatuses, type TaskStatus } from './states.js';

export const TaskView = Type.Object({
  id: Type.String(),
  kind: StringEnum(taskKinds),
  orderId: Nullable(Type.String()),
  customerId: Nullable(Type.String()),
  role: Type.String(),
  assigneeId: Nullable(Type.String()),
  summary: Type.String({ description: 'What to do, in English' }),
  summaryCode: Nullable(Type.String({ description: 'What to do as a code (messages.<code>), null on tasks from before codes' })),
  summaryParams: MessageParams,
  dueAt: Type.String(),
  status: StringEnum(taskStatuses),
  createdAt: Type.String(),
  doneAt: Nullable(Type.String()),
  doneBy: Nullable(Type.String()),
  doneNote: Nullable(Type.String()),
});
export type TaskView = Static<typeof TaskView>;

export const TaskQuery = StrictObject({
  status: Type.Optional(StringEnum(taskStatuses, { description: 'open (default) or done' })),
  orderId: Type.Optional(Uuid),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});
export const TaskCompletion = Type.Optional(StrictObject({ note: Type.Optional(Type.String({ maxLength: 2000 })) }));
