import { Type, type Static } from '@sinclair/typebox';
import { exportLabels } from '../../platform/export/labels.js';
import { exportParameters } from '../../platform/export/table-file.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { sortParameters } from '../../platform/http/sorting.js';
import { Address, Contact, Currency, Minor, Nullable, StrictObject, StringEnum, Text, Uuid } from '../../platform/http/schemas.js';

/* What a customer looks like to the API: what may be sent and what is answered. */

export const customerTiers = ['vip', 'normal', 'new'] as const;
export type CustomerTier = (typeof customerTiers)[number];
export const customerTypes = ['company', 'person'] as const;
export type CustomerType = (typeof customerTypes)[number];
export const paymentTermKinds = ['prepaid', 'cash_on_delivery', 'net'] as const;

export const CustomerContact = StrictObject({ ...Contact.properties, title: Type.Optional(Text(100)), primary: Type.Optional(Type.Boolean()) });
export type CustomerContact = Static<typeof CustomerContact>;

export const CustomerAddress = StrictObject({ ...Address.properties, isDefault: Type.Optional(Type.Boolean()) });
export type CustomerAddress = Static<typeof CustomerAddress>;

export const PaymentTerms = StrictObject({
  kind: StringEnum(paymentTermKinds),
  netDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
});
export type PaymentTerms = Static<typeof PaymentTerms>;

export const CustomerCreate = StrictObject({
  name: Text(200),
  type: StringEnum(customerTypes),
  tier: Type.Optional(StringEnum(customerTiers, { description: 'Sending a tier pins it (unless tierPinned is false); left out: derived, new until the first completed order, then normal' })),
  tierPinned: Type.Optional(Type.Boolean({ description: 'true: the tier stays as set; false: derived from completed orders (send no tier with false)' })),
  creditLimitMinor: Type.Optional(Minor),
  currency: Type.Optional(Currency),
  paymentTerms: Type.Optional(PaymentTerms),
  contacts: Type.Optional(Type.Array(CustomerContact, { maxItems: 50 })),
  addresses: Type.Optional(Type.Array(CustomerAddress, { maxItems: 50 })),
  sourceChannel: Type.Optional(Nullable(Text(50))),
  tags: Type.Optional(Type.Array(Text(50), { maxItems: 50 })),
  ownerUserId: Type.Optional(Nullable(Uuid)),
  notes: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  timeZone: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64, description: "The customer's IANA time zone (their 17:00 digest); null: the company's" }))),
});
export type CustomerInput = Static<typeof CustomerCreate>;

export const CustomerPatch = Type.Partial(
  Type.Object({ ...CustomerCreate.properties, active: Type.Boolean({ description: 'false deactivates the customer: no new orders, left out of pickers' }) }),
  { additionalProperties: false, minProperties: 1 },
);
export type CustomerPatch = Static<typeof CustomerPatch>;

/** What narrows the customer list, its total and its export. */
export const CustomerQuery = StrictObject({
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "Part of the name or notes, or of a contact's name, phone or email" })),
  tier: Type.Optional(StringEnum(customerTiers)),
  active: Type.Optional(Type.Boolean({ description: 'true: active customers only (pickers); false: deactivated ones only; left out: all' })),
  tag: Type.Optional(Text(50)),
});

/** The columns the customer list sorts by on the server. */
export const customerSorts = ['name', 'tier', 'created', 'creditLimit'] as const;
export type CustomerSort = (typeof customerSorts)[number];

export const CustomerListQuery = StrictObject({
  ...CustomerQuery.properties,
  ...sortParameters(customerSorts, 'name'),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});

/** The customer list as a file: its columns, in their default order. */
export const customerExportColumns = Object.keys(exportLabels.customers.headers) as CustomerExportColumn[];
export type CustomerExportColumn = keyof typeof exportLabels.customers.headers;

export const CustomerExportQuery = StrictObject({
  ...CustomerQuery.properties,
  ...sortParameters(customerSorts, 'name'),
  ...exportParameters(customerExportColumns),
});

export const CustomerView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: StringEnum(customerTypes),
  tier: StringEnum(customerTiers),
  tierPinned: Type.Boolean({ description: 'false: the tier is derived (new until the first completed order, then normal)' }),
  active: Type.Boolean(),
  creditLimitMinor: Type.Integer(),
  currency: Type.String(),
  paymentTerms: PaymentTerms,
  contacts: Type.Array(CustomerContact),
  addresses: Type.Array(CustomerAddress),
  sourceChannel: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  ownerUserId: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  timeZone: Nullable(Type.String({ description: "Null: the company's time zone" })),
  marketingOptOutAt: Nullable(Type.String({ description: 'When the customer opted out of marketing (campaigns skip them; order notices still go); null: not opted out' })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type CustomerView = Static<typeof CustomerView>;

export const MarketingOptOutBody = StrictObject({ optedOut: Type.Boolean({ description: 'true: no more campaigns to this customer; false: they take campaigns again' }) });
export type MarketingOptOutBody = Static<typeof MarketingOptOutBody>;
