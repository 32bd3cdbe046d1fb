import { Type, type Static } from '@sinclair/typebox';
import { StrictObject } from '../../platform/http/schemas.js';

/**
 * PRC E-Commerce Law art. 31: goods, services and transaction records are kept at least three
 * years from the transaction's completion. Ordo keeps them longer if told, never shorter.
 */
export const minimumRetentionYears = 3;

export const RetentionSettings = StrictObject({
  years: Type.Integer({ minimum: 1, maximum: 30, description: `Years an order or case is kept after its completion (at least ${minimumRetentionYears}, the E-Commerce Law art. 31)` }),
});
export type RetentionSettings = Static<typeof RetentionSettings>;
