import { Type, type Static } from '@sinclair/typebox';
import type { Executor } from '../../platform/db/connect.js';
import { Nullable, StrictObject } from '../../platform/http/schemas.js';
import { readSettings } from '../../platform/settings/service.js';

export const returnVisitsKey = 'relationship-return-visits';

const everyDays = Nullable(Type.Integer({ minimum: 1, maximum: 730, description: 'Days between visits; null: no periodic visits for this tier' }));

/** Seed 003 (客户关系维护): customers are visited on a rhythm set by their tier. */
export const ReturnVisitSettings = StrictObject({
  everyDays: StrictObject({ vip: everyDays, normal: everyDays, new: everyDays }),
  dueDays: Type.Integer({ minimum: 1, maximum: 60, description: 'Days the owner has to make the visit once it is planned' }),
});
export type ReturnVisitSettings = Static<typeof ReturnVisitSettings>;

/** VIP customers monthly, the others quarterly; new customers are looked after through their first order. */
export const defaultReturnVisits: ReturnVisitSettings = { everyDays: { vip: 30, normal: 90, new: null }, dueDays: 7 };

export async function loadReturnVisits(db: Executor): Promise<ReturnVisitSettings> {
  const stored = await readSettings(db, [returnVisitsKey]);
  return (stored.get(returnVisitsKey)?.value as ReturnVisitSettings | undefined) ?? defaultReturnVisits;
}
