import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from '../../platform/http/schemas.js';
import { orderStatuses } from '../orders/contract.js';

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
