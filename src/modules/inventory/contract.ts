import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IsoDate, Nullable, StrictObject, StringEnum, Text, Uuid } from '../../platform/http/schemas.js';

/* Stock levels, the stock ledger, production lines and the capacity calendar as the API sends and answers them. */

/** receipt and adjustment are booked by people; reservation, release, shipment and return follow orders. */
export const movementKinds = ['receipt', 'adjustment', 'reservation', 'release', 'shipment', 'return'] as const;
/** What a production line's capacity counts per day: units made, or hours of work. */
export const capacityUnits = ['units', 'hours'] as const;
export type CapacityUnit = (typeof capacityUnits)[number];
/** default: the line's weekday default; set: a capacity set for this very day. */
export const capacitySources = ['default', 'set'] as const;

export const StockLevel = Type.Object({ productId: Type.String(), onHand: Type.Integer(), reserved: Type.Integer(), available: Type.Integer() });
export type StockLevel = Static<typeof StockLevel>;

export const MovementView = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  kind: StringEnum(movementKinds),
  onHandDelta: Type.Integer(),
  reservedDelta: Type.Integer(),
  onHandAfter: Type.Integer(),
  reservedAfter: Type.Integer(),
  orderId: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  actorId: Nullable(Type.String()),
  at: Type.String(),
});
export type MovementView = Static<typeof MovementView>;

export const MovementCreate = StrictObject({
  productId: Uuid,
  kind: StringEnum(['receipt', 'adjustment'] as const, { description: 'receipt adds goods; adjustment corrects a count (a signed quantity, with a reason)' }),
  quantity: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000, not: { const: 0 }, description: 'Non-zero; negative only for adjustments' }),
  reason: Type.Optional(Text(500)),
});
export type MovementInput = Static<typeof MovementCreate>;
export const MovementRecorded = Type.Object({ movement: MovementView, level: StockLevel });

export const PageQuery = StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) });

export const MovementQuery = StrictObject({
  productId: Type.Optional(Uuid),
  kind: Type.Optional(StringEnum(movementKinds)),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});
export type MovementQuery = Static<typeof MovementQuery>;

/** A movement in the stock ledger of every product, with the product it moved. */
export const LedgerMovementView = Type.Object({ ...MovementView.properties, sku: Type.String(), productName: Type.String(), unit: Type.String() });
export type LedgerMovementView = Static<typeof LedgerMovementView>;

const Units = Type.Integer({ minimum: 0, maximum: 1_000_000 });

export const ProductionLineCreate = StrictObject({
  code: Type.String({ minLength: 1, maxLength: 32, pattern: '^\\S(.*\\S)?$' }),
  name: Text(200),
  defaultDailyCapacity: Units,
  capacityUnit: Type.Optional(StringEnum(capacityUnits, { description: 'What the capacity counts: units (default) or hours per day' })),
  workingWeekdays: Type.Optional(
    Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { uniqueItems: true, maxItems: 7, description: 'ISO weekdays the default applies to (1 = Monday); Monday–Friday if omitted' }),
  ),
  active: Type.Optional(Type.Boolean()),
});
export type ProductionLineInput = Static<typeof ProductionLineCreate>;

export const ProductionLinePatch = Type.Partial(ProductionLineCreate, { additionalProperties: false, minProperties: 1 });
export type ProductionLinePatch = Static<typeof ProductionLinePatch>;

export const ProductionLineView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  active: Type.Boolean(),
  defaultDailyCapacity: Type.Integer(),
  capacityUnit: StringEnum(capacityUnits),
  workingWeekdays: Type.Array(Type.Integer()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type ProductionLineView = Static<typeof ProductionLineView>;

export const CapacityDay = Type.Object({
  lineId: Type.String(),
  lineCode: Type.String(),
  capacityUnit: StringEnum(capacityUnits),
  date: Type.String(),
  capacityUnits: Type.Integer(),
  bookedUnits: Type.Integer(),
  freeUnits: Type.Integer(),
  source: StringEnum(capacitySources),
});
export type CapacityDay = Static<typeof CapacityDay>;
export const Calendar = Type.Object({ items: Type.Array(CapacityDay) });
export const CalendarQuery = StrictObject({ from: IsoDate, to: IsoDate, lineId: Type.Optional(Uuid) });
export const CapacitySet = StrictObject({ from: IsoDate, to: IsoDate, capacityUnits: Units });
