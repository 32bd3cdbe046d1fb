import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Nullable, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { TextMessage } from '../../platform/messages.js';

/** What a customer's timeline holds, each from the module that keeps it. */
export const timelineKinds = ['order_received', 'order_delivered', 'order_contact', 'case_opened', 'case_closed', 'feedback', 'follow_up_done'] as const;

export const TimelineEntryView = Type.Object({
  kind: StringEnum(timelineKinds),
  id: Type.String({ description: 'The row it is kept in: the order, contact, case, feedback or task' }),
  at: Type.String({ format: 'date-time' }),
  orderId: Nullable(Type.String()),
  orderNumber: Nullable(Type.String()),
  caseId: Nullable(Type.String()),
  by: Nullable(Type.String({ description: 'Who did it, by name' })),
  params: Type.Record(Type.String(), Nullable(Type.Union([Type.String(), Type.Number()])), {
    description:
      'order_received: channel, totalMinor, currency, status; order_contact: channel, summary, outcome; case_opened: type, source, summary; ' +
      'case_closed: type, resolution; feedback: channel, the four scores, comments; follow_up_done: taskKind, note',
  }),
  /** What a task or an automatic case said, as a code (messages.<code>) and its parameters. */
  message: Nullable(TextMessage),
});
export type TimelineEntryView = Static<typeof TimelineEntryView>;

export const TimelineQuery = StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) });
