import { type Static, Type } from '@sinclair/typebox';
import { exportLabels } from '../../platform/export/labels.js';
import { exportParameters } from '../../platform/export/table-file.js';
import { sortParameters } from '../../platform/http/sorting.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { MessageParams } from '../../platform/messages.js';
import { IsoDate, Minor, Nullable, StrictObject, StringEnum, Text, Uuid } from '../../platform/http/schemas.js';
import { productKinds } from '../catalog/contract.js';
import { orderStatuses } from '../orders/contract.js';
import { caseStatuses, rmaStatuses } from './states.js';

/* After-sales cases and returns as the API sends and answers them. */

/** SPEC §9's kinds of case, with the acceptance problems of SPEC §8 named as such. */
export const caseTypes = ['consultation', 'return', 'exchange', 'repair', 'reshipment', 'refund', 'complaint', 'quality', 'damage', 'wrong_item', 'missing', 'installation'] as const;
export type CaseType = (typeof caseTypes)[number];
export { caseStatuses, rmaStatuses, type CaseStatus, type RmaStatus } from './states.js';
/** Where a case was opened: by staff, from a failed acceptance, a poor survey score, or the portal. */
export const caseSources = ['staff', 'acceptance', 'survey', 'portal'] as const;
export type CaseSource = (typeof caseSources)[number];
/** How the customer reached us about a case staff opened, and how staff took the customer's confirmation. */
export const contactChannels = ['phone', 'visit', 'email', 'wechat', 'letter', 'other'] as const;
export type ContactChannel = (typeof contactChannels)[number];
/** How the customer's confirmation came: in the portal, or through staff. */
export const confirmationChannels = ['portal', ...contactChannels] as const;
export type ConfirmationChannel = (typeof confirmationChannels)[number];
export const remedies = ['replacement', 'reshipment', 'refund', 'repair', 'explanation'] as const;
export const dispositions = ['restock', 'scrap'] as const;

export const RmaLine = Type.Object({
  lineId: Type.String(),
  lineNo: Type.Integer(),
  productId: Type.String(),
  sku: Type.String(),
  kind: StringEnum(productKinds),
  quantity: Type.Integer(),
  disposition: Nullable(StringEnum(dispositions, { description: 'Decided at inspection: back on the shelf, or scrapped' })),
});
export type RmaLine = Static<typeof RmaLine>;

export const RmaView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  orderId: Type.String(),
  status: StringEnum(rmaStatuses),
  reason: Type.String(),
  lines: Type.Array(RmaLine),
  refundMinor: Nullable(Type.Integer()),
  currency: Type.String(),
  authorisedAt: Type.String(),
  receivedAt: Nullable(Type.String()),
  refundedAt: Nullable(Type.String()),
});
export type RmaView = Static<typeof RmaView>;

export const CaseView = Type.Object({
  id: Type.String(),
  orderId: Nullable(Type.String()),
  customerId: Type.String(),
  type: StringEnum(caseTypes),
  status: StringEnum(caseStatuses),
  summary: Type.String({ description: 'What the case is about: as typed, or in English for a case Ordo opened' }),
  summaryCode: Nullable(Type.String({ description: 'For a case Ordo opened: the code the console renders (messages.<code>) with summaryParams' })),
  summaryParams: MessageParams,
  source: StringEnum(caseSources),
  reportedVia: Nullable(StringEnum(contactChannels, { description: 'How the customer reached us, for a case staff opened' })),
  orderNumber: Nullable(Type.String()),
  customerName: Type.String(),
  owner: Nullable(Type.Object({ id: Type.String(), label: Type.String() })),
  contactDueAt: Type.String(),
  contactedAt: Nullable(Type.String()),
  transferRequest: Nullable(Type.Object({ by: Type.String(), label: Type.String(), note: Nullable(Type.String()) })),
  resolution: Nullable(Type.String()),
  confirmation: Nullable(
    Type.Object(
      {
        at: Type.String(),
        channel: StringEnum(confirmationChannels),
        confirmedBy: Type.String({ description: "The customer's person who confirmed" }),
        recordedBy: Nullable(Type.String({ description: 'The staff member who took the confirmation; null when the customer confirmed in the portal' })),
      },
      { description: 'The customer confirmed the resolution satisfies them: the case closed' },
    ),
  ),
  replacements: Type.Array(
    Type.Object({ orderId: Type.String(), number: Type.String(), status: StringEnum(orderStatuses) }, { description: 'A zero-priced replacement or reshipment order made for the case' }),
  ),
  refundedMinor: Type.Integer(),
  currency: Nullable(Type.String()),
  openedBy: Nullable(Type.String()),
  openedByLabel: Type.String(),
  openedAt: Type.String(),
  closedAt: Nullable(Type.String()),
  version: Type.Integer(),
  returns: Type.Array(RmaView),
});
export type CaseView = Static<typeof CaseView>;

const Note = Type.Optional(Text(2000));
export const CaseOpen = StrictObject({
  orderId: Type.Optional(Uuid),
  customerId: Type.Optional(Uuid),
  type: StringEnum(caseTypes),
  summary: Text(2000),
  reportedVia: Type.Optional(StringEnum(contactChannels, { description: 'How the customer reached us' })),
});
/** What narrows the case list, its total and its export. */
export const CaseFilterQuery = StrictObject({
  status: Type.Optional(StringEnum(caseStatuses)),
  type: Type.Optional(StringEnum(caseTypes)),
  orderId: Type.Optional(Uuid),
  customerId: Type.Optional(Uuid),
  ownerId: Type.Optional(Uuid),
  overdue: Type.Optional(Type.Boolean({ description: 'Only cases whose customer contact is past its deadline and not yet made' })),
});

/** The columns the case list sorts by on the server; without a sort, newest first. */
export const caseSorts = ['opened', 'contactDue', 'type', 'status'] as const;
export type CaseSort = (typeof caseSorts)[number];

export const CaseListQuery = StrictObject({
  ...CaseFilterQuery.properties,
  ...sortParameters(caseSorts, 'opened'),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});

/** The case list as a file: its columns, in their default order. */
export const caseExportColumns = Object.keys(exportLabels.cases.headers) as CaseExportColumn[];
export type CaseExportColumn = keyof typeof exportLabels.cases.headers;

export const CaseExportQuery = StrictObject({ ...CaseFilterQuery.properties, ...sortParameters(caseSorts, 'opened'), ...exportParameters(caseExportColumns) });
export const CasePageQuery = StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) });
export const CaseContact = StrictObject({ summary: Text(2000), remedy: Type.Optional(StringEnum(remedies)) });
export const CaseTransfer = StrictObject({ toUserId: Uuid, note: Note });
export const TransferRequest = StrictObject({ note: Note });
export const CaseClose = StrictObject({ resolution: Text(2000) });
export const CaseConfirmation = StrictObject({
  satisfied: Type.Boolean({ description: 'false: the customer is not satisfied and the case goes back to its owner' }),
  channel: StringEnum(contactChannels),
  confirmedBy: Text(200),
  note: Note,
});
export const PortalCaseConfirmation = StrictObject({ satisfied: Type.Boolean(), note: Note });
export const Replacement = StrictObject({
  lines: Type.Array(StrictObject({ lineId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }), { minItems: 1, maxItems: 500 }),
  requestedDeliveryDate: Type.Optional(IsoDate),
});
export const ReturnAuthorisation = StrictObject({
  reason: Text(2000),
  lines: Type.Array(StrictObject({ lineId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }), { minItems: 1, maxItems: 500 }),
});
export const ReturnReceipt = StrictObject({ lines: Type.Array(StrictObject({ lineId: Uuid, disposition: StringEnum(dispositions) }), { minItems: 1, maxItems: 500 }) });
export const Refund = StrictObject({ amountMinor: Minor });
