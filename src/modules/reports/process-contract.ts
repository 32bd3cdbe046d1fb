import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../../platform/http/schemas.js';
import { MessageParams } from '../../platform/messages.js';
import { orderStatuses } from '../orders/contract.js';

/** The period and order type a bottleneck or process report is asked for. */
export const ReportQuery = Type.Object({
  from: Type.Optional(Type.String({ description: 'First business day of the period (YYYY-MM-DD, company time zone)' })),
  to: Type.Optional(Type.String({ description: 'Last business day of the period, inclusive; at most 24 months after from' })),
});
export const ProcessQuery = Type.Object({
  ...ReportQuery.properties,
  type: Type.Optional(Type.String({ description: 'Only orders of this type: standard, custom or urgent' })),
});

const Durations = {
  medianSeconds: Nullable(Type.Integer()),
  p90Seconds: Nullable(Type.Integer()),
};

/** Process mining over the order statuses recorded in the audit trail. */
export const ProcessMap = Type.Object({
  from: Type.String(),
  to: Type.String(),
  type: Nullable(Type.String()),
  /** Orders received in the period: the cases. */
  cases: Type.Integer(),
  nodes: Type.Array(Type.Object({ status: StringEnum(orderStatuses), cases: Type.Integer() })),
  /** The directly-follows graph: one edge per pair of statuses an order moved between, with the time it spent in the first. */
  edges: Type.Array(
    Type.Object({ from: Type.String(), to: Type.String(), cases: Type.Integer(), occurrences: Type.Integer(), ...Durations, orderIds: Type.Array(Type.String()) }),
  ),
  /** The distinct paths of statuses, most frequent first. */
  variants: Type.Array(Type.Object({ path: Type.Array(Type.String()), cases: Type.Integer(), share: Type.Number(), orderIds: Type.Array(Type.String()) })),
  /** Work done again: resubmitted exceptions, reviews rejected or sent back, orders revised back into the audit. */
  rework: Type.Array(Type.Object({ event: Type.String(), from: Type.String(), to: Type.String(), cases: Type.Integer(), occurrences: Type.Integer(), orderIds: Type.Array(Type.String()) })),
  /** Every recorded transition checked against the order state table. */
  conformance: Type.Object({
    transitions: Type.Integer(),
    conforming: Type.Integer(),
    deviations: Type.Array(
      Type.Object({
        orderId: Type.String(),
        orderNumber: Nullable(Type.String()),
        at: Type.String(),
        action: Type.String(),
        event: Type.String(),
        from: Type.String(),
        to: Type.String(),
        /** not_in_state_table: the table has no such move; not_from_current_status: the order was in another status then. */
        reason: Type.Union([Type.Literal('not_in_state_table'), Type.Literal('not_from_current_status')]),
      }),
    ),
  }),
  /** The slowest edge said in words: a code with parameters, and its English sentence. */
  /** The number of every order listed above by id (null while an order has none yet), for links. */
  orderNumbers: Type.Record(Type.String(), Nullable(Type.String())),
  slowest: Nullable(Type.Object({ code: Type.String(), params: MessageParams, sentence: Type.String() })),
});
export type ProcessMap = Static<typeof ProcessMap>;
