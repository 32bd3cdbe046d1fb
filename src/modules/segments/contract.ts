import { Type, type Static } from '@sinclair/typebox';
import { exportLabels } from '../../platform/export/labels.js';
import { exportParameters } from '../../platform/export/table-file.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Currency, Minor, Nullable, StrictObject, StringEnum, Text, Uuid } from '../../platform/http/schemas.js';
import { customerTiers } from '../customers/contract.js';
import { scheduledKinds } from '../tasks/contract.js';

/* Saved customer segments: a name and a filter over customers, their members and their follow-ups. */

const Days = Type.Integer({ minimum: 0, maximum: 3650 });
const OrderCount = Type.Integer({ minimum: 0, maximum: 1_000_000 });
const WindowDays = Type.Integer({ minimum: 1, maximum: 3650, description: 'The window: the last so many days up to now' });

/** Whole days elapsed since something happened (0 on its day), at least `minDays`, at most `maxDays`. */
function dayRange(what: string, never: string) {
  return StrictObject(
    { minDays: Type.Optional(Days), maxDays: Type.Optional(Days) },
    { description: `Whole days since ${what}: at least minDays, at most maxDays. ${never}` },
  );
}

export const SegmentFilter = StrictObject(
  {
    tiers: Type.Optional(Type.Array(StringEnum(customerTiers), { minItems: 1, uniqueItems: true, description: 'Any of these tiers' })),
    recency: Type.Optional(dayRange('the last order (R)', 'A customer who never ordered matches no recency.')),
    frequency: Type.Optional(
      StrictObject(
        { windowDays: WindowDays, min: Type.Optional(OrderCount), max: Type.Optional(OrderCount) },
        { description: 'Orders received in the window (F), cancelled ones left out: at least min, at most max' },
      ),
    ),
    monetary: Type.Optional(
      StrictObject(
        { windowDays: WindowDays, currency: Currency, minMinor: Type.Optional(Minor), maxMinor: Type.Optional(Minor) },
        { description: 'The amount of the orders received in the window in this currency (M), in minor units: at least minMinor, at most maxMinor' },
      ),
    ),
    lastContact: Type.Optional(dayRange('the last call, visit, message, after-sales contact or pre-delivery check done', 'A customer never contacted matches any minDays and no maxDays.')),
    tags: Type.Optional(Type.Array(Text(50), { minItems: 1, maxItems: 20, uniqueItems: true, description: 'Every one of these tags' })),
    region: Type.Optional(
      StrictObject(
        { province: Type.Optional(Text(100)), city: Type.Optional(Text(100)) },
        { description: "One of the customer's addresses is in this province (its region) and city, as written" },
      ),
    ),
    openCases: Type.Optional(Type.Boolean({ description: 'true: with an after-sales case not yet closed; false: without one' })),
    satisfaction: Type.Optional(
      StrictObject(
        { below: Type.Optional(Type.Number({ minimum: 1, maximum: 5 })), above: Type.Optional(Type.Number({ minimum: 1, maximum: 5 })) },
        { description: 'The average of all their feedback scores (1–5): strictly below, strictly above. A customer without feedback has none and does not match.' },
      ),
    ),
  },
  { description: 'Who belongs: every part given must hold; active customers only. An empty filter takes every active customer.' },
);
export type SegmentFilter = Static<typeof SegmentFilter>;

export const SegmentCreate = StrictObject({ name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }), filter: SegmentFilter });
export type SegmentCreate = Static<typeof SegmentCreate>;
export const SegmentPatch = Type.Partial(SegmentCreate, { additionalProperties: false, minProperties: 1 });
export type SegmentPatch = Static<typeof SegmentPatch>;

export const SegmentView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  filter: SegmentFilter,
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type SegmentView = Static<typeof SegmentView>;

export const SegmentListItem = Type.Object({ ...SegmentView.properties, count: Type.Integer({ description: 'How many customers are in it now' }) });

/** The windows a member's figures were counted over: the filter's, else a year, in the filter's currency else CNY. */
export const FigureWindows = Type.Object({ ordersWindowDays: Type.Integer(), amountWindowDays: Type.Integer(), currency: Type.String() });
export type FigureWindows = Static<typeof FigureWindows>;

export const SegmentMember = Type.Object({
  id: Type.String(),
  name: Type.String(),
  tier: StringEnum(customerTiers),
  tags: Type.Array(Type.String()),
  province: Nullable(Type.String()),
  city: Nullable(Type.String()),
  lastOrderAt: Nullable(Type.String()),
  daysSinceLastOrder: Nullable(Type.Integer()),
  ordersInWindow: Type.Integer(),
  amountInWindowMinor: Type.Integer(),
  currency: Type.String(),
  lastContactAt: Nullable(Type.String()),
  daysSinceLastContact: Nullable(Type.Integer()),
  openCases: Type.Integer(),
  averageScore: Nullable(Type.Number()),
});
export type SegmentMember = Static<typeof SegmentMember>;

export const MemberPage = Type.Object({ items: Type.Array(SegmentMember), nextCursor: Nullable(Type.String()), windows: FigureWindows });
export const SegmentPreview = Type.Object({ total: Type.Integer(), ...MemberPage.properties });

export const PageQuery = StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) });
export const PreviewBody = StrictObject({ filter: SegmentFilter, limit: Type.Optional(limitSchema) });

export const FollowUpRequest = StrictObject({
  ownerId: Type.String({ ...Uuid, description: 'The staff member who makes the calls, visits or messages' }),
  kind: StringEnum(scheduledKinds),
  dueDate: Type.String({ format: 'date', description: "The day they are due (the company's 18:00)" }),
  note: Text(2000),
});
export type FollowUpRequest = Static<typeof FollowUpRequest>;

export const FollowUpResult = Type.Object({
  segmentId: Type.String(),
  kind: StringEnum(scheduledKinds),
  dueAt: Type.String(),
  ownerId: Type.String(),
  created: Type.Integer({ description: 'Tasks opened by this run' }),
  alreadyScheduled: Type.Integer({ description: 'Customers who had this follow-up of the segment for that day already' }),
  taskIds: Type.Array(Type.String()),
});
export type FollowUpResult = Static<typeof FollowUpResult>;

export type SegmentExportColumn = keyof typeof exportLabels.segments.headers;
export const segmentExportColumns = Object.keys(exportLabels.segments.headers) as SegmentExportColumn[];
export const SegmentExportQuery = StrictObject({ ...exportParameters(segmentExportColumns) });
