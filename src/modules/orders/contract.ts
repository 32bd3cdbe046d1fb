import { Type } from '@sinclair/typebox';
import { StringEnum, StrictObject, Uuid } from '../../platform/http/schemas.js';
import { levels } from './priority.js';
import { channels } from './settings.js';

export { orderStatuses, type OrderStatus } from './states.js';
export type { Level } from './priority.js';
export type { Channel } from './settings.js';

/** What narrows the order list and its status counts; saved views store the same. */
export const OrderFilters = StrictObject({
  customerId: Type.Optional(Uuid),
  productId: Type.Optional(Type.String({ ...Uuid, description: 'Orders with a line of this product' })),
  priority: Type.Optional(StringEnum(levels)),
  channel: Type.Optional(StringEnum(channels)),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Order number prefix, exact external reference, or part of the customer name' })),
});
