import { type Static, Type } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { MessageParams } from '../../platform/messages.js';
import { Address, Contact, IsoDate, Minor, Nullable, StrictObject, StringEnum, Text, Totals, Uuid } from '../../platform/http/schemas.js';
import { productKinds } from '../catalog/contract.js';
import { CustomerAddress, CustomerContact } from '../customers/contract.js';
import { contingencies, PromiseReason } from '../planning/contract.js';
import { NextDeadline } from '../sla/contract.js';
import { orderStatuses } from './states.js';

/* What an order looks like to the API: what may be sent, what is answered, and the types derived from both. */

/** The channels an order comes in by (SPEC §3). */
export const channels = ['online_store', 'marketplace', 'phone', 'email', 'in_person', 'b2b_direct', 'portal', 'api', 'file_import'] as const;
export type Channel = (typeof channels)[number];

export const orderTypes = ['standard', 'custom', 'urgent'] as const;
export type OrderType = (typeof orderTypes)[number];

export const paymentStatuses = ['unpaid', 'partial', 'paid'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

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
    Type.Record(Type.String({ minLength: 1, maxLength: 50 }), Type.String({ maxLength: 500 }), {
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
  number: Type.String(),
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
  paymentStatus: StringEnum(paymentStatuses),
  totals: Totals,
  receivedAt: Type.String(),
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
});
export type OrderView = Static<typeof OrderView>;

export const OrderDetail = Type.Object({ ...OrderView.properties, nextDeadline: Nullable(NextDeadline) });

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
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Order number prefix, exact external reference, or part of the customer name' })),
});
export type OrderFilters = Static<typeof OrderFilters>;

export const OrderListQuery = StrictObject({
  status: Type.Optional(StringEnum(orderStatuses)),
  ...OrderFilters.properties,
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
    Type.String({ minLength: 1, maxLength: 1000, description: "Why the order's response deadline was missed; required when the last approval comes after it (409 late_reason_required)" }),
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
});
export type Corrections = Static<typeof Corrections>;

export const Resubmission = StrictObject({
  corrections: Type.Optional(Corrections),
  note: Text(2000),
  lateReason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Why the response deadline was missed, should the order now be approved after it' })),
});

export const Cancellation = StrictObject({ reason: Text(1000) });

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
