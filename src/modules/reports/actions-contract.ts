import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum, StrictObject, Text, Uuid } from '../../platform/http/schemas.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { actionDirections, actionFigureFields, monthlyMetrics } from './monthly-contract.js';
import { improvementActionStatuses } from './states.js';

/** A month of this millennium, as the monthly report takes them (YYYY-MM). */
const Month = Type.String({ pattern: '^2\\d{3}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });

export const ImprovementActionView = Type.Object({
  ...actionFigureFields,
  baseline: Type.Number(),
  target: Type.Number(),
  direction: StringEnum(actionDirections),
  owner: Type.Object({ id: Uuid, name: Nullable(Type.String()) }),
  dueDate: Type.String({ format: 'date' }),
  /** Open past its due date (company zone): shown in red and reminded daily. */
  overdue: Type.Boolean(),
  note: Nullable(Type.String()),
  status: StringEnum(improvementActionStatuses),
  /** Why it was completed or dropped. */
  closingNote: Nullable(Type.String()),
  closedAt: Nullable(Type.String({ format: 'date-time' })),
  /** The figure so far this month (company zone) against the baseline; null while this month is the baseline's own. */
  latest: Nullable(Type.Object({ month: Type.String(), value: Nullable(Type.Number()), change: Nullable(Type.Number()), movedRightWay: Nullable(Type.Boolean()) })),
  createdAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});
export type ImprovementActionView = Static<typeof ImprovementActionView>;

export const ImprovementActionInput = StrictObject({
  title: Text(200),
  metric: StringEnum(monthlyMetrics),
  dimension: Type.Optional(Text(200)),
  currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
  fromMonth: Month,
  target: Type.Number(),
  direction: StringEnum(actionDirections),
  ownerId: Uuid,
  dueDate: IsoDate,
  note: Type.Optional(Text(2000)),
});
export type ImprovementActionInput = Static<typeof ImprovementActionInput>;

/** What may change on an open action; the figure and its baseline stay as created. */
export const ImprovementActionPatch = StrictObject({
  title: Type.Optional(Text(200)),
  target: Type.Optional(Type.Number()),
  direction: Type.Optional(StringEnum(actionDirections)),
  ownerId: Type.Optional(Uuid),
  dueDate: Type.Optional(IsoDate),
  note: Type.Optional(Nullable(Text(2000))),
});
export type ImprovementActionPatch = Static<typeof ImprovementActionPatch>;

/** Completing or dropping says why. */
export const ImprovementActionClosing = StrictObject({ note: Text(2000) });

export const ImprovementActionQuery = StrictObject({
  status: Type.Optional(StringEnum(improvementActionStatuses)),
  owner: Type.Optional(Type.Union([Uuid, Type.Literal('me')], { description: "An owner's id, or `me`" })),
  overdue: Type.Optional(Type.Boolean({ description: 'Only actions open past their due date' })),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});
