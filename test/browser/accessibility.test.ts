import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { launchChromium, shoot } from '../support/browser.js';
import { testPassword } from '../support/hashed-passwords.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip, placeApprovedOrder } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

/*
 * Every main screen of the console and of the customer portal, opened in headless Chromium
 * against a real server and checked by axe-core: no serious or critical accessibility
 * violation, exactly one top-level heading, and a tab title that names the screen.
 */

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const buyerEmail = 'chen.buyer@yunfan.test';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let browser: Browser;
let baseUrl: string;
let customerId: string;
let delivered: any;
let approved: any;
const record = { contexts: [] as BrowserContext[] };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Waits until the screen has its data, then runs axe on the whole document. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.addScriptTag({ path: axeSource });
  // Runs in the page; axe's run() without a context checks the whole document.
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

async function checkScreen(page: Page, path: string, title: string, shotName: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  // A lazily loaded screen shows its skeleton first; its heading says the screen itself is there.
  await page.locator('h1').first().waitFor();
  const violations = await seriousViolations(page);
  expect.soft(violations, `axe on ${path}`).toEqual([]);
  expect.soft(await page.locator('h1').count(), `h1 on ${path}`).toBe(1);
  expect.soft(await page.title(), `title on ${path}`).toMatch(new RegExp(`^${title} · `));
  await shoot(page, shotName);
}

/** A page whose content security policy lets the test add axe's script, as the policy rightly forbids to anyone else. */
async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport, deviceScaleFactor: 1, bypassCSP: true });
  record.contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createTrustedCustomer(t, { name: '杭州云帆贸易有限公司', addresses: [{ label: '总部', recipient: '陈采购', city: '杭州', line1: '滨江区江南大道88号', isDefault: true }] });
  customerId = customer.id;
  const sensor = await createProduct(t, { sku: 'SEN-300', name: '工业传感器 S300', priceMinor: 300_00, unit: '台' });
  await receiveStock(t, sensor.id, 200);
  delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 6 }]));
  approved = await placeApprovedOrder(t, customer.id, [{ productId: sensor.id, quantity: 2 }]);
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: buyerEmail, name: '陈采购' } });
  expect(invited.statusCode).toBe(201);
});

afterAll(async () => {
  for (const context of record.contexts) await context.close();
  await browser?.close();
  await t?.close();
  await smtp?.close();
});

describe('accessibility of the console', () => {
  let admin: Page;

  const screens: [string, () => string, () => string][] = [
    ['dashboard', () => '/', () => '工作台'],
    ['orders', () => '/orders', () => '订单'],
    ['order-detail', () => `/orders/${approved.id}`, () => '订单'],
    ['order-entry', () => '/orders/new', () => '录入订单'],
    ['late', () => '/late', () => '延误与风险'],
    ['review', () => '/review', () => '评审待办'],
    ['exceptions', () => '/exceptions', () => '异常订单'],
    ['tasks', () => '/tasks', () => '我的任务'],
    ['customers', () => '/customers', () => '客户'],
    ['customer-detail', () => `/customers/${customerId}`, () => '客户'],
    ['products', () => '/products', () => '产品与库存'],
    ['stock', () => '/stock', () => '库存流水'],
    ['capacity', () => '/capacity', () => '产能日历'],
    ['receivables', () => '/receivables', () => '应收账款'],
    ['settings-users', () => '/settings/users', () => '用户与角色'],
    ['settings-priority', () => '/settings/priority', () => '优先级规则'],
    ['settings-sla', () => '/settings/sla', () => '时限与工作日历'],
    ['settings-review', () => '/settings/review', () => '评审流程'],
    ['settings-plans', () => '/settings/plans', () => '执行方案模板'],
    ['settings-notifications', () => '/settings/notifications', () => '通知模板'],
    ['settings-webhooks', () => '/settings/webhooks', () => 'Webhook'],
    ['settings-sign-in', () => '/settings/signIn', () => '登录安全'],
    ['account', () => '/account', () => '我的账户'],
  ];

  beforeAll(async () => {
    await t.as('admin');
    admin = await newPage({ width: 1366, height: 900 });
    await admin.goto(`${baseUrl}/`);
    await admin.locator('#email').fill('admin.admin@example.test');
    await admin.locator('#password').fill(testPassword);
    await admin.locator('button[type=submit]').click();
    await admin.locator('.ant-layout-header').waitFor();
  });

  test.each(screens)('%s', async (name, path, title) => {
    await checkScreen(admin, path(), title(), `a11y-${name}`);
  });
});

describe('accessibility of the customer portal', () => {
  let buyer: Page;

  beforeAll(async () => {
    buyer = await newPage({ width: 390, height: 844 });
    await buyer.goto(`${baseUrl}/portal/sign-in`);
    await buyer.locator('#email').fill(buyerEmail);
    await buyer.locator('button[type=submit]').click();
    await buyer.getByTestId('link-sent').waitFor();
    await t.drain();
    const link = smtp.received.filter((m) => m.to.includes(buyerEmail)).flatMap(linksIn).at(-1)!;
    await buyer.goto(`${baseUrl}${link}`);
    await buyer.getByTestId('link-continue').click();
    await buyer.waitForURL(`${baseUrl}/portal`);
  });

  test('orders', async () => {
    await checkScreen(buyer, '/portal', '我的订单', 'a11y-portal-orders');
  });

  test('order detail with its acceptance form and after-sales cases', async () => {
    await checkScreen(buyer, `/portal/orders/${delivered.id}`, '订单详情', 'a11y-portal-order-detail');
  });

  test('new order', async () => {
    await checkScreen(buyer, '/portal/orders/new', '在线下单', 'a11y-portal-new-order');
  });
});
