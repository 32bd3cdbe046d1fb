import { type Static, Type } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { MessageParams } from '../../platform/messages.js';
import { exportLabels } from '../../platform/export/labels.js';
import { sortDirections, type SortDirection } from '../../platform/http/sorting.js';
import { exportParameters } from '../../platform/export/table-file.js';
import { Address, Contact, IsoDate, LocalisedName, Minor, Nullable, StrictObject, StrictRecord, StringEnum, Text, Totals, Uuid } from '../../platform/http/schemas.js';
import { productKinds } from '../catalog/contract.js';
import { CustomerAddress, CustomerContact } from '../customers/contract.js';
import { contingencies, planStageStatuses, PromiseReason } from '../planning/contract.js';
import { NextDeadline } from '../sla/contract.js';
import { TaskView } from '../tasks/contract.js';
import { orderStatuses } from './states.js';

/* What an order looks like to the API: what may be sent, what is answered, and the types derived from both. */

/** The channels an order comes in by (SPEC §3). */
export const channels = ['online_store', 'marketplace', 'phone', 'email', 'in_person', 'b2b_direct', 'portal', 'api', 'file_import'] as const;
export type Channel = (typeof channels)[number];

export const orderTypes = ['standard', 'custom', 'urgent'] as const;
export type OrderType = (typeof orderTypes)[number];

export const paymentStatuses = ['unpaid', 'partial', 'paid'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
/** What an order's payment status may become once payments are recorded: refunded when everything received went back. */
export const paymentStates = [...paymentStatuses, 'refunded'] as const;
export type PaymentState = (typeof paymentStates)[number];

export const deliveryMethods = ['ship', 'pickup'] as const;

export const levels = ['high', 'medium', 'low'] as const;
export type Level = (typeof levels)[number];

/** How a specialist reached the customer about an order in exception. */
export const contactChannels = ['phone', 'online', 'email', 'in_person'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** Optional free text and structured customisation (SPEC §3), as stored once normalised. */
export const SpecialRequirements = StrictObject({
  text: Type.Optional(Type.String({ maxLength: 2000 })),
  customization: Type.Optional(
    StrictRecord('^[\\s\\S]{1,50}$', Type.String({ maxLength: 500 }), {
      description: 'Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" }',
    }),
  ),
  packaging: Type.Optional(Type.String({ maxLength: 500 })),
});
export type SpecialRequirements = Static<typeof SpecialRequirements>;

export const DeliveryInput = StrictObject({ method: StringEnum(deliveryMethods), address: Type.Optional(Address) });

export const OrderLineInput = StrictObject({
  productId: Uuid,
  quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  unitPriceMinor: Type.Optional(Minor),
  discountMinor: Type.Optional(Minor),
});
export type OrderLineInput = Static<typeof OrderLineInput>;

export const OrderCreate = StrictObject({
  customerId: Uuid,
  channel: StringEnum(channels),
  externalRef: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: "The channel's own order reference" })),
  type: Type.Optional(StringEnum(orderTypes)),
  requestedDeliveryDate: Type.Optional(Nullable(IsoDate)),
  lines: Type.Array(OrderLineInput, { minItems: 1, maxItems: 500 }),
  contact: Type.Optional(Contact),
  delivery: Type.Optional(DeliveryInput),
  specialRequirements: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), SpecialRequirements, Type.Null()])),
  paymentStatus: StringEnum(paymentStatuses),
});
export type OrderInput = Static<typeof OrderCreate>;

export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' })) });

/**
 * One finding of the preliminary audit: a stable code with its parameters (what the console
 * renders in the reader's language), an English sentence for API clients, and where it points.
 */
export const Finding = Type.Object({ code: Type.String(), params: MessageParams, message: Type.String(), path: Type.Optional(Type.String()) });
export type Finding = Static<typeof Finding>;
/** A finding as the order row keeps it: the code and its parameters, no sentence. */
export type StoredFinding = Omit<Finding, 'message' | 'params'> & { params?: MessageParams; message?: string };

export const PriorityFactor = Type.Object({
  dimension: StringEnum(['customer_tier', 'order_amount', 'delivery_urgency'] as const),
  value: Type.Union([Type.String(), Type.Number(), Type.Null()], { description: 'What was looked at, e.g. "vip", 15000000 (minor units), 3 (days)' }),
  level: StringEnum(levels),
  points: Type.Number(),
  weight: Type.Number(),
  score: Type.Number(),
  explanation: Type.String(),
});
export type PriorityFactor = Static<typeof PriorityFactor>;

export const PriorityRule = Type.Object({ code: StringEnum(['urgent_order'] as const), level: StringEnum(levels), explanation: Type.String() });
export type PriorityRule = Static<typeof PriorityRule>;

export const Priority = Type.Object({
  level: StringEnum(levels),
  score: Type.Number(),
  scoredLevel: StringEnum(levels, { description: 'The level the score alone gives, before rules and any override' }),
  factors: Type.Array(PriorityFactor),
  rules: Type.Array(PriorityRule),
  override: Nullable(Type.Object({ level: StringEnum(levels), reason: Type.String(), by: Type.String(), at: Type.String() })),
});
export type Priority = Static<typeof Priority>;

const summaryFields = {
  id: Type.String(),
  number: Type.String({
    description:
      '`YYYYMM-NNN`, gap-free per month. On PostgreSQL an order is numbered right after intake commits (the creating request answers with the number); a list read in between shows it with an empty number',
  }),
  status: StringEnum(orderStatuses),
  type: StringEnum(orderTypes),
  channel: StringEnum(channels),
  externalRef: Nullable(Type.String()),
  customer: Type.Object({ id: Type.String(), name: Type.String() }),
  priority: Priority,
  exceptions: Type.Array(Finding),
  warnings: Type.Array(Finding),
  requestedDeliveryDate: Nullable(Type.String()),
  promisedDeliveryDate: Nullable(Type.String({ description: 'The earliest delivery Ordo can honour; moves with the plan and its delays' })),
  paymentStatus: StringEnum(paymentStates),
  paidMinor: Type.Integer({ description: 'Received so far less refunds, in the order currency (minor units)' }),
  totals: Totals,
  receivedAt: Type.String(),
  owner: Nullable(Type.Object({ id: Type.String(), name: Type.String() }, { description: 'The specialist who owns the order; null while unassigned' })),
  responseDueAt: Type.String(),
  planDueAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
};
export const OrderSummary = Type.Object(summaryFields);
export type OrderSummary = Static<typeof OrderSummary>;

export const Delivery = Type.Object({ method: StringEnum(deliveryMethods), address: Nullable(CustomerAddress) });
export type Delivery = Static<typeof Delivery>;

/** A line's product and price, as an order line and a previewed line both answer them. */
const pricedLineFields = {
  productId: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  unit: Type.String(),
  kind: StringEnum(productKinds),
  quantity: Type.Integer(),
  listPriceMinor: Type.Integer(),
  unitPriceMinor: Type.Integer(),
  discountMinor: Type.Integer(),
  totalMinor: Type.Integer(),
};

export const OrderLineView = Type.Object({
  id: Type.String(),
  lineNo: Type.Integer(),
  ...pricedLineFields,
  reservedQuantity: Type.Integer(),
  backorderedQuantity: Type.Integer(),
  shippedQuantity: Type.Integer(),
});
export type OrderLineView = Static<typeof OrderLineView>;

export const OrderView = Type.Object({
  ...summaryFields,
  contact: Nullable(CustomerContact),
  delivery: Delivery,
  specialRequirements: Nullable(SpecialRequirements),
  entry: Type.Object({ check: Type.String(), enteredBy: Nullable(Type.String()), confirmedBy: Nullable(Type.String()), confirmedAt: Nullable(Type.String()) }),
  lines: Type.Array(OrderLineView),
  replacementOf: Nullable(
    Type.Object(
      { orderId: Type.String(), number: Type.String(), caseId: Type.String() },
      { description: 'A zero-priced replacement or reshipment made for an after-sales case: the original order and the case; null for every other order' },
    ),
  ),
});
export type OrderView = Static<typeof OrderView>;

/**
 * Schedule health (SPEC §4, §6): late when a deadline is missed, a plan stage is past its
 * planned end or the promise date has passed undelivered; at risk when a deadline is past
 * its warning time, a stage has not started by its planned start (or waits on the
 * customer), or the promise date is today; done once delivered or cancelled.
 */
export const healthStates = ['on_track', 'at_risk', 'late', 'done'] as const;
export type Health = (typeof healthStates)[number];

/** How an order stands against its schedule: what the list and the detail page colour by. */
const scheduleFields = {
  health: StringEnum(healthStates),
  lateSince: Nullable(Type.String({ description: 'Since when the order is late (its earliest missed deadline, stage end or promise date); null unless late' })),
  nextDeadline: Nullable(NextDeadline),
  deliveredAt: Nullable(Type.String()),
  deliveredLate: Nullable(Type.Boolean({ description: 'Delivered after the promise date as it stood at delivery; null before delivery or without a promise date' })),
  promisedAtDelivery: Nullable(Type.String({ description: 'The promise date as it stood when the order was delivered' })),
};
export type OrderSchedule = Static<ReturnType<typeof Type.Object<typeof scheduleFields>>>;

/** The plan stage an order is in: the open stage ending first, as the list shows it. */
export const CurrentStage = Type.Object({ key: Type.String(), name: LocalisedName, status: StringEnum(planStageStatuses), plannedEnd: Type.String() });
export type CurrentStage = Static<typeof CurrentStage>;

export const OrderListItem = Type.Object({ ...summaryFields, ...scheduleFields, currentStage: Nullable(CurrentStage) });
export type OrderListItem = Static<typeof OrderListItem>;

export const OrderDetail = Type.Object({ ...OrderView.properties, ...scheduleFields });

export const PreviewLine = Type.Object({
  ...pricedLineFields,
  coveredQuantity: Nullable(Type.Integer({ description: 'What available stock would cover of this line now; null when the product carries no stock' })),
  available: Nullable(Type.Integer({ description: "The product's available stock before this order" })),
});
export type PreviewLine = Static<typeof PreviewLine>;

export const OrderPreview = Type.Object({
  lines: Type.Array(PreviewLine),
  totals: Totals,
  exceptions: Type.Array(Finding),
  warnings: Type.Array(Finding),
  priority: Priority,
  responseDueAt: Type.String(),
  planDueAt: Type.String(),
  entryCheckRequired: Type.Boolean({ description: 'Whether the channel needs a second person to confirm the entry (maker–checker)' }),
  promise: Type.Object({
    date: Nullable(Type.String({ description: 'The delivery date intake would promise; null when the capacity calendar cannot make it' })),
    reasoning: Type.Array(PromiseReason),
  }),
});
export type OrderPreview = Static<typeof OrderPreview>;

export { orderStatuses, type OrderStatus } from './states.js';

/** What narrows the order list and its status counts; saved views store the same. */
export const OrderFilters = StrictObject({
  customerId: Type.Optional(Uuid),
  productId: Type.Optional(Type.String({ ...Uuid, description: 'Orders with a line of this product' })),
  priority: Type.Optional(StringEnum(levels)),
  channel: Type.Optional(StringEnum(channels)),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone" })),
  owner: Type.Optional(Type.String({ pattern: '^(me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$', description: '"me" (my orders), "none" (unassigned) or a user id' })),
});
export type OrderFilters = Static<typeof OrderFilters>;

/**
 * The order list's sort keys: newest first (default), promise date, health (most late first),
 * next deadline, requested date, priority (highest first) and amount (smallest first).
 */
export const orderSorts = ['received', 'promiseDate', 'health', 'nextDeadline', 'requestedDate', 'priority', 'amount'] as const;
export type OrderSort = (typeof orderSorts)[number];
export { sortDirections, type SortDirection };

/** The order list as a file (orders/export.ts): its columns, in their default order. */
export const exportColumns = Object.keys(exportLabels.orders.headers) as (keyof typeof exportLabels.orders.headers)[];
export type ExportColumn = keyof typeof exportLabels.orders.headers;

const healthList = `(?:${healthStates.join('|')})`;
const HealthFilter = Type.String({ pattern: `^${healthList}(?:,${healthList})*$`, maxLength: 100, description: 'Comma-separated healths, e.g. late,at_risk' });

export const OrderListQuery = StrictObject({
  status: Type.Optional(StringEnum(orderStatuses)),
  ...OrderFilters.properties,
  health: Type.Optional(HealthFilter),
  sort: Type.Optional(StringEnum(orderSorts)),
  order: Type.Optional(StringEnum(sortDirections, { description: 'asc (default; for received: newest first) or desc' })),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});

/** The list's filters without its sort and paging: what its total counts. */
export const OrderCountQuery = StrictObject({ status: OrderListQuery.properties.status, ...OrderFilters.properties, health: Type.Optional(HealthFilter) });

export const OrderExportQuery = StrictObject({
  status: OrderListQuery.properties.status,
  ...OrderFilters.properties,
  health: Type.Optional(HealthFilter),
  sort: OrderListQuery.properties.sort,
  order: OrderListQuery.properties.order,
  ...exportParameters(exportColumns),
});

/** What holds a late or at-risk order up: the stage ending first, the review step waiting, the exception, the entry check, or a deadline. */
export const blockerKinds = ['stage', 'review_step', 'exception', 'entry_check', 'deadline', 'delivery'] as const;
export type BlockerKind = (typeof blockerKinds)[number];

export const AtRiskOrder = Type.Object({
  id: Type.String(),
  number: Type.String(),
  status: StringEnum(orderStatuses),
  customer: Type.Object({ id: Type.String(), name: Type.String() }),
  priority: StringEnum(levels),
  requestedDeliveryDate: Nullable(Type.String()),
  promisedDeliveryDate: Nullable(Type.String()),
  health: StringEnum(['late', 'at_risk'] as const),
  lateSince: Nullable(Type.String()),
  lateSeconds: Nullable(Type.Integer({ description: 'How late, by the server clock; null when only at risk' })),
  nextDeadline: Nullable(NextDeadline),
  blocker: Type.Object({
    kind: StringEnum(blockerKinds),
    key: Nullable(Type.String({ description: 'The stage or step key, or the deadline kind' })),
    name: Nullable(LocalisedName),
    since: Nullable(Type.String({ description: 'Waiting since (review step, exception)' })),
    dueAt: Nullable(Type.String({ description: 'Planned end (stage, a date) or deadline (instant)' })),
  }),
  holder: Type.Object({
    role: Nullable(Type.String()),
    userId: Nullable(Type.String()),
    name: Nullable(Type.String({ description: "The person's name when one person holds it" })),
  }),
});
export type AtRiskOrder = Static<typeof AtRiskOrder>;

export const atRiskSorts = ['lateness', 'promiseDate'] as const;
export const AtRiskQuery = StrictObject({
  sort: Type.Optional(StringEnum(atRiskSorts)),
  order: Type.Optional(StringEnum(sortDirections)),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});

export const StatusCounts = Type.Object({
  total: Type.Integer(),
  byStatus: Type.Record(Type.String(), Type.Integer(), { description: 'Statuses with no order are left out' }),
});

export const PriorityOverride = StrictObject({ level: StringEnum(levels), reason: Type.String({ minLength: 3, maxLength: 500 }) });

export const PageQuery = StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) });

export const ReviewDecision = StrictObject({
  decision: StringEnum(['approve', 'reject', 'return'] as const),
  comment: Type.Optional(Type.String({ maxLength: 2000, description: 'Required to reject or return: why, or the questions for the customer' })),
  lateReason: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 1000,
      description:
        "Why the order's response deadline was missed; required when the last approval comes after it (409 late_reason_required). Given on an earlier approval after the deadline, it is recorded then and not asked again",
    }),
  ),
});
export const ReviewStepParams = StrictObject({ id: Uuid, stepId: Uuid });

export const ContactInput = StrictObject({
  channel: StringEnum(contactChannels),
  summary: Text(2000),
  outcome: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type ContactInput = Static<typeof ContactInput>;

export const ContactView = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  channel: StringEnum(contactChannels),
  summary: Type.String(),
  outcome: Nullable(Type.String()),
  contactedBy: Nullable(Type.String()),
  contactedByLabel: Type.String(),
  at: Type.String(),
});
export type ContactView = Static<typeof ContactView>;

/** What a specialist may correct after clarifying with the customer. */
export const Corrections = StrictObject({
  requestedDeliveryDate: OrderCreate.properties.requestedDeliveryDate,
  specialRequirements: OrderCreate.properties.specialRequirements,
  paymentStatus: Type.Optional(OrderCreate.properties.paymentStatus),
  contact: OrderCreate.properties.contact,
  delivery: OrderCreate.properties.delivery,
  lines: Type.Optional(
    Type.Array(OrderLineInput, { minItems: 1, maxItems: 500, description: "The order's lines as agreed with the customer: they replace every line; stock is released and reserved again" }),
  ),
});
export type Corrections = Static<typeof Corrections>;

export const Resubmission = StrictObject({
  corrections: Type.Optional(Corrections),
  note: Text(2000),
  lateReason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Why the response deadline was missed, should the order now be approved after it' })),
});

export const Cancellation = StrictObject({ reason: Text(1000) });

/** Hands the order to another specialist, saying why. */
export const OwnerAssignment = StrictObject({ userId: Uuid, note: Text(1000) });
export type OwnerAssignment = Static<typeof OwnerAssignment>;

const Instant = Type.String({ format: 'date-time' });
export const StageParams = StrictObject({ id: Uuid, stageId: Uuid });
export const StageProgress = StrictObject({
  status: StringEnum(['in_progress', 'done'] as const),
  actualStart: Type.Optional(Instant),
  actualEnd: Type.Optional(Instant),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const DelayReport = StrictObject({
  days: Type.Integer({ minimum: 1, maximum: 365, description: 'Working days the stage is late' }),
  reason: Text(1000),
  contingency: StringEnum(contingencies),
  measure: Type.Optional(Type.String({ maxLength: 1000, description: 'What exactly is done, e.g. which backup line or carrier' })),
  knownAt: Instant,
});
export const DelayParams = StrictObject({ id: Uuid, delayId: Uuid });
export const SubstituteDecision = StrictObject({ accepted: Type.Boolean(), note: Type.Optional(Type.String({ maxLength: 1000 })) });

/* Changes after intake (issue 13): what may be changed, and the revision history they leave. */

export const OrderChange = StrictObject({
  reason: Text(1000),
  lines: Type.Optional(
    Type.Array(StrictObject({ lineId: Uuid, quantity: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'The new quantity; 0 is refused (remove the line instead)' }) }), {
      maxItems: 500,
      description: 'New quantities of existing lines',
    }),
  ),
  addLines: Type.Optional(Type.Array(OrderLineInput, { maxItems: 500 })),
  removeLines: Type.Optional(Type.Array(Uuid, { maxItems: 500, uniqueItems: true, description: 'Ids of lines to remove; at least one line must stay' })),
  requestedDeliveryDate: Type.Optional(IsoDate),
  delivery: Type.Optional(DeliveryInput),
  specialRequirements: OrderCreate.properties.specialRequirements,
});
export type OrderChange = Static<typeof OrderChange>;

export const revisedFields = ['requestedDeliveryDate', 'delivery', 'specialRequirements'] as const;
export const lineChanges = ['added', 'removed', 'quantity'] as const;

export const RevisionDiff = Type.Object({
  fields: Type.Array(Type.Object({ field: StringEnum(revisedFields), before: Type.Unknown(), after: Type.Unknown() })),
  lines: Type.Array(
    Type.Object({
      lineId: Type.String(),
      lineNo: Type.Integer(),
      sku: Type.String(),
      name: Type.String(),
      change: StringEnum(lineChanges),
      before: Nullable(Type.Integer({ description: 'The quantity before; null for an added line' })),
      after: Nullable(Type.Integer({ description: 'The quantity after; null for a removed line' })),
    }),
  ),
});
export type RevisionDiff = Static<typeof RevisionDiff>;

const BeforeAfterDate = Type.Object({ before: Nullable(Type.String()), after: Nullable(Type.String()) });
export const RevisionEffects = Type.Object({
  statusBefore: StringEnum(orderStatuses),
  statusAfter: StringEnum(orderStatuses),
  reviewRestarted: Type.Boolean(),
  replanned: Type.Boolean({ description: "The order's plan was cancelled (to be made again on approval) or made again at once" }),
  priority: Type.Object({ before: StringEnum(levels), after: StringEnum(levels) }),
  promisedDeliveryDate: BeforeAfterDate,
  totalMinor: Type.Object({ before: Type.Integer(), after: Type.Integer() }),
  currency: Type.String(),
  stock: Type.Array(Type.Object({ sku: Type.String(), reserved: Type.Integer(), released: Type.Integer(), backordered: Type.Integer({ description: 'What is backordered on the line after the change' }) })),
  exceptions: Type.Array(Finding),
});
export type RevisionEffects = Static<typeof RevisionEffects>;

export const OrderRevision = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  revision: Type.Integer(),
  actorId: Nullable(Type.String()),
  actorLabel: Type.String(),
  at: Type.String(),
  reason: Type.String(),
  material: Type.Boolean(),
  diff: RevisionDiff,
  effects: RevisionEffects,
});
export type OrderRevision = Static<typeof OrderRevision>;

/** One order on the exception desk: why it stopped, the contact deadline and who holds it, the last contact. */
export const ExceptionDeskItem = Type.Object({
  order: OrderSummary,
  exceptionSince: Nullable(Type.String()),
  /** The open exception task: its due time is the 2-hour contact deadline, its assignee who holds it. */
  task: Nullable(TaskView),
  secondsLeft: Nullable(Type.Integer({ description: "Until the task's due time; negative when overdue" })),
  lastContact: Nullable(ContactView),
  contactedSinceException: Type.Boolean({ description: 'Whether a contact was logged since the order went into exception (resubmitting needs one)' }),
});
export type ExceptionDeskItem = Static<typeof ExceptionDeskItem>;

export const ExceptionDeskQuery = StrictObject({
  owner: OrderFilters.properties.owner,
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});

/** The dashboard's figures (SPEC §11 in the small). */
export const OrderSummaryFigures = Type.Object({
  // The day and month in the company's time zone.
  today: Type.Object({ date: Type.String(), received: Type.Integer() }),
  // Every order by its current status.
  byStatus: Type.Array(Type.Object({ status: StringEnum(orderStatuses), count: Type.Integer() })),
  monthToDate: Type.Object({
    from: Type.String(),
    received: Type.Integer(),
    // Orders received this month that are in exception now.
    inException: Type.Integer(),
    byDay: Type.Array(Type.Object({ date: Type.String(), received: Type.Integer() })),
    byPriority: Type.Array(Type.Object({ level: Type.String(), count: Type.Integer() })),
    byChannel: Type.Array(Type.Object({ channel: Type.String(), count: Type.Integer() })),
    amounts: Type.Array(Type.Object({ currency: Type.String(), totalMinor: Type.Integer() })),
  }),
});
export type OrderSummaryFigures = Static<typeof OrderSummaryFigures>;
