import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(); // Friday 2024-05-10, 09:00 in Shanghai; no business calendar
});
afterAll(async () => t?.close());

async function inbox(role: 'specialist' | 'manager', topic: string) {
  const res = await t.call({ method: 'GET', url: '/api/v1/notifications?limit=200', headers: await t.as(role) });
  return res.data.items.filter((n: any) => n.topic === topic);
}

describe('SLA alerts from the worker', () => {
  it('warns the specialists 15 minutes before a high-priority response is due and escalates to managers when it is missed, once each', async () => {
    const vip = await createCustomer(t, { name: '远航重工集团', tier: 'vip' });
    const press = await createProduct(t, { priceMinor: 60_000_00 });
    await receiveStock(t, press.id, 5);
    const placed = await placeOrder(t, {
      customerId: vip.id,
      channel: 'b2b_direct',
      type: 'custom',
      requestedDeliveryDate: daysAfter(t, 3),
      lines: [{ productId: press.id, quantity: 2 }],
      specialRequirements: { text: '整机喷涂客户指定色号', customization: { color: 'RAL 5015' } },
      paymentStatus: 'paid',
    });
    expect(placed.statusCode).toBe(201);
    expect(placed.data.priority.level).toBe('high');
    await inbox('specialist', 'sla.warned'); // creates the specialist before the warning is addressed
    await inbox('manager', 'sla.escalated');

    t.clock.set('2024-05-10T01:44:59.000Z');
    await t.drain();
    expect(await inbox('specialist', 'sla.warned')).toHaveLength(0);

    t.clock.set('2024-05-10T01:45:00.000Z');
    await t.drain();
    const warnings = await inbox('specialist', 'sla.warned');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ title: `即将超时：${placed.data.number}`, data: { orderId: placed.data.id } });
    expect(await inbox('manager', 'sla.escalated')).toHaveLength(0);

    t.clock.set('2024-05-10T02:00:00.000Z');
    await t.drain();
    t.clock.advance(5 * 60_000);
    await t.drain();
    expect(await inbox('specialist', 'sla.warned')).toHaveLength(1);
    const escalations = await inbox('manager', 'sla.escalated');
    expect(escalations.filter((n: any) => n.data.orderId === placed.data.id && n.data.kind === 'response')).toHaveLength(1);
  });
});
