import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { choose, closeBrowserTest, launchChromium, shoot, staffSession } from '../support/browser.js';
import { createCustomer, createProduct, receiveStock } from '../support/fixtures.js';

/*
 * The web console end to end, in headless Chromium against a real server: a clerk enters
 * a phone order in Chinese, a colleague confirms the entry, the manager approves it on a
 * phone-sized screen, and a list open elsewhere changes without a reload.
 */

const password = 'correct horse battery';
const webRoot = path.resolve('dist/web');

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let orderId: string;
let orderNumber: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function session(role: 'sales' | 'specialist' | 'manager', options: { mobile?: boolean; locale?: string; name?: string } = {}): Promise<Page> {
  await t.as(role, options.name); // creates the user
  return staffSession(browser, baseUrl, role, options, { consoleErrors, contexts });
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(width).toBeLessThanOrEqual(390);
}

function gzippedSize(file: string): number {
  return gzipSync(fs.readFileSync(file)).length;
}

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createCustomer(t, { name: '华东精密仪器有限公司', tier: 'normal', creditLimitMinor: 1_000_000_00 });
  await createCustomer(t, { name: '星辰贸易', tier: 'vip' });
  const device = await createProduct(t, { sku: 'DEV-A200', name: 'A200 检测设备', priceMinor: 6_000_00 });
  await createProduct(t, { sku: 'SVC-INSTALL', name: '上门安装服务', kind: 'service', priceMinor: 500_00, unit: '次' });
  await receiveStock(t, device.id, 20);
  expect(customer.id).toBeTruthy();
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('the web console', () => {
  let clerk: Page;
  let observer: Page;

  test('signs in and enters a phone order in zh-CN: the preview explains the priority, the result shows the number', async () => {
    clerk = await session('sales');
    await shoot(clerk, 'dashboard-zh');
    await clerk.goto(`${baseUrl}/orders/new`);
    await choose(clerk, 'customerId', '华东精密仪器有限公司', '华东');
    await choose(clerk, 'lines_0_productId', 'DEV-A200', 'A200');
    await clerk.locator('#lines_0_quantity').fill('3');
    // No delivery date yet: the preliminary audit says so while typing.
    const preview = clerk.getByTestId('preview');
    await expect.poll(() => preview.locator('[data-code=missing_delivery_date]').count(), { timeout: 15_000 }).toBe(1);
    await clerk.locator('#requestedDeliveryDate').fill('2024-05-20');
    await clerk.locator('#requestedDeliveryDate').press('Tab');
    await choose(clerk, 'paymentStatus', '已付款');
    await expect.poll(() => preview.locator('[data-code=missing_delivery_date]').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => preview.getByTestId('priority').textContent()).toContain('订单金额');
    await expect.poll(() => preview.textContent()).toContain('¥18,000.00');
    // The promise date intake would give, with the stages that make it up.
    await expect.poll(() => preview.getByTestId('promise').textContent()).toMatch(/承诺交期：.*个工作日/);
    await shoot(clerk, 'order-entry-zh');

    await clerk.getByRole('button', { name: '提交订单' }).click();
    const created = clerk.getByTestId('order-created');
    await created.waitFor();
    orderNumber = '202405-001';
    expect(await created.textContent()).toContain(`订单 ${orderNumber} 已创建`);
    expect(await created.locator('[data-priority]').count()).toBe(1);
    expect(await created.locator('[data-status=awaiting_entry_check]').count()).toBe(1);
    await shoot(clerk, 'order-created-zh');

    const list = await t.call({ method: 'GET', url: '/api/v1/orders', headers: await t.as('sales') });
    orderId = list.data.items.find((o: any) => o.number === orderNumber).id;
    expect(list.data.items[0]).toMatchObject({ channel: 'phone', status: 'awaiting_entry_check', totals: { totalMinor: 18_000_00 } });
  });

  test('a second person confirms the entry on the order detail', async () => {
    const checker = await session('specialist');
    await checker.goto(`${baseUrl}/orders/${orderId}`);
    await checker.getByTestId('entry-check').getByRole('button').click();
    await checker.locator('[data-testid=order-detail] [data-status=under_review]').first().waitFor();
    await shoot(checker, 'order-detail-zh');
  });

  test('the manager approves it from a 390 px wide screen, and a list open elsewhere changes without a reload', async () => {
    // A colleague of the clerk: the language they pick later is saved to their own profile, not the clerk's.
    observer = await session('sales', { name: 'wang' });
    await observer.goto(`${baseUrl}/orders`);
    const row = observer.locator('tbody tr').filter({ hasText: orderNumber });
    await row.locator('[data-status=under_review]').waitFor();
    await shoot(observer, 'orders-list-zh');

    const manager = await session('manager', { mobile: true });
    await manager.goto(`${baseUrl}/review`);
    const item = manager.locator(`[data-testid=inbox-item][data-order="${orderNumber}"]`);
    await item.waitFor();
    await noHorizontalScroll(manager);
    await shoot(manager, 'review-inbox-390');
    await item.getByRole('button', { name: /通\s*过/ }).click();
    await manager.locator('.ant-message').getByText(orderNumber).waitFor();

    // The worker publishes the approval to every live stream and makes the plan at once.
    await t.drain();
    await row.locator('[data-status=planned]').waitFor({ timeout: 15_000 });

    await manager.goto(`${baseUrl}/orders/${orderId}`);
    await manager.locator('[data-testid=order-detail] [data-status=planned]').first().waitFor();
    await noHorizontalScroll(manager);
    await shoot(manager, 'order-detail-390');
  });

  test('switches to English, remembered across a reload, with money and dates per locale', async () => {
    await observer.getByText('EN', { exact: true }).click();
    await observer.getByRole('heading', { name: 'Orders' }).waitFor();
    await observer.reload();
    const row = observer.locator('tbody tr').filter({ hasText: orderNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain('CN¥18,000.00');
    expect(await row.locator('[data-status=planned]').textContent()).toBe('Planned');
    await shoot(observer, 'orders-list-en');
    await observer.goto(`${baseUrl}/orders?view=kanban`);
    await observer.locator('[data-column=planned]').getByText(orderNumber).waitFor();
    await shoot(observer, 'orders-kanban-en');
    await observer.goto(`${baseUrl}/orders/${orderId}`);
    await observer.getByText('Review chain').waitFor();
    await shoot(observer, 'order-detail-en');
    for (const [name, url, heading] of [
      ['dashboard-en', '/', 'Hello'],
      ['customers-en', '/customers', 'Customers'],
      ['products-en', '/products', 'Products & stock'],
    ] as const) {
      await observer.goto(`${baseUrl}${url}`);
      await observer.getByRole('heading', { name: new RegExp(heading) }).waitFor();
      await shoot(observer, name);
    }
    await observer.getByText('DEV-A200').click();
    await observer.getByText('Stock movements').waitFor();
    await shoot(observer, 'product-detail-en');
  });

  test('filters the list by product, saves it as a view, and reopens it later; a taken name is refused at its field', async () => {
    await observer.goto(`${baseUrl}/orders?view=kanban`);
    await choose(observer, 'filter-product', 'DEV-A200', 'A200');
    await observer.locator('[data-column=planned]').getByText(orderNumber).waitFor();
    await expect.poll(() => observer.getByTestId('count-planned').textContent()).toBe('1');
    const saveView = async (name: string) => {
      await observer.getByRole('button', { name: 'Save view' }).click();
      await observer.locator('#saved-view-name').fill(name);
      await observer.locator('.ant-modal-footer').getByRole('button', { name: 'Save view' }).click();
    };
    await saveView('A200 board');
    await observer.locator('.ant-message').getByText('View "A200 board" saved').waitFor();

    await observer.goto(`${baseUrl}/orders`);
    await choose(observer, 'saved-view', 'A200 board');
    await observer.locator('[data-column=planned]').getByText(orderNumber).waitFor();
    expect(new URL(observer.url()).searchParams.get('view')).toBe('kanban');
    await shoot(observer, 'orders-saved-view-en');

    await observer.goto(`${baseUrl}/orders?priority=high`);
    const before = consoleErrors.length;
    await saveView('A200 board');
    const nameItem = observer.locator('.ant-form-item').filter({ has: observer.locator('#saved-view-name') });
    await expect.poll(() => nameItem.locator('.ant-form-item-explain').textContent()).toBe('Already taken');
    expect(await observer.locator('#saved-view-name').inputValue()).toBe('A200 board');
    // The browser logs the refused request; it was the point here.
    expect(consoleErrors.splice(before).every((m) => m.includes('status of 409'))).toBe(true);
    await observer.keyboard.press('Escape');
  });

  test("bad input shows the server's problem, translated, next to its field, and keeps what was typed", async () => {
    const before = consoleErrors.length;
    await clerk.goto(`${baseUrl}/orders/new`);
    await choose(clerk, 'customerId', '华东精密仪器有限公司', '华东');
    await choose(clerk, 'lines_0_productId', 'DEV-A200', 'A200');
    await clerk.locator('#contact_name').fill('李工');
    await clerk.locator('#contact_phone').fill('call me');
    const phoneItem = clerk.locator('.ant-form-item').filter({ has: clerk.locator('#contact_phone') });
    await expect.poll(() => phoneItem.locator('.ant-form-item-explain').textContent(), { timeout: 15_000 }).toBe('格式不正确');
    await clerk.getByRole('button', { name: '提交订单' }).click();
    await clerk.locator('.ant-alert-error').getByText('请检查标红的字段').waitFor();
    expect(await clerk.locator('#contact_phone').inputValue()).toBe('call me');
    expect(await clerk.locator('#contact_name').inputValue()).toBe('李工');
    await shoot(clerk, 'order-entry-invalid-zh');
    // The browser logs each refused request; these were the point of this test.
    const refused = consoleErrors.splice(before);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((m) => m.includes('status of 400'))).toBe(true);
  });

  test('a stale confirmation says who changed the order and what they did', async () => {
    const customers = await t.call({ method: 'GET', url: '/api/v1/customers?q=华东', headers: await t.as('sales') });
    const products = await t.call({ method: 'GET', url: '/api/v1/products?q=A200', headers: await t.as('sales') });
    const placed = await t.call({
      method: 'POST',
      url: '/api/v1/orders',
      headers: await t.as('sales'),
      payload: { customerId: customers.data.items[0].id, channel: 'phone', requestedDeliveryDate: '2024-05-24', paymentStatus: 'paid', lines: [{ productId: products.data.items[0].id, quantity: 1 }] },
    });
    expect(placed.statusCode).toBe(201);
    const checker = await session('specialist');
    await checker.goto(`${baseUrl}/orders/${placed.data.id}`);
    const entryCheck = checker.getByTestId('entry-check');
    await entryCheck.getByRole('button').waitFor();

    const current = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}`, headers: await t.as('sales') });
    const colleague = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${placed.data.id}/confirm-entry`,
      headers: { ...(await t.as('specialist', 'wang')), 'if-match': current.headers.etag as string },
    });
    expect(colleague.statusCode).toBe(200);

    const before = consoleErrors.length;
    await entryCheck.getByRole('button').click();
    await entryCheck.getByText('wang').waitFor();
    expect(await entryCheck.textContent()).toContain('录入已复核');
    await shoot(checker, 'order-detail-stale-zh');
    const refused = consoleErrors.splice(before);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((m) => m.includes('status of 412'))).toBe(true);
  });

  test('a deep link loads the console; unknown API addresses stay problem+json', async () => {
    const page = await contexts[0]!.newPage();
    const response = await page.goto(`${baseUrl}/orders/${orderId}`);
    expect(response?.headers()['content-type']).toContain('text/html');
    expect(response?.headers()['cache-control']).toBe('no-cache');
    await page.getByTestId('order-number').waitFor();
    const api = await fetch(`${baseUrl}/api/v1/no-such-thing`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    await page.close();
  });

  test('the first load stays under 1 MB of gzipped JavaScript, and no screen logged an error', async () => {
    const html = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => path.join(webRoot, m[1]!));
    const entryBytes = entry.reduce((sum, file) => sum + gzippedSize(file), 0);

    // Everything a signed-in user's first visit fetches, charts included: a manager's, whose home is the dashboard.
    const context = await browser.newContext({ locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/`);
    await page.locator('#email').fill('manager.manager@example.test');
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator('canvas').first().waitFor();
    await page.waitForLoadState('networkidle');
    const firstVisitBytes = [...scripts].reduce((sum, file) => sum + gzippedSize(path.join(webRoot, file)), 0);
    console.warn(`web console JS, gzipped: index.html loads ${(entryBytes / 1024).toFixed(0)} KiB; first signed-in visit (dashboard with charts) ${(firstVisitBytes / 1024).toFixed(0)} KiB`);
    expect(entryBytes).toBeLessThan(1024 * 1024);
    expect(firstVisitBytes).toBeLessThan(1024 * 1024);
    expect(consoleErrors).toEqual([]);
  });
});
