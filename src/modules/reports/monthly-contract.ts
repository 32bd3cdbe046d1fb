import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StringEnum, StrictObject } from '../../platform/http/schemas.js';
import { orderStatuses } from '../orders/contract.js';
import { improvementActionStatuses } from './states.js';

/** What each monthly figure measures (the README's "Monthly report" section defines each). */
export const monthlyMetrics = [
  'orders.total',
  'orders.byChannel',
  'orders.byType',
  'orders.byPriority',
  'response.averageHours',
  'response.medianHours',
  'deliveryCycle.averageDays',
  'exceptions.count',
  'exceptions.rate',
  'satisfaction.average',
  'onTime.rate',
  'onTime.lateCount',
  'sla.hitRate',
  'complaints.byProduct',
  'logistics.costByCarrier',
  'logistics.costPerOrderByCarrier',
  'logistics.costPerOrder',
] as const;
export type MonthlyMetric = (typeof monthlyMetrics)[number];

export const figureUnits = ['count', 'hours', 'days', 'ratio', 'score', 'money'] as const;
export type FigureUnit = (typeof figureUnits)[number];

export const reportFormats = ['json', 'xlsx', 'csv', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const Figure = Type.Object({
  /** Stable for the figure across months: `metric`, then `:dimension`, then `:currency` when there are. */
  key: Type.String(),
  metric: StringEnum(monthlyMetrics),
  /** A channel, order type, priority, satisfaction dimension, `kind.priority` of an SLA clock, SKU or carrier; null for totals. */
  dimension: Nullable(Type.String()),
  /** What people call the dimension when it is not a code (a product's name). */
  label: Nullable(Type.String()),
  currency: Nullable(Type.String()),
  unit: StringEnum(figureUnits),
  /** Null when nothing was there to measure (an average of no orders). Ratios are 0–1; money in minor units. */
  value: Nullable(Type.Number()),
  previous: Nullable(Type.Number()),
  /** value − previous (for ratios: in points of the ratio); null when either is null. */
  change: Nullable(Type.Number()),
  /** How many orders stand behind the figure: what its drill-down lists. */
  orders: Type.Integer(),
});
export type Figure = Static<typeof Figure>;

/** Whether the figure should rise (on-time rate) or fall (response hours) to count as better. */
export const actionDirections = ['up', 'down'] as const;
export type ActionDirection = (typeof actionDirections)[number];

/** An action as the monthly report shows it: open during the month, with its figure's value that month. */
/** What every view of an improvement action says of it: which figure it moves, from which month. */
export const actionFigureFields = {
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  /** The figure it should move, keyed as the monthly report keys it (`metric:dimension:currency`). */
  figureKey: Type.String(),
  metric: StringEnum(monthlyMetrics),
  dimension: Nullable(Type.String()),
  currency: Nullable(Type.String()),
  unit: StringEnum(figureUnits),
  /** The month whose report it was created from: the baseline is the figure's value then. */
  fromMonth: Type.String(),
};

export const ActionInMonth = Type.Object({
  ...actionFigureFields,
  ownerName: Nullable(Type.String()),
  dueDate: Type.String({ format: 'date' }),
  /** Its status at the end of the month (or now, for the current month). */
  status: StringEnum(improvementActionStatuses),
  baseline: Type.Number(),
  target: Type.Number(),
  direction: StringEnum(actionDirections),
  /** The figure's value in this month; null when there was nothing to measure. */
  value: Nullable(Type.Number()),
  /** value − baseline. */
  change: Nullable(Type.Number()),
  /** The value moved from the baseline the way the action wants; null without a value. */
  movedRightWay: Nullable(Type.Boolean()),
  /** The value reached the target (or beyond it, the right way). */
  targetMet: Nullable(Type.Boolean()),
});
export type ActionInMonth = Static<typeof ActionInMonth>;

export const MonthlyReport = Type.Object({
  month: Type.String({ description: 'YYYY-MM' }),
  previousMonth: Type.String(),
  /** The zone month boundaries are counted in (the company's). */
  timeZone: Type.String(),
  /** closed: answered from the snapshot taken when the month closed (or last recomputed); open: computed now. */
  state: StringEnum(['open', 'closed'] as const),
  computedAt: Type.String({ format: 'date-time' }),
  /** Who computed the snapshot (the closing job, or the manager who recomputed it); null while open. */
  computedBy: Nullable(Type.String()),
  /** 1 when the month closed; one more for every recomputation; 0 while open. */
  revision: Type.Integer(),
  figures: Type.Array(Figure),
  /** The improvement actions open at any time during the month, each with its figure's value this month against its baseline. */
  improvementActions: Type.Array(ActionInMonth),
});
export type MonthlyReport = Static<typeof MonthlyReport>;

export const MonthlyReportQuery = StrictObject({
  month: Type.String({ description: 'YYYY-MM, a month that has begun' }),
  format: Type.Optional(Type.String({ description: 'json (default), xlsx, csv or pdf' })),
  lang: Type.Optional(StringEnum(['zh-CN', 'en'] as const, { description: "The file's language; default the reader's" })),
});

export const MonthParams = StrictObject({ month: Type.String({ description: 'YYYY-MM' }) });

export const FigureOrdersQuery = StrictObject({
  month: Type.String({ description: 'YYYY-MM' }),
  figure: Type.String({ description: "A figure's key, as the report gives it" }),
});

export const FigureOrder = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Nullable(Type.String()),
  customerName: Type.String(),
  status: StringEnum(orderStatuses),
  channel: Type.String(),
  priorityLevel: Type.String(),
  receivedAt: Type.String({ format: 'date-time' }),
});

export const FigureOrders = Type.Object({
  month: Type.String(),
  figure: Type.String(),
  items: Type.Array(FigureOrder),
});
export type FigureOrders = Static<typeof FigureOrders>;
