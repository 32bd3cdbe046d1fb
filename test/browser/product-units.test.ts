import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { choose, closeBrowserTest, launchChromium, shoot, staffSession } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder, startExecution } from '../support/fulfilment.js';

/*
 * Units that match the product, and the screens a phone shows (zh-CN, 390 px wide): a press
 * sold by 台 reads 台 on order entry, the order detail and the portal; the portal's orders are
 * cards with no sideways scrolling; the order's flowchart is a list of the steps taken.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let press: any;
let order: any;
let customer: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function noHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
}

/** The first line's quantity box, with the unit written after the number. */
function quantityField(page: Page) {
  return page.locator('.ant-input-number').filter({ has: page.locator('#lines_0_quantity') });
}

/** The customer's buyer in the portal on a phone, signed in through the link handed over at invitation. */
async function buyerOnPhone(): Promise<Page> {
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: 'buyer@hengli.test', name: '采购 周' } });
  expect(invited.statusCode).toBe(201);
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`buyer: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`buyer: ${error.message}`));
  await page.goto(`${baseUrl}${new URL(invited.data.handedOverLink.url as string).pathname}`);
  await page.getByTestId('link-continue').click();
  await page.waitForURL(`${baseUrl}/portal`);
  return page;
}

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  customer = await createTrustedCustomer(t, { name: '宁波恒力机械' });
  press = await createProduct(t, { sku: 'PRESS-Y32', name: '四柱液压机 Y32', unit: '台', priceMinor: 1_000_00 });
  const bolt = await createProduct(t, { sku: 'BOLT-M8', name: '六角螺栓 M8', unit: '箱', priceMinor: 20_00 });
  await receiveStock(t, press.id, 20);
  await receiveStock(t, bolt.id, 50);
  order = await placeApprovedOrder(t, customer.id, [
    { productId: press.id, quantity: 3 },
    { productId: bolt.id, quantity: 4 },
  ]);
  await startExecution(t, order.id);
  await placeApprovedOrder(t, customer.id, [{ productId: bolt.id, quantity: 2 }]);
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('units and phone screens', () => {
  test('a product sold by 台 shows 台 on order entry and on the order detail', async () => {
    await t.as('sales');
    const clerk = await staffSession(browser, baseUrl, 'sales', { mobile: true }, { consoleErrors, contexts });
    await clerk.goto(`${baseUrl}/orders/new`);
    await choose(clerk, 'lines_0_productId', 'PRESS-Y32', 'PRESS');
    await clerk.locator('#lines_0_quantity').fill('2');
    await expect.poll(() => quantityField(clerk).textContent()).toContain('台');
    await shoot(clerk, 'units-order-entry-phone');

    await clerk.goto(`${baseUrl}/orders/${order.id}`);
    const lines = clerk.getByText('3 台');
    await lines.first().waitFor();
    expect(await clerk.getByText('4 箱').count()).toBeGreaterThan(0);
    expect(await clerk.getByText(/\d 件/).count()).toBe(0);
    await shoot(clerk, 'units-order-detail-phone');
  });

  test('on a phone the order detail flowchart is a readable list: the road travelled, then the current step', async () => {
    await t.as('manager');
    const manager = await staffSession(browser, baseUrl, 'manager', { mobile: true }, { consoleErrors, contexts });
    await manager.goto(`${baseUrl}/orders/${order.id}?tab=flow`);
    const steps = manager.getByTestId('process-steps');
    await steps.waitFor();
    expect(await manager.locator('.react-flow').count()).toBe(0);
    const titles = await steps.locator('.ant-steps-item-title').allTextContents();
    expect(titles[0]).toBe('已接收');
    expect(titles.at(-1)).toBe('执行中');
    expect(titles).toContain('已批准');
    expect(await steps.locator('.ant-steps-item-process .ant-steps-item-title').textContent()).toBe('执行中');
    // Every step is written at a readable size, not shrunk with a canvas.
    const smallest = await steps
      .locator('.ant-steps-item-title')
      .evaluateAll((els) => Math.min(...els.map((el) => parseFloat((globalThis as unknown as { getComputedStyle(el: unknown): { fontSize: string } }).getComputedStyle(el).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(14);
    expect(await manager.getByTestId('process-next').textContent()).toContain('待发货');
    await noHorizontalScroll(manager);
    await shoot(manager, 'units-flow-phone');
  });

  test('the portal on a phone: orders as cards without sideways scrolling; 台 on the order and on order entry', async () => {
    const buyer = await buyerOnPhone();
    const orders = buyer.getByTestId('portal-orders');
    const card = orders.getByTestId('portal-order-card').filter({ hasText: order.number });
    await card.waitFor();
    expect(await orders.getByTestId('portal-order-card').count()).toBe(2);
    expect(await buyer.locator('table').count()).toBe(0);
    const text = await card.textContent();
    for (const wanted of ['执行中', '四柱液压机 Y32 × 3 台', '及另外 1 项', '¥3,080.00', '承诺交期']) expect(text).toContain(wanted);
    expect(await card.getAttribute('data-health')).toBeTruthy();
    await noHorizontalScroll(buyer);
    await shoot(buyer, 'units-portal-orders-phone');

    await card.click();
    const lines = buyer.getByTestId('portal-order-lines');
    await lines.waitFor();
    expect(await lines.textContent()).toContain('3 台');
    expect(await lines.textContent()).toContain('4 箱');
    await noHorizontalScroll(buyer);
    await shoot(buyer, 'units-portal-order-phone');

    await buyer.goto(`${baseUrl}/portal/orders/new`);
    await choose(buyer, 'lines_0_productId', 'PRESS-Y32', 'PRESS');
    await expect.poll(() => quantityField(buyer).textContent()).toContain('台');
    await noHorizontalScroll(buyer);
    await shoot(buyer, 'units-portal-order-entry-phone');
    expect(consoleErrors).toEqual([]);
  });
});
