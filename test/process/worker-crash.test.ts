import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freshDatabase, testDatabaseKind } from '../support/database.js';
import { Client, killHard, startOrdo, stopGracefully, type RunningOrdo } from '../support/process.js';
import { startSmtpServer } from '../support/receivers.js';
import { waitFor } from '../support/wait.js';

const admin = { email: 'boss@example.test', password: 'kill-nine-proof' };
let env: Record<string, string>;
let cleanup: () => Promise<void>;
let running: RunningOrdo | undefined;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
/** Set while the test wants the server killed in the middle of the next delivery. */
let killDuringNext: (() => Promise<void>) | undefined;

beforeAll(async () => {
  smtp = await startSmtpServer({
    async accept() {
      // Each message waits before its answer, so a kill can land mid-delivery.
      const kill = killDuringNext;
      killDuringNext = undefined;
      if (kill) await kill();
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
  });
  const base = {
    ORDO_ADMIN_EMAIL: admin.email,
    ORDO_ADMIN_PASSWORD: admin.password,
    ORDO_SMTP_URL: smtp.url,
    ORDO_WORKER_CONCURRENCY: '1',
    ORDO_WORKER_POLL_MS: '50',
    ORDO_JOB_LEASE_SECONDS: '1',
  };
  if (testDatabaseKind === 'postgres') {
    const database = await freshDatabase();
    env = { ...base, DATABASE_URL: database.url! };
    cleanup = () => database.close();
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-worker-crash-'));
    env = { ...base, DATABASE_URL: '', ORDO_DATA_DIR: dataDir };
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  if (running) await killHard(running);
  await cleanup?.();
  await smtp?.close();
});

const until = (condition: () => boolean, what: string) => waitFor(condition, { timeoutMs: 60_000, failure: () => what });

test('killing the worker mid-delivery loses no notification and sends none twice', { timeout: 240_000 }, async () => {
  running = await startOrdo({ ...env, ORDO_SERVE_WORKER: 'false' });
  const client = new Client(running.baseUrl);
  await client.login(admin.email, admin.password);
  const customer = await client.request('POST', '/api/v1/customers', {
    name: '邮件测试有限公司',
    type: 'company',
    tier: 'normal',
    contacts: [{ name: '钱经理', email: 'qian@mail-test.example', primary: true }],
    addresses: [{ line1: '滨江区网商路1号', city: '杭州' }],
  });
  const product = await client.request('POST', '/api/v1/products', { sku: 'MAIL-1', name: '测试件', unit: '件', priceMinor: 1000, kind: 'stock' });
  await client.request('POST', '/api/v1/stock/movements', { productId: product.data.id, kind: 'receipt', quantity: 100 });
  const numbers: string[] = [];
  for (let i = 0; i < 8; i++) {
    const res = await client.request('POST', '/api/v1/orders', { customerId: customer.data.id, channel: 'api', requestedDeliveryDate: '2099-01-10', lines: [{ productId: product.data.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(res.status).toBe(201);
    numbers.push(res.data.number);
  }
  // The orders were taken with no worker running: their messages wait in the outbox.
  expect(smtp.received).toHaveLength(0);
  expect(await stopGracefully(running)).toBe(0);

  running = await startOrdo(env);
  await until(() => smtp.received.length >= 3, 'the first messages');
  const victim = running;
  killDuringNext = () => killHard(victim);
  await until(() => victim.child.exitCode !== null || victim.child.signalCode !== null, 'the kill');

  running = await startOrdo(env);
  // Each order was approved at intake: the customer hears "received" and "confirmed". (The
  // administrator who entered them owns them and is mailed too; the customer's mail is what is counted.)
  const expected = numbers.flatMap((n) => [`订单已收到：${n}`, `订单已确认：${n}`]).sort();
  const toCustomer = () => smtp.received.filter((m) => m.to.includes('qian@mail-test.example'));
  await until(() => toCustomer().length >= expected.length, 'every message after the restart');
  const after = new Client(running.baseUrl);
  await after.login(admin.email, admin.password);
  // Once every delivery job is done, the one worker left has nothing that could send a copy.
  const jobs = await waitFor(
    async () => {
      const { data } = await after.request('GET', '/api/v1/jobs?kind=notification.deliver');
      return data.items.length > 0 && data.items.every((j: any) => j.status === 'done') ? data.items : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 100, failure: () => 'every delivery job done' },
  );

  const subjects = toCustomer().map((m) => m.subject).sort();
  expect(subjects).toEqual(expected);
  // No mail went twice, to anyone.
  expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(smtp.received.length);

  const log = await after.request('GET', '/api/v1/notifications/deliveries?channel=email&limit=200');
  expect(log.data.items).toHaveLength(smtp.received.length);
  expect(log.data.items.every((d: any) => d.status === 'sent')).toBe(true);
  // The delivery cut off by the kill was taken over by the restarted worker: its job ran twice, the mail went once.
  expect(jobs.filter((j: any) => j.attempts === 2)).toHaveLength(1);
  expect(await stopGracefully(running)).toBe(0);
  running = undefined;
});
