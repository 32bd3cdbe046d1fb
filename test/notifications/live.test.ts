import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { connectDatabase, type Database } from '../../src/platform/db/connect.js';
import type { FastifyInstance } from 'fastify';
import { createTestApp, type TestApp } from '../support/app.js';
import { openEventStream, type EventStream } from '../support/event-stream.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
/** A second server process's view: its own connections, its own LISTEN. */
let otherDatabase: Database | undefined;
let other: FastifyInstance;

beforeAll(async () => {
  t = await createTestApp();
  const url = (t.database as { url?: string }).url;
  otherDatabase = url ? await connectDatabase({ databaseUrl: url, poolSize: 4 }) : undefined;
  other = await buildApp({ config: t.config, database: otherDatabase ?? t.database, clock: t.clock, logger: false });
  await other.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await other?.close();
  await otherDatabase?.close();
  await t?.close();
});

/** A stream from the other server process. */
async function openStream(headers: Record<string, string>): Promise<EventStream> {
  const port = (other.server.address() as AddressInfo).port;
  const stream = await openEventStream(`http://127.0.0.1:${port}/api/v1/events/stream`, headers);
  expect(stream.status).toBe(200);
  expect(stream.contentType).toContain('text/event-stream');
  return stream;
}

describe('live events (Server-Sent Events)', () => {
  it('shows a status change to a signed-in client of another server process as soon as it is dispatched', async () => {
    const customer = await createCustomer(t);
    const product = await createProduct(t);
    await receiveStock(t, product.id, 10);
    const stream = await openStream(await t.as('manager', 'watcher'));
    try {
      const placed = await placeOrder(t, { customerId: customer.id, channel: 'phone', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' });
      expect(placed.statusCode).toBe(201);
      await t.drain();
      const received = await stream.next((e) => e.event === 'order.received' && e.data.data.orderId === placed.data.id);
      expect(received.data).toMatchObject({ topic: 'order.received', customerId: customer.id, data: { status: 'awaiting_entry_check' } });
      expect(received.data.userIds).toBeUndefined();

      await t.call({ method: 'POST', url: `/api/v1/orders/${placed.data.id}/confirm-entry`, headers: await t.as('specialist') });
      await t.drain();
      const confirmed = await stream.next((e) => e.event === 'order.entry_confirmed' && e.data.data.orderId === placed.data.id);
      const now = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}`, headers: await t.as('manager') });
      expect(now.data.status).toBe('planned'); // low risk: approved as soon as the entry was confirmed, then planned by the worker
      expect(confirmed.data.data.status).toBe('approved');
    } finally {
      stream.close();
    }
  });

  it('ends the streams of a user deactivated or whose password is reset, in another server process, and only theirs', async () => {
    const admin = await t.as('admin');
    const leaverHeaders = await t.as('sales', 'leaver');
    const forgetfulHeaders = await t.as('production', 'forgetful');
    const bystander = await openStream(await t.as('manager', 'bystander'));
    const leaver = await openStream(leaverHeaders);
    const forgetful = await openStream(forgetfulHeaders);
    try {
      const idOf = async (headers: Record<string, string>) => (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers })).data.id as string;
      const leaverId = await idOf(leaverHeaders);
      const deactivated = await t.call({ method: 'PATCH', url: `/api/v1/users/${leaverId}`, headers: { ...admin, 'if-match': '"1"' }, payload: { active: false } });
      expect(deactivated.statusCode).toBe(200);
      expect(await leaver.ends()).toBe(true);

      const reset = await t.call({ method: 'POST', url: `/api/v1/users/${await idOf(forgetfulHeaders)}/password`, headers: admin, payload: { password: 'a new password 3' } });
      expect(reset.data.tokensRevoked).toBe(1);
      expect(await forgetful.ends()).toBe(true);
      expect(await bystander.ends(500)).toBe(false);
      // The revocation notice itself is for the servers, not the browsers.
      expect(bystander.events.map((e) => e.event)).not.toContain('auth.credentials_ended');
    } finally {
      for (const stream of [bystander, leaver, forgetful]) stream.close();
    }
  });

  it('refuses a stream to someone not signed in', async () => {
    const port = (other.server.address() as AddressInfo).port;
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/events/stream`);
    expect(response.status).toBe(401);
  });
});
