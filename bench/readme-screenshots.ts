/**
 * Screenshots for the README: the demo company, seeded in memory, seen by its manager in
 * zh-CN — the dashboard and the detail of an order waiting in review. Run with
 * `npm run screenshots` after `npm run build`; writes docs/screenshots/*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/platform/db/connect.js';
import { migrateDatabase } from '../src/platform/db/migrate.js';
import { systemClock } from '../src/platform/time/clock.js';
import { listOrders } from '../src/modules/orders/service.js';
import { totpAt } from '../src/modules/identity/totp.js';
import { demoEmail, demoPassword } from '../src/seed/demo-data.js';
import { seedDemo } from '../src/seed/demo.js';
import { createWorker } from '../src/worker.js';

const out = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');
const quiet = { info() {}, warn() {}, error() {} };

const config = loadConfig({ ...process.env, ORDO_DATA_DIR: 'memory://', DATABASE_URL: '', LOG_LEVEL: 'silent' });
const database = await connectDatabase({});
await migrateDatabase(database);
await seedDemo(database.db, systemClock, config);
await createWorker({ db: database.db, clock: systemClock, config, log: quiet }).drain();
const app = await buildApp({ config, database, logger: false });
const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: config.timeZone });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.locator('#email').fill(demoEmail('manager'));
  await page.locator('#password').fill(demoPassword);
  await page.locator('button[type=submit]').click();
  // A manager must use two-step verification: set it up as a new manager would.
  await page.getByTestId('mfa-start').click();
  const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').trim();
  await page.locator('#code').fill(totpAt(secret, new Date()));
  await page.getByTestId('mfa-confirm').click();
  await page.getByTestId('mfa-done').click();
  await page.waitForSelector('.ant-layout-content canvas', { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000); // chart animations
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, 'dashboard.png'), fullPage: true });

  const { items } = await listOrders(database.db, { now: new Date(), timeZone: config.timeZone }, { status: 'under_review', limit: 1 });
  const order = items[0] ?? (await listOrders(database.db, { now: new Date(), timeZone: config.timeZone }, { limit: 1 })).items[0]!;
  await page.goto(`${baseUrl}/orders/${order.id}`);
  await page.getByText(order.number).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(out, 'order-detail.png'), fullPage: true });
  process.stdout.write(`Wrote dashboard.png and order-detail.png (order ${order.number}) to docs/screenshots\n`);
} finally {
  await browser.close();
  await app.close();
  await database.close();
}
