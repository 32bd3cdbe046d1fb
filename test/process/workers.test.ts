import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, testDatabaseKind } from '../support/database.js';
import { Client, startOrdo, startWorker, stopGracefully, type RunningOrdo } from '../support/process.js';
import { startSmtpServer } from '../support/receivers.js';
import { waitFor } from '../support/wait.js';

// Several `ordo worker` processes beside a server that runs none: PostgreSQL only (the
// embedded database belongs to one process).
describe.skipIf(testDatabaseKind !== 'postgres')('ordo worker processes on PostgreSQL', () => {
  const admin = { email: 'boss@example.test', password: 'two-workers-one-job' };
  const processes: RunningOrdo[] = [];
  let env: Record<string, string>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    smtp = await startSmtpServer({ accept: () => new Promise((resolve) => setTimeout(resolve, 5)) });
    const database = await freshDatabase();
    close = () => database.close();
    env = { ORDO_ADMIN_EMAIL: admin.email, ORDO_ADMIN_PASSWORD: admin.password, DATABASE_URL: database.url!, ORDO_SMTP_URL: smtp.url, ORDO_WORKER_POLL_MS: '20' };
  });
  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null) await stopGracefully(p);
    await close?.();
    await smtp?.close();
  });

  test('two worker processes take the queued deliveries together and send each message once', { timeout: 180_000 }, async () => {
    const server = await startOrdo({ ...env, ORDO_SERVE_WORKER: 'false' });
    processes.push(server);
    const client = new Client(server.baseUrl);
    await client.login(admin.email, admin.password);
    const customer = await client.request('POST', '/api/v1/customers', {
      name: '双进程测试有限公司',
      type: 'company',
      tier: 'normal',
      contacts: [{ name: '孙经理', email: 'sun@workers.example', primary: true }],
      addresses: [{ line1: '高新区科技路1号', city: '西安' }],
    });
    const product = await client.request('POST', '/api/v1/products', { sku: 'WORK-2', name: '测试件', unit: '件', priceMinor: 1000, kind: 'stock' });
    await client.request('POST', '/api/v1/stock/movements', { productId: product.data.id, kind: 'receipt', quantity: 100 });
    const orders = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.request('POST', '/api/v1/orders', { customerId: customer.data.id, channel: 'api', requestedDeliveryDate: '2099-01-10', lines: [{ productId: product.data.id, quantity: 1 }], paymentStatus: 'paid' }),
      ),
    );
    expect(orders.every((o) => o.status === 201 && o.data.status === 'approved')).toBe(true);

    processes.push(await startWorker(env), await startWorker(env));
    // The customer hears "received" and "confirmed"; the administrator who entered the orders owns
    // them and is mailed too. The customer's mail is what is counted; no one gets a copy twice.
    const expected = orders.flatMap((o) => [`订单已收到：${o.data.number}`, `订单已确认：${o.data.number}`]).sort();
    const toCustomer = () => smtp.received.filter((m) => m.to.includes('sun@workers.example'));
    await waitFor(() => toCustomer().length >= expected.length, { timeoutMs: 60_000, failure: () => `${toCustomer().length} of ${expected.length} messages` });
    const deliveries = async () => (await client.request('GET', '/api/v1/jobs?kind=notification.deliver&limit=200')).data.items as any[];
    await waitFor(async () => (await deliveries()).every((j) => j.status === 'done'), { timeoutMs: 60_000, intervalMs: 200, failure: () => 'every delivery job done' });
    // Stopping, a worker finishes the jobs it holds: a second copy of any message is sent by then.
    for (const worker of processes.slice(1)) expect(await stopGracefully(worker)).toBe(0);
    expect(toCustomer().map((m) => m.subject).sort()).toEqual(expected);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(smtp.received.length);

    const jobs = await deliveries();
    expect(jobs).toHaveLength(smtp.received.length);
    expect(jobs.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
  });
});
