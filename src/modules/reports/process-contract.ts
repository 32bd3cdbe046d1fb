import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema } from '../../platform/http/pagination.js';
import { Nullable, Page, StringEnum } from '../../platform/http/schemas.js';
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

/** How many orders a drill-down page lists unless `limit` says otherwise. */
export const reportOrdersPageSize = 100;

/** One figure of a bottleneck or process report whose orders are wanted, a page at a time. */
export const ReportOrdersQuery = Type.Object({
  figure: Type.String({ minLength: 1, maxLength: 1000, description: "The figure, keyed as the report's description says" }),
  cursor: Type.Optional(cursorSchema),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: `Page size (1–500, default ${reportOrdersPageSize})` })),
});
export type ReportOrdersQuery = Static<typeof ReportOrdersQuery>;

/** A page of the orders behind one figure, by id, each with its number (null while it has none) for links. */
export const ReportOrders = Type.Object({ figure: Type.String(), ...Page(Type.Object({ id: Type.String({ format: 'uuid' }), number: Nullable(Type.String()) })).properties });
export type ReportOrders = Static<typeof ReportOrders>;

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
  edges: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), cases: Type.Integer(), occurrences: Type.Integer(), ...Durations })),
  /** The distinct paths of statuses, most frequent first. */
  variants: Type.Array(Type.Object({ path: Type.Array(Type.String()), cases: Type.Integer(), share: Type.Number() })),
  /** Work done again: resubmitted exceptions, reviews rejected or sent back, orders revised back into the audit. */
  rework: Type.Array(Type.Object({ event: Type.String(), from: Type.String(), to: Type.String(), cases: Type.Integer(), occurrences: Type.Integer() })),
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
  slowest: Nullable(Type.Object({ code: Type.String(), params: MessageParams, sentence: Type.String() })),
});
export type ProcessMap = Static<typeof ProcessMap>;
