import { type Static, Type } from '@sinclair/typebox';
import { Minor, Nullable, StrictObject, StringEnum, Text, Uuid } from '../../platform/http/schemas.js';
import { productKinds } from '../catalog/contract.js';
import { shipmentStatuses, trackingStatuses } from './states.js';
import { orderStatuses } from '../orders/contract.js';

/* Shipments, pick and pack lists, tracking and the customer's acceptance as the API sends and answers them. */

export const carrierKinds = ['express', 'freight'] as const;
export type CarrierKind = (typeof carrierKinds)[number];
export { shipmentStatuses, trackingStatuses, type ShipmentStatus, type TrackingStatus } from './states.js';
export const lineResults = ['pass', 'fail', 'partial'] as const;
export type LineResult = (typeof lineResults)[number];

/** The order as other modules' routes answer with it: its status and version, with the rest as GET /orders/{id} has it. */
export const OrderState = Type.Object({ id: Type.String(), number: Type.String(), status: StringEnum(orderStatuses), version: Type.Integer() }, { additionalProperties: true });

export const Shipment = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  carrier: Type.Object({
    kind: StringEnum(carrierKinds),
    name: Type.String(),
    code: Nullable(Type.String({ description: "The carrier directory's code; null for a carrier typed in before the directory" })),
    trackingUrl: Nullable(Type.String({ description: "The carrier's tracking page for this shipment, from the directory's template; null without one" })),
  }),
  trackingNumber: Type.String(),
  costMinor: Type.Integer(),
  currency: Type.String(),
  status: StringEnum(shipmentStatuses),
  shippedAt: Type.String(),
  deliveredAt: Nullable(Type.String()),
  lines: Type.Array(Type.Object({ orderLineId: Type.String(), lineNo: Type.Integer(), sku: Type.String(), name: Type.String(), unit: Type.String(), quantity: Type.Integer() })),
  events: Type.Array(Type.Object({ status: StringEnum(trackingStatuses), at: Type.String(), location: Nullable(Type.String()), note: Nullable(Type.String()) })),
});
const Loose = Type.Unknown();
export const PackList = Type.Object({ ...Shipment.properties, orderNumber: Type.String(), customerName: Type.String(), delivery: Loose, contact: Loose });
export const PickList = Type.Object({
  orderId: Type.String(),
  number: Type.String(),
  status: StringEnum(orderStatuses),
  suggestedCarrier: StringEnum(carrierKinds),
  delivery: Loose,
  lines: Type.Array(
    Type.Object({
      lineId: Type.String(),
      lineNo: Type.Integer(),
      sku: Type.String(),
      name: Type.String(),
      unit: Type.String(),
      kind: StringEnum(productKinds),
      open: Type.Integer({ description: 'Left to ship' }),
      reserved: Type.Integer(),
      backordered: Type.Integer(),
      pickNow: Type.Integer({ description: 'What can be picked now: reserved stock, or the made-to-order quantity' }),
    }),
  ),
});
export type PickList = Static<typeof PickList>;
export const Note = StrictObject({ note: Type.Optional(Text(2000)) });
export const CarrierCode = Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9_-]+$', description: 'Letters, digits, - and _; kept upper-case' });
export const ShipmentCreate = StrictObject({
  carrier: StrictObject({
    kind: StringEnum(carrierKinds),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: 'An active carrier of the directory (GET /api/v1/carriers); its name is taken from there' })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'A carrier outside the directory, by name; used only without `code`' })),
  }),
  trackingNumber: Text(100),
  costMinor: Minor,
  lines: Type.Array(StrictObject({ lineId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }), { minItems: 1, maxItems: 500 }),
});
export const TrackingEvent = StrictObject({
  status: StringEnum(trackingStatuses),
  at: Type.String({ format: 'date-time' }),
  location: Type.Optional(Text(200)),
  note: Type.Optional(Text(2000)),
});

export const Photo = Type.Object({ id: Type.String(), fileName: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String(), uploadedAt: Type.String() });
const acceptanceFields = {
  id: Type.String(),
  orderId: Type.String(),
  result: StringEnum(lineResults),
  lines: Type.Array(
    Type.Object({
      lineId: Type.String(),
      lineNo: Type.Integer(),
      sku: Type.String(),
      deliveredQuantity: Type.Integer(),
      result: StringEnum(lineResults),
      acceptedQuantity: Type.Integer(),
      comment: Nullable(Type.String()),
    }),
  ),
  comment: Nullable(Type.String()),
  recordedBy: Nullable(Type.String()),
  recordedByLabel: Type.String(),
  recordedAt: Type.String(),
  photos: Type.Array(Photo),
};
export const Acceptance = Type.Object(acceptanceFields);
export const RecordedAcceptance = Type.Object({ ...acceptanceFields, caseId: Nullable(Type.String()) });
export const AcceptanceRecord = StrictObject({
  lines: Type.Array(
    StrictObject({
      lineId: Uuid,
      result: StringEnum(lineResults),
      acceptedQuantity: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
      comment: Type.Optional(Text(2000)),
    }),
    { minItems: 1, maxItems: 500 },
  ),
  comment: Type.Optional(Text(2000)),
});
export const PhotoParams = StrictObject({ id: Uuid, photoId: Uuid });

/* The carrier directory (承运商). */
export const trackingNumberPlaceholder = '{trackingNumber}';
export const TrackingUrlTemplate = Type.String({ maxLength: 500, description: 'An https address containing {trackingNumber}, e.g. https://carrier.example/track?no={trackingNumber}' });
export const Carrier = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  trackingUrlTemplate: Nullable(Type.String()),
  active: Type.Boolean(),
  version: Type.Integer(),
  updatedAt: Type.String(),
});
export type Carrier = Static<typeof Carrier>;
export const CarrierCreate = StrictObject({ code: CarrierCode, name: Text(100), trackingUrlTemplate: Type.Optional(Nullable(TrackingUrlTemplate)), active: Type.Optional(Type.Boolean()) });
export type CarrierCreate = Static<typeof CarrierCreate>;
export const CarrierPatch = StrictObject({ code: Type.Optional(CarrierCode), name: Type.Optional(Text(100)), trackingUrlTemplate: Type.Optional(Nullable(TrackingUrlTemplate)), active: Type.Optional(Type.Boolean()) });
export type CarrierPatch = Static<typeof CarrierPatch>;
export const CarrierQuery = StrictObject({ active: Type.Optional(Type.Boolean({ description: 'Only active (true) or only inactive (false) carriers' })) });
