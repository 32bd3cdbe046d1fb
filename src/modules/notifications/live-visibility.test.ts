import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LiveEvent } from '../../platform/live/hub.js';
import { liveEventFor, type LiveViewer } from './live-visibility.js';

const yunfan = '00000000-0000-4000-8000-00000000000a';
const yuanhang = '00000000-0000-4000-8000-00000000000b';
const buyer: LiveViewer = { userId: 'buyer', customerId: yunfan, seesOrders: false };
const manager: LiveViewer = { userId: 'manager', seesOrders: true };
const warehouse: LiveViewer = { userId: 'warehouse', seesOrders: false };

function orderEvent(customerId: string | null, userIds: string[] = []): LiveEvent {
  return {
    id: 'e1',
    topic: 'order.returned',
    customerId,
    userIds,
    data: { orderId: 'o1', number: '202405-001', status: 'exception', comment: '信用额度不足', roles: ['finance'] },
    at: '2024-05-10T01:00:00.000Z',
  };
}

describe('what a live stream is sent', () => {
  test("a portal user hears of their own customer's order, only which order changed", () => {
    expect(liveEventFor(buyer, orderEvent(yunfan))).toEqual({ id: 'e1', topic: 'order.returned', customerId: yunfan, data: { orderId: 'o1', number: '202405-001' }, at: '2024-05-10T01:00:00.000Z' });
  });

  test("a portal user hears nothing of another customer's order, nor of an event of no customer, even addressed to them", () => {
    expect(liveEventFor(buyer, orderEvent(yuanhang))).toBeUndefined();
    expect(liveEventFor(buyer, orderEvent(yuanhang, ['buyer']))).toBeUndefined();
    expect(liveEventFor(buyer, orderEvent(null, ['buyer']))).toBeUndefined();
  });

  test("any event of a customer not the portal user's own is withheld", () => {
    fc.assert(
      fc.property(
        fc.record({
          id: fc.uuid(),
          topic: fc.string(),
          customerId: fc.option(fc.uuid().filter((id) => id !== yunfan), { nil: null }),
          userIds: fc.array(fc.constantFrom('buyer', 'manager', 'someone')),
          data: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
          at: fc.constant('2024-05-10T01:00:00.000Z'),
        }),
        (event) => liveEventFor(buyer, event) === undefined,
      ),
    );
  });

  test('staff who read orders hear of every order, with its fields but not whom it was addressed to', () => {
    const event = orderEvent(yuanhang, ['finance-1']);
    const { userIds: _userIds, ...withoutAddressees } = event;
    expect(liveEventFor(manager, event)).toEqual(withoutAddressees);
  });

  test('staff who do not read orders hear only what is addressed to them', () => {
    expect(liveEventFor(warehouse, orderEvent(yunfan))).toBeUndefined();
    expect(liveEventFor(warehouse, orderEvent(yunfan, ['warehouse']))).toMatchObject({ topic: 'order.returned', data: { comment: '信用额度不足' } });
    const notice: LiveEvent = { id: 'e2', topic: 'notification.created', customerId: null, userIds: ['manager'], data: { notificationId: 'n1' }, at: '2024-05-10T01:00:00.000Z' };
    expect(liveEventFor(manager, notice)).toMatchObject({ topic: 'notification.created' });
    expect(liveEventFor(warehouse, notice)).toBeUndefined();
  });
});
