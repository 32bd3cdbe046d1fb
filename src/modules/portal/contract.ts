import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Contact, IsoDate, LocalisedName, Nullable, StrictObject, StringEnum, Text, Totals, Uuid } from '../../platform/http/schemas.js';
import { CaseView, caseStatuses, caseTypes } from '../aftersales/contract.js';
import { productKinds, ProductView } from '../catalog/contract.js';
import { CustomerAddress } from '../customers/contract.js';
import { Acceptance, lineResults, shipmentStatuses, trackingStatuses } from '../fulfilment/contract.js';
import { locales } from '../identity/contract.js';
import { Delivery, DeliveryInput, healthStates, orderStatuses } from '../orders/contract.js';
import { planStageStatuses, PromiseReason } from '../planning/contract.js';
import { reviewStatuses, reviewStepStatuses } from '../review/contract.js';

/* The customer portal as the API sends and answers it: invitations, sign-in links, my orders and what I do with them. */

const summaryFields = {
  id: Type.String(),
  number: Type.String(),
  status: StringEnum(orderStatuses),
  requestedDeliveryDate: Nullable(Type.String()),
  promisedDeliveryDate: Nullable(Type.String()),
  totals: Totals,
  receivedAt: Type.String(),
};
/** What a customer sees of an order in a list: no priority scores or audit findings, which are internal. */
export const PortalOrderSummary = Type.Object({
  ...summaryFields,
  health: StringEnum(healthStates, { description: 'Schedule health: late or at risk colours the order' }),
  firstLine: Nullable(
    Type.Object(
      { sku: Type.String(), name: Type.String(), unit: Type.String(), quantity: Type.Integer(), lineCount: Type.Integer({ description: 'Lines on the order in all' }) },
      { description: "The order's first line, so a list on a phone can say what was ordered" },
    ),
  ),
});
export type PortalOrderSummary = Static<typeof PortalOrderSummary>;

export const PortalOrder = Type.Object({
  ...summaryFields,
  delivery: Delivery,
  lines: Type.Array(
    Type.Object({
      id: Type.String(),
      lineNo: Type.Integer(),
      sku: Type.String(),
      name: Type.String(),
      unit: Type.String(),
      kind: StringEnum(productKinds),
      quantity: Type.Integer(),
      unitPriceMinor: Type.Integer(),
      totalMinor: Type.Integer(),
      shippedQuantity: Type.Integer(),
    }),
  ),
  review: Nullable(Type.Object({ status: StringEnum(reviewStatuses), steps: Type.Array(Type.Object({ name: LocalisedName, status: StringEnum(reviewStepStatuses), decidedAt: Nullable(Type.String()) })) })),
  plan: Nullable(
    Type.Object({
      promiseDate: Nullable(Type.String()),
      stages: Type.Array(
        Type.Object({
          key: Type.String(),
          name: LocalisedName,
          status: StringEnum(planStageStatuses),
          plannedStart: Type.String(),
          plannedEnd: Type.String(),
          actualStart: Nullable(Type.String()),
          actualEnd: Nullable(Type.String()),
        }),
      ),
    }),
  ),
  shipments: Type.Array(
    Type.Object({
      id: Type.String(),
      carrier: Type.String(),
      trackingNumber: Type.String(),
      status: StringEnum(shipmentStatuses),
      shippedAt: Type.String(),
      deliveredAt: Nullable(Type.String()),
      lines: Type.Array(Type.Object({ lineNo: Type.Integer(), sku: Type.String(), name: Type.String(), unit: Type.String(), quantity: Type.Integer() })),
      events: Type.Array(Type.Object({ status: StringEnum(trackingStatuses), at: Type.String(), location: Nullable(Type.String()) })),
    }),
  ),
  // The customer's own acceptance, without who recorded it; its photos by name only.
  acceptance: Nullable(
    Type.Object({
      ...Type.Pick(Acceptance, ['result', 'lines', 'comment', 'recordedAt']).properties,
      photos: Type.Array(Type.Object({ id: Type.String(), fileName: Type.String(), uploadedAt: Type.String() })),
    }),
  ),
  cases: Type.Array(
    Type.Object({
      id: Type.String(),
      type: StringEnum(caseTypes),
      status: StringEnum(caseStatuses),
      ...Type.Pick(CaseView, ['summary', 'summaryCode', 'summaryParams']).properties,
      resolution: Nullable(Type.String({ description: 'What after-sales did; while the case is awaiting_confirmation the customer confirms it satisfies them' })),
      openedAt: Type.String(),
      closedAt: Nullable(Type.String()),
    }),
  ),
  survey: Nullable(
    Type.Object(
      { status: StringEnum(['open', 'answered', 'expired'] as const), expiresAt: Type.String(), questions: Type.Array(Type.String()) },
      { description: "The order's satisfaction survey, once sent (a day after delivery); null before" },
    ),
  ),
});
export type PortalOrder = Static<typeof PortalOrder>;

export const PortalUserSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  locale: Type.String(),
  active: Type.Boolean(),
  invitedAt: Type.String(),
  lastSignInAt: Nullable(Type.String()),
  passwordSet: Type.Boolean(),
});
export const PortalUserParams = StrictObject({ id: Uuid, userId: Uuid });
export const PortalInvitation = StrictObject({ email: Type.String({ format: 'email', maxLength: 320 }), name: Text(100), locale: Type.Optional(StringEnum(locales)) });
export const MagicLinkRequest = StrictObject({ email: Type.String({ minLength: 3, maxLength: 320 }) });
export const PasswordStatus = Type.Object({
  set: Type.Boolean({ description: 'Whether I have chosen a password' }),
  withoutCurrentUntil: Nullable(Type.String({ description: 'Until when this session (opened by a sign-in link) may set a password without the current one' })),
});
export const PasswordChange = StrictObject({ currentPassword: Type.Optional(Type.String({ maxLength: 1024 })), newPassword: Type.String({ maxLength: 1024 }) });
export const PortalUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.String()),
  locale: Type.String(),
  customerId: Nullable(Type.String()),
  createdAt: Type.String(),
});
/** An invitation link answered once because no mail server is configured; the inviter hands it over. */
export const HandedOverLink = Nullable(
  Type.Object({ url: Type.String(), expiresAt: Type.String() }, { description: 'Shown once: Ordo keeps only its hash. Null when the link was mailed.' }),
);
export const PortalInvited = Type.Object({ ...PortalUser.properties, handedOverLink: HandedOverLink });
export const PortalReinvited = Type.Object({ expiresAt: Type.String(), handedOverLink: HandedOverLink });
export const SignInOptions = Type.Object({ emailLinks: Type.Boolean({ description: 'Whether "email me a sign-in link" can work: a mail server is configured' }) });
export const LinkDescription = Type.Object({ name: Type.String(), email: Type.String(), customerName: Type.String(), expiresAt: Type.String() });
export const PortalCustomer = Type.Object({ id: Type.String(), name: Type.String(), addresses: Type.Array(CustomerAddress) });
export type PortalCustomer = Static<typeof PortalCustomer>;
/** What a customer sees of a product: no category, lead times or bookkeeping. */
export const PortalProduct = Type.Pick(ProductView, ['id', 'sku', 'name', 'model', 'unit', 'priceMinor', 'currency', 'kind']);
export const ProductSearch = Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })), limit: limitSchema, cursor: Type.Optional(cursorSchema) });
export const PortalPageQuery = Type.Object({ limit: limitSchema, cursor: Type.Optional(cursorSchema) });
export const TokenParams = StrictObject({ token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) });

const PortalLines = Type.Array(StrictObject({ productId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }), { minItems: 1, maxItems: 200 });
export const PortalOrderCreate = StrictObject({
  lines: PortalLines,
  requestedDeliveryDate: Type.Optional(Nullable(IsoDate)),
  delivery: Type.Optional(DeliveryInput),
  contact: Type.Optional(Contact),
  specialRequirements: Type.Optional(Type.String({ maxLength: 2000 })),
  externalRef: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'My own purchase order number' })),
});
export type PortalOrderInput = Static<typeof PortalOrderCreate>;

export const PortalQuoteRequest = StrictObject({ lines: PortalLines });
export const PortalQuote = Type.Object({
  promiseDate: Nullable(Type.String()),
  reasoning: Type.Array(PromiseReason),
  totals: Type.Object({ ...Totals.properties }, { description: 'What the order would cost at today\'s prices' }),
});
export type PortalQuote = Static<typeof PortalQuote>;

export const PortalAcceptance = StrictObject({
  lines: Type.Array(
    StrictObject({ lineId: Uuid, result: StringEnum(lineResults), acceptedQuantity: Type.Optional(Type.Integer({ minimum: 0 })), comment: Type.Optional(Type.String({ maxLength: 1000 })) }),
    { minItems: 1, maxItems: 500 },
  ),
  comment: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const PortalCaseOpen = StrictObject({ type: StringEnum(caseTypes), summary: Text(2000) });
