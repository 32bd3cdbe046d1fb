/**
 * Screenshots for the README: the demo company, seeded afresh in a temporary data folder and
 * seen in zh-CN — by its manager at 1440 px (dashboard, order list, late orders, the monthly
 * report, the process map, the detail of an order waiting in review) and by one of its customers on a 390 px phone (an order in the
 * portal). Run with `npm run screenshots` after `npm run build`; writes docs/screenshots/*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/platform/db/connect.js';
import { sessionCookie } from '../src/platform/http/auth.js';
import { csrfHeader, csrfTokenFor } from '../src/platform/http/csrf.js';
import { migrateDatabase } from '../src/platform/db/migrate.js';
import { systemClock } from '../src/platform/time/clock.js';
import { listOrders } from '../src/modules/orders/service.js';
import { totpAt } from '../src/modules/identity/totp.js';
import { demoEmail, demoPassword } from '../src/seed/demo-data.js';
import { seedDemo } from '../src/seed/demo.js';
import { createWorker } from '../src/worker.js';

const out = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');
const quiet = { info() {}, warn() {}, error() {} };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-screenshots-'));

const config = loadConfig({ ...process.env, ORDO_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' });
const database = await connectDatabase({ dataDir: config.dataDir });
await migrateDatabase(database);
await seedDemo(database.db, systemClock, config);
await createWorker({ db: database.db, clock: systemClock, config, log: quiet }).drain();
const app = await buildApp({ config, database, logger: false });
const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const written: string[] = [];
/** How long a screen may take to show on a busy machine. */
const patience = 90_000;

/** A PNG once the screen's data has come: the whole page, or what the window shows of a long list. */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(out, name), fullPage });
  written.push(name);
}

try {
  fs.mkdirSync(out, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: config.timeZone });
  const page = await context.newPage();
  page.setDefaultTimeout(patience);
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
  await page.waitForSelector('.ant-layout-content canvas');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000); // chart animations
  await shoot(page, 'dashboard.png');

  await page.goto(`${baseUrl}/orders`);
  await page.locator('.ant-table-row').first().waitFor();
  await shoot(page, 'orders.png', false);

  await page.goto(`${baseUrl}/late`);
  await page.locator('h1').waitFor();
  await shoot(page, 'late-orders.png');

  await page.goto(`${baseUrl}/reports`);
  await page.getByTestId('monthly-chart').first().locator('canvas').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000); // chart animations
  await shoot(page, 'reports.png');

  await page.goto(`${baseUrl}/reports/process`);
  await page.getByTestId('process-map').locator('.react-flow__edge').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  await shoot(page, 'process-map.png', false);

  const clock = { now: new Date(), timeZone: config.timeZone };
  const { items } = await listOrders(database.db, clock, { status: 'under_review', limit: 1 });
  const order = items[0] ?? (await listOrders(database.db, clock, { limit: 1 })).items[0]!;
  await page.goto(`${baseUrl}/orders/${order.id}`);
  await page.getByText(order.number).first().waitFor();
  await shoot(page, 'order-detail.png');

  // The customer of a delivered order, invited to the portal by sales (no mail server: the link is handed over).
  const delivered = (await listOrders(database.db, clock, { status: 'delivered', limit: 1 })).items[0] ?? order;
  const signedIn = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: demoEmail('sales'), password: demoPassword } });
  const session = signedIn.cookies.find((c) => c.name === sessionCookie)!.value;
  const invited = await app.inject({
    method: 'POST',
    url: `/api/v1/customers/${delivered.customer.id}/portal-users`,
    cookies: { [sessionCookie]: session },
    headers: { [csrfHeader]: csrfTokenFor(session) },
    payload: { email: 'buyer@demo.invalid', name: '采购 陈' },
  });
  const link = new URL((invited.json() as { handedOverLink: { url: string } }).handedOverLink.url);
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: config.timeZone, isMobile: true })).newPage();
  phone.setDefaultTimeout(patience);
  await phone.goto(`${baseUrl}${link.pathname}`);
  await phone.getByTestId('link-continue').click();
  await phone.waitForURL(`${baseUrl}/portal`);
  await phone.goto(`${baseUrl}/portal/orders/${delivered.id}`);
  await phone.getByText(delivered.number).first().waitFor();
  await shoot(phone, 'portal-order-390.png');
  process.stdout.write(`Wrote ${written.join(', ')} to docs/screenshots (order ${order.number}, portal order ${delivered.number})\n`);
} finally {
  await browser.close();
  await app.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
