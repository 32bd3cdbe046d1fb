import { Type, type Static } from '@sinclair/typebox';
import { limitSchema } from '../../platform/http/pagination.js';
import { LocalisedName, Nullable, StrictObject, StringEnum, Text, Uuid } from '../../platform/http/schemas.js';
import { planDelayStatuses, planStageStatuses } from './states.js';
export { planDelayStatuses, planStageStatuses, type PlanDelayStatus, type PlanStageStatus } from './states.js';

/* Plan templates, plans, the production queue and the promise-date quote as the API sends and answers them (this module's routes and the order's). */

export const planOrderTypes = ['standard', 'custom', 'urgent'] as const;
export type PlanOrderType = (typeof planOrderTypes)[number];

/**
 * When a stage applies: always; for orders with goods (not only services); for orders with
 * made-to-order lines; or when a stock line is short and must be procured.
 */
export const stageConditions = ['always', 'goods', 'made_to_order', 'stock_short'] as const;
export type StageCondition = (typeof stageConditions)[number];

/** The measures of SPEC §6: production, procurement and logistics each have two. */
export const contingencies = ['backup_line', 'outsource', 'backup_supplier', 'substitute_material', 'switch_carrier', 'customer_pickup'] as const;
export type Contingency = (typeof contingencies)[number];

export const TemplateStage = StrictObject({
  key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  name: LocalisedName,
  ownerRole: Type.String({ minLength: 1, maxLength: 32, description: 'The role that owns the stage, e.g. production' }),
  days: Type.Integer({
    minimum: 0,
    maximum: 120,
    description: "Default working days (0: a same-day step); a product's leadTimes[key] overrides it. The stage keyed production also waits for the capacity calendar",
  }),
  when: StringEnum(stageConditions, { description: 'always, goods (not services), made_to_order lines, or stock_short (a stock line must be procured)' }),
  delivery: Type.Boolean({ description: 'A delivery stage (logistics): the order is ready to ship when every stage before the first one is done' }),
});
export type TemplateStage = Static<typeof TemplateStage>;

export const TemplateVersion = Type.Object({
  orderType: StringEnum(planOrderTypes),
  version: Type.Integer(),
  stages: Type.Array(TemplateStage),
  createdAt: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
});
export type TemplateVersion = Static<typeof TemplateVersion>;

export const OrderTypeParams = StrictObject({ orderType: StringEnum(planOrderTypes) });
export const TemplateSave = StrictObject({ stages: Type.Array(TemplateStage, { minItems: 1, maxItems: 30 }) });

const reasonFields = { explanation: Type.String({ description: 'The factor said in words with its numbers' }) };
/** One factor behind a promise date: its kind, a sentence, and the figures it rests on. */
export const PromiseReason = Type.Union([
  Type.Object({ factor: Type.Literal('stock'), sku: Type.String(), quantity: Type.Integer(), inStock: Type.Integer(), shortUnits: Type.Integer(), ...reasonFields }),
  Type.Object({ factor: Type.Literal('calendar'), start: Type.String(), ...reasonFields }),
  Type.Object({
    factor: Type.Literal('stage'),
    stage: Type.String(),
    stageName: LocalisedName,
    days: Type.Integer(),
    source: Type.String({ description: 'Where the days come from: the template, or a product lead time' }),
    plannedStart: Type.String(),
    plannedEnd: Type.String(),
    ...reasonFields,
  }),
  Type.Object({
    factor: Type.Literal('capacity'),
    stage: Type.String(),
    stageName: LocalisedName,
    units: Type.Integer(),
    unitsAhead: Type.Integer(),
    activeLines: Type.Integer(),
    coveredOn: Nullable(Type.String({ description: 'The day the free capacity covers the units; null when the calendar has no room' })),
    ...reasonFields,
  }),
]);
export type PromiseReason = Static<typeof PromiseReason>;

export const QuoteRequest = StrictObject({
  customerId: Uuid,
  type: Type.Optional(StringEnum(planOrderTypes)),
  lines: Type.Array(StrictObject({ productId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }), { minItems: 1, maxItems: 500 }),
});
export type QuoteInput = Static<typeof QuoteRequest>;

export const Quote = Type.Object({
  promiseDate: Nullable(Type.String()),
  orderType: StringEnum(planOrderTypes),
  template: Type.Object({ orderType: Type.String(), version: Type.Integer() }),
  reasoning: Type.Array(PromiseReason),
});
export type Quote = Static<typeof Quote>;

/** What a person may report on a stage: start it, finish it, or report a delay. */
export const stageActions = ['start', 'finish', 'delay'] as const;
export type StageAction = (typeof stageActions)[number];

export const StageView = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  key: Type.String(),
  name: LocalisedName,
  ownerRole: Type.String(),
  assigneeUserId: Nullable(Type.String({ description: 'The person the stage is given to, besides its role' })),
  assigneeName: Nullable(Type.String()),
  days: Type.Integer(),
  units: Type.Integer(),
  delivery: Type.Boolean(),
  plannedStart: Type.String(),
  plannedEnd: Type.String(),
  actualStart: Nullable(Type.String()),
  actualEnd: Nullable(Type.String()),
  status: StringEnum(planStageStatuses),
  delayReason: Nullable(Type.String()),
  contingency: Nullable(StringEnum(contingencies)),
  measure: Nullable(Type.String({ description: 'The measure taken, as its owner wrote it' })),
  note: Nullable(Type.String()),
  updatedAt: Type.String(),
  actions: Type.Array(StringEnum(stageActions), {
    description: "What the stage takes now, read from the stage's state machine: start and finish once every earlier stage is done (start only before it started), delay while its state takes one",
  }),
});
export type StageView = Static<typeof StageView>;

export const DelayView = Type.Object({
  id: Type.String(),
  stageId: Type.String(),
  stageKey: Type.String(),
  days: Type.Integer(),
  reason: Type.String(),
  contingency: StringEnum(contingencies),
  measure: Nullable(Type.String()),
  knownAt: Type.String(),
  reportedAt: Type.String(),
  status: StringEnum(planDelayStatuses),
  customerDecisionAt: Nullable(Type.String()),
  customerDecisionNote: Nullable(Type.String()),
  promiseBefore: Nullable(Type.String()),
  promiseAfter: Nullable(Type.String()),
});
export type DelayView = Static<typeof DelayView>;

export const PlanView = Type.Object({
  orderId: Type.String(),
  orderNumber: Type.String(),
  template: Type.Object({ orderType: StringEnum(planOrderTypes), version: Type.Integer() }),
  greenChannel: Type.Boolean(),
  promiseDate: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  stages: Type.Array(StageView),
  delays: Type.Array(DelayView),
});
export type PlanView = Static<typeof PlanView>;

export const QueueQuery = StrictObject({ limit: Type.Optional(limitSchema) });
export const QueueItem = Type.Object({
  orderId: Type.String(),
  orderNumber: Type.String(),
  greenChannel: Type.Boolean(),
  stageId: Type.String(),
  status: StringEnum(planStageStatuses),
  units: Type.Integer(),
  plannedStart: Type.String(),
  plannedEnd: Type.String(),
});
export type QueueItem = Static<typeof QueueItem>;

/** Gives a plan stage to one person in its owner role (null: back to anyone in the role), saying why. */
export const StageAssignment = StrictObject({ userId: Nullable(Uuid), note: Text(1000) });
export type StageAssignment = Static<typeof StageAssignment>;
export const StageAssignmentParams = StrictObject({ id: Uuid, stageId: Uuid });
