import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Nullable, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { slaStatuses } from './states.js';
export { slaStatuses, type SlaStatus } from './states.js';

/* An order's deadlines as the API answers them, and a late reason as it is sent. */

/**
 * The deadlines a clock can watch (SPEC §4): the response to an order and its execution
 * plan. A new kind (e.g. a department confirming resources within 1 h) is one more name
 * here and a caller that opens and closes it.
 */
export const slaKinds = ['response', 'plan'] as const;
export type SlaKind = (typeof slaKinds)[number];

export const pendingStates = ['at_risk', 'overdue', 'all'] as const;
export type PendingState = (typeof pendingStates)[number];

export const maxLateReasonLength = 1000;

export const SlaClockView = Type.Object({
  orderId: Type.String(),
  orderNumber: Type.String(),
  customerId: Type.String(),
  kind: StringEnum(slaKinds),
  status: StringEnum(slaStatuses),
  dueAt: Type.String(),
  warnAt: Type.String(),
  secondsLeft: Nullable(Type.Integer({ description: "Seconds until due by the server's clock, negative when overdue; null once the step is done" })),
  warnedAt: Nullable(Type.String()),
  escalatedAt: Nullable(Type.String()),
  satisfiedAt: Nullable(Type.String({ description: 'When the step the deadline asks for was done' })),
  lateReason: Nullable(Type.Object({ reason: Type.String(), by: Type.String(), at: Type.String() })),
});
export type SlaClockView = Static<typeof SlaClockView>;

export const NextDeadline = Type.Object(
  { kind: StringEnum(slaKinds), dueAt: Type.String(), secondsLeft: Type.Integer() },
  { description: 'The soonest deadline whose step is not done yet; secondsLeft is negative when overdue' },
);
export type NextDeadline = Static<typeof NextDeadline>;

export const LateReasonParams = StrictObject({ id: Uuid, kind: StringEnum(slaKinds) });
export const LateReasonBody = StrictObject({ reason: Type.String({ minLength: 1, maxLength: maxLateReasonLength }) });
export const PendingClockQuery = StrictObject({
  state: Type.Optional(StringEnum(pendingStates)),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});
