import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { launchChromium, pickOption } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip, placeApprovedOrder } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

/*
 * The customer portal end to end, in headless Chromium against a real server: a
 * customer's buyer asks for a sign-in link, follows it, sees only their company's orders,
 * accepts a delivery line by line and starts a new order.
 */

const screenshots = path.resolve('test/screenshots');
const buyerEmail = 'chen.buyer@yunfan.test';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let baseUrl: string;
let delivered: any;
let approved: any;
let foreign: any;
const consoleErrors: string[] = [];

async function shoot(name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** The path of the newest sign-in link mailed to the buyer, once the mail has gone out. */
async function latestSignInPath(): Promise<string> {
  await t.drain();
  return smtp.received.filter((m) => m.to.includes(buyerEmail)).flatMap(linksIn).at(-1)!;
}

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createTrustedCustomer(t, { name: '杭州云帆贸易有限公司', addresses: [{ label: '总部', recipient: '陈采购', city: '杭州', line1: '滨江区江南大道88号', isDefault: true }] });
  const other = await createTrustedCustomer(t, { name: '苏州远航机电' });
  const sensor = await createProduct(t, { sku: 'SEN-300', name: '工业传感器 S300', priceMinor: 300_00 });
  await createProduct(t, { sku: 'CBL-10', name: '屏蔽电缆 10米', priceMinor: 45_00, unit: '根' });
  await receiveStock(t, sensor.id, 200);
  delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 6 }]));
  approved = await placeApprovedOrder(t, customer.id, [{ productId: sensor.id, quantity: 2 }]);
  foreign = await placeApprovedOrder(t, other.id, [{ productId: sensor.id, quantity: 3 }]);
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: buyerEmail, name: '陈采购' } });
  expect(invited.statusCode).toBe(201);

  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await t?.close();
  await smtp?.close();
});

describe('the customer portal', () => {
  test('a buyer asks for a sign-in link, follows it and sees only their own orders', async () => {
    await page.goto(`${baseUrl}/portal`);
    await page.waitForURL(`${baseUrl}/portal/sign-in`);
    await page.locator('#email').fill(buyerEmail);
    await page.locator('button[type=submit]').click();
    await page.getByTestId('link-sent').waitFor();
    await shoot('portal-sign-in');
    // The request only queued the lookup and the mail; the worker sends it.
    await t.drain();

    // The mailed link opens a page that asks first: opening it alone (as a mail scanner does) signs nobody in.
    await page.goto(`${baseUrl}${await latestSignInPath()}`);
    await page.getByTestId('link-continue').click();
    await page.waitForURL(`${baseUrl}/portal`);
    const orders = page.getByTestId('portal-orders');
    await orders.getByText(delivered.number).waitFor();
    await expect.poll(() => orders.textContent()).toContain(approved.number);
    expect(await orders.textContent()).not.toContain(foreign.number);
    expect(await page.locator('.ant-layout-header').textContent()).toContain('杭州云帆贸易有限公司');
    await shoot('portal-orders');

    // The staff console is not for customers: its address leads back to the portal.
    await page.goto(`${baseUrl}/orders`);
    await page.waitForURL(`${baseUrl}/portal`);
    // Another customer's order is not found; the browser logs the refused request, nothing else.
    const before = consoleErrors.length;
    await page.goto(`${baseUrl}/portal/orders/${foreign.id}`);
    await page.locator('.ant-alert-error').waitFor();
    const refused = consoleErrors.splice(before);
    expect(refused.every((e) => e.includes('404'))).toBe(true);
  });

  test('the buyer follows tracking and accepts the delivery line by line', async () => {
    await page.goto(`${baseUrl}/portal`);
    await page.getByTestId('portal-orders').getByText(delivered.number).click();
    const detail = page.getByTestId('portal-order');
    await detail.getByTestId('tracking-number').getByText(`SF${delivered.number}`).waitFor();
    await page.getByTestId('acceptance-form').waitFor();
    await shoot('portal-order-delivered');

    await page.getByTestId('acceptance-form').locator('label').filter({ hasText: '部分合格' }).click();
    await page.locator('#lines_0_acceptedQuantity').fill('5');
    await page.locator('#lines_0_comment').fill('一台外壳有划痕');
    await page.locator('#comment').fill('其余完好，谢谢');
    await page.getByTestId('acceptance-form').locator('button[type=submit]').click();
    // A partial acceptance is confirmed before it is sent.
    await page.locator('.ant-modal').getByRole('button', { name: '确认提交' }).click();
    const recorded = page.getByTestId('acceptance-recorded');
    await recorded.waitFor();
    expect(await recorded.textContent()).toContain('5 / 6');
    // The partial line opened an after-sales case, shown with the order.
    await page.getByText('质量问题').waitFor();
    await shoot('portal-order-accepted');

    const staffView = await t.call({ method: 'GET', url: `/api/v1/orders/${delivered.id}/acceptance`, headers: await t.as('admin') });
    expect(staffView.data).toMatchObject({ result: 'partial', recordedByLabel: '陈采购', comment: '其余完好，谢谢' });
  });

  test('a day later the buyer rates the order in the portal, once', async () => {
    t.clock.advance(25 * 3_600_000); // the survey goes out a day after delivery
    await t.drain();
    await page.goto(`${baseUrl}/portal/orders/${delivered.id}`);
    const card = page.getByTestId('portal-survey');
    await card.waitFor();
    for (const [question, stars] of [['responseSpeed', 5], ['productQuality', 4], ['deliveryTimeliness', 5], ['serviceAttitude', 4]] as const) {
      await card.getByTestId(`score-${question}`).locator('.ant-rate-star').nth(stars - 1).click();
    }
    await card.locator('#comments').fill('发货及时');
    await shoot('portal-survey');
    await card.locator('button[type=submit]').click();
    await card.getByTestId('survey-thanks').waitFor();
    const records = await t.call({ method: 'GET', url: `/api/v1/feedback?orderId=${delivered.id}`, headers: await t.as('manager') });
    expect(records.data.items).toEqual([expect.objectContaining({ responseSpeed: 5, productQuality: 4, comments: '发货及时', recordedByLabel: '陈采购' })]);
  });

  test('the buyer places an order from the portal', async () => {
    await page.goto(`${baseUrl}/portal/orders/new`);
    await page.getByTestId('portal-new-order').waitFor();
    await page.locator('.ant-select').filter({ has: page.locator('#lines_0_productId') }).click();
    await page.locator('#lines_0_productId').fill('S300');
    await pickOption(page, 'SEN-300');
    await page.locator('#lines_0_quantity').fill('4');
    await page.locator('#externalRef').fill('YF-PO-2024-018');
    // Before ordering, the customer sees what it costs, the date Ordo can promise and why.
    await expect.poll(() => page.getByTestId('promise').textContent(), { timeout: 15_000 }).toMatch(/承诺交期：/);
    // The quote follows the typing: the one for the first quantity may show before the one for 4.
    await expect.poll(() => page.getByTestId('portal-quote-total').textContent(), { timeout: 15_000 }).toMatch(/订单金额：.*1,200\.00/);
    // Enter in the date field takes the typed date; it does not place the order.
    const ordersBefore = (await t.call({ method: 'GET', url: '/api/v1/orders?channel=portal', headers: await t.as('admin') })).data.items.length;
    await page.locator('#requestedDeliveryDate').click();
    await page.locator('#requestedDeliveryDate').fill(t.clock.now().toISOString().slice(0, 4) + '-12-30');
    await page.locator('#requestedDeliveryDate').press('Enter');
    await page.locator('#externalRef').press('Enter');
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/\/portal\/orders\/new$/);
    expect((await t.call({ method: 'GET', url: '/api/v1/orders?channel=portal', headers: await t.as('admin') })).data.items.length).toBe(ordersBefore);
    await shoot('portal-new-order');
    await page.getByTestId('portal-new-order').locator('button[type=submit]').click();
    await page.waitForURL(/\/portal\/orders\/[0-9a-f-]{36}$/);
    await page.getByTestId('portal-order').waitFor();
    const orderId = page.url().split('/').pop()!;
    const staffView = await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: await t.as('admin') });
    expect(staffView.data).toMatchObject({ channel: 'portal', externalRef: 'YF-PO-2024-018', totals: { totalMinor: 1_200_00 } });
    expect(consoleErrors).toEqual([]);
  });
});
