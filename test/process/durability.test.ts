import { afterAll, beforeAll, expect, test } from 'vitest';
import { testDatabaseKind } from '../support/database.js';
import { Client, killHard, serverDatabase, ordoCommand, startOrdo, stopGracefully, type RunningOrdo } from '../support/process.js';

// The real server, started from the CLI: on file-backed PGlite in a temporary data dir,
// or on a fresh PostgreSQL database when the suite runs against PostgreSQL.
const admin = { email: 'boss@example.test', password: 'kill-nine-proof' };
let env: Record<string, string>;
let cleanup: () => Promise<void>;
let running: RunningOrdo | undefined;

beforeAll(async () => {
  const database = await serverDatabase('ordo-durability');
  env = { ...database.env, ORDO_ADMIN_EMAIL: admin.email, ORDO_ADMIN_PASSWORD: admin.password };
  cleanup = database.cleanup;
});

afterAll(async () => {
  if (running) await killHard(running);
  await cleanup?.();
});

test('orders acknowledged with 201 survive kill -9 of the server and a restart', { timeout: 240_000 }, async () => {
  running = await startOrdo(env);
  const client = new Client(running.baseUrl);
  await client.login(admin.email, admin.password);
  const customer = await client.request('POST', '/api/v1/customers', {
    name: '断电测试有限公司',
    type: 'company',
    tier: 'normal',
    contacts: [{ name: '赵工', phone: '13700000000' }],
    addresses: [{ line1: '天河区体育西路1号', city: '广州' }],
  });
  const product = await client.request('POST', '/api/v1/products', { sku: 'KILL-9', name: '测试件', unit: '件', priceMinor: 1000, kind: 'stock' });
  await client.request('POST', '/api/v1/stock/movements', { productId: product.data.id, kind: 'receipt', quantity: 100 });

  const acknowledged: { id: string; number: string }[] = [];
  const place = () =>
    client.request('POST', '/api/v1/orders', {
      customerId: customer.data.id,
      channel: 'api',
      requestedDeliveryDate: '2099-01-10',
      lines: [{ productId: product.data.id, quantity: 1 }],
      paymentStatus: 'paid',
    });
  for (let i = 0; i < 10; i++) {
    const res = await place();
    expect(res.status).toBe(201);
    acknowledged.push({ id: res.data.id, number: res.data.number });
  }
  const burst = await Promise.all(Array.from({ length: 20 }, place));
  for (const res of burst) {
    expect(res.status).toBe(201);
    acknowledged.push({ id: res.data.id, number: res.data.number });
  }

  await killHard(running);
  running = await startOrdo(env);
  const after = new Client(running.baseUrl);
  await after.login(admin.email, admin.password);
  for (const order of acknowledged) {
    const res = await after.request('GET', `/api/v1/orders/${order.id}`);
    expect(res.status).toBe(200);
    expect(res.data.number).toBe(order.number);
  }
  const stock = await after.request('GET', `/api/v1/products/${product.data.id}/stock`);
  expect(stock.data).toMatchObject({ onHand: 100, reserved: 30 });
  expect((await after.request('GET', '/api/v1/audit/verify')).data.ok).toBe(true);

  // The next number carries on after the last acknowledged one: nothing reused, no gap.
  const next = await after.request('POST', '/api/v1/orders', {
    customerId: customer.data.id,
    channel: 'api',
    requestedDeliveryDate: '2099-01-10',
    lines: [{ productId: product.data.id, quantity: 1 }],
    paymentStatus: 'paid',
  });
  const serials = [...acknowledged.map((o) => o.number), next.data.number].map((n) => Number(n.split('-')[1])).sort((a, b) => a - b);
  expect(serials).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));

  if (testDatabaseKind === 'pglite') {
    // The embedded database belongs to the running server: a second process is told so.
    const busy = await ordoCommand(['audit', 'verify'], env);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain(`is in use by process ${running.child.pid} (ordo serve`);
  }

  expect(await stopGracefully(running)).toBe(0);
  running = undefined;
  const verify = await ordoCommand(['audit', 'verify'], env);
  expect(verify.stdout).toMatch(/Audit trail intact: \d+ events verified/);
  expect(verify.code).toBe(0);
});
