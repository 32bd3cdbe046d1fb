import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Currency, Email, Minor, Nullable, Phone, StrictObject, StringEnum, Text, Uuid } from '../../platform/http/schemas.js';
import { CustomerCreate } from '../customers/contract.js';
import { OrderCreate } from '../orders/contract.js';
import { followUpOutcomes, scheduledKinds, TaskView } from '../tasks/contract.js';
import { leadEvents, leadStatuses, movingEvents } from './states.js';

/* Sales leads as the API takes and answers them: the lead, its score, its duplicates, its moves and its conversion. */

/**
 * Where a lead came from: the channels orders come in by where they fit a first contact
 * (phone, email, in person, online store, marketplace), and the places leads are found
 * (exhibition, referral, website, advertising), else other.
 */
export const leadSources = ['website', 'phone', 'email', 'exhibition', 'referral', 'in_person', 'online_store', 'marketplace', 'advertising', 'other'] as const;
export type LeadSource = (typeof leadSources)[number];

/** Why a lead was lost; `other` says it in the note. */
export const lostReasonCodes = ['no_need', 'no_budget', 'chose_competitor', 'unreachable', 'other'] as const;
export type LostReasonCode = (typeof lostReasonCodes)[number];

export const LostReason = StrictObject({ code: StringEnum(lostReasonCodes), note: Type.Optional(Type.String({ maxLength: 1000 })) });
export type LostReason = Static<typeof LostReason>;

export const LeadCreate = StrictObject({
  name: Text(200),
  company: Type.Optional(Nullable(Text(200))),
  phone: Type.Optional(Nullable(Phone)),
  email: Type.Optional(Nullable(Email)),
  source: StringEnum(leadSources),
  interestProductIds: Type.Optional(Type.Array(Uuid, { maxItems: 50, uniqueItems: true, description: 'Products they asked about (catalogue ids)' })),
  estimatedValueMinor: Type.Optional(Minor),
  currency: Type.Optional(Currency),
  ownerUserId: Type.Optional(Nullable(Type.String({ ...Uuid, description: 'The sales person working the lead; by default whoever creates it' }))),
  notes: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
});
export type LeadInput = Static<typeof LeadCreate>;

export const LeadPatch = Type.Partial(LeadCreate, { additionalProperties: false, minProperties: 1 });
export type LeadPatch = Static<typeof LeadPatch>;

/** One part of a lead's score: what was looked at and the points it gave. */
export const ScoreFactor = Type.Object({
  code: StringEnum(['source', 'interest_products', 'estimated_value', 'follow_ups_reached', 'recent_contact'] as const),
  value: Type.Union([Type.String(), Type.Number(), Type.Null()], { description: 'What was looked at: the source, a count, an amount in minor units, days since the last contact' }),
  points: Type.Integer(),
  max: Type.Integer({ description: 'The most this factor gives' }),
});
export type ScoreFactor = Static<typeof ScoreFactor>;
export const LeadScore = Type.Object({ total: Type.Integer({ minimum: 0, maximum: 100 }), factors: Type.Array(ScoreFactor) });
export type LeadScore = Static<typeof LeadScore>;

/** Another lead or a customer with the same phone number or e-mail address. */
export const Duplicate = Type.Object({
  kind: StringEnum(['lead', 'customer'] as const),
  id: Type.String(),
  name: Type.String(),
  status: Nullable(StringEnum(leadStatuses)),
  matchedOn: Type.Array(StringEnum(['phone', 'email'] as const)),
});
export type Duplicate = Static<typeof Duplicate>;

export const LeadView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  company: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  source: StringEnum(leadSources),
  interestProductIds: Type.Array(Type.String()),
  estimatedValueMinor: Type.Integer(),
  currency: Type.String(),
  ownerUserId: Nullable(Type.String()),
  ownerName: Nullable(Type.String()),
  status: StringEnum(leadStatuses),
  allowedEvents: Type.Array(StringEnum(leadEvents), { description: 'What the lead may do next (convert has its own endpoint)' }),
  lostReason: Nullable(LostReason),
  notes: Nullable(Type.String()),
  customerId: Nullable(Type.String({ description: 'The customer the lead became' })),
  firstOrderId: Nullable(Type.String({ description: 'The order taken with the conversion' })),
  convertedAt: Nullable(Type.String()),
  score: LeadScore,
  duplicate: Type.Boolean({ description: 'Another open or converted lead has the same phone or e-mail' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type LeadView = Static<typeof LeadView>;

/** One lead with the others it may duplicate (leads and customers), answered on read and on every write. */
export const LeadDetail = Type.Object({ ...LeadView.properties, duplicates: Type.Array(Duplicate) });
export type LeadDetail = Static<typeof LeadDetail>;

export const LeadListQuery = StrictObject({
  status: Type.Optional(StringEnum(leadStatuses)),
  owner: Type.Optional(Type.String({ pattern: '^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$', description: '"me" or a user id' })),
  source: Type.Optional(StringEnum(leadSources)),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the name, company, phone or e-mail' })),
  duplicate: Type.Optional(Type.Boolean({ description: 'true: only leads another open or converted lead shares a phone or e-mail with' })),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});
export type LeadListQuery = Static<typeof LeadListQuery>;

export const LeadTransition = StrictObject({
  event: StringEnum(movingEvents),
  lostReason: Type.Optional(LostReason),
});
export type LeadTransition = Static<typeof LeadTransition>;

const { customerId: _customerId, ...firstOrderFields } = OrderCreate.properties;
export const FirstOrder = StrictObject(firstOrderFields);

export const LeadConversion = StrictObject({
  customer: CustomerCreate,
  order: Type.Optional(FirstOrder),
});
export type LeadConversion = Static<typeof LeadConversion>;

export const LeadConversionResult = Type.Object({
  lead: LeadDetail,
  customerId: Type.String(),
  orderId: Nullable(Type.String()),
  orderNumber: Nullable(Type.String()),
});

export const FollowUpCreate = StrictObject({
  kind: StringEnum(scheduledKinds),
  dueAt: Type.String({ format: 'date-time' }),
  note: Text(2000),
  assigneeId: Type.Optional(Type.String({ ...Uuid, description: "Who makes it; by default the lead's owner" })),
});
export type FollowUpCreate = Static<typeof FollowUpCreate>;

export const FollowUpCompletion = StrictObject({
  outcome: StringEnum(followUpOutcomes),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type FollowUpCompletion = Static<typeof FollowUpCompletion>;

export const FollowUpParams = StrictObject({ id: Uuid, taskId: Uuid });
export const FollowUpList = Type.Object({ items: Type.Array(TaskView) });
