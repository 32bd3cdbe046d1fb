import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { addDays, localDate } from '../../src/platform/time/zone.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession } from '../support/browser.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/*
 * Schedule health on the console, in zh-CN: a manager finds the order whose promise date
 * has passed on the late-and-at-risk page, in red, with what holds it up and who holds it;
 * the dashboard links there; the order list sorts by promise date.
 */

/** The page's own function, inside `evaluate` (the tests are type-checked without the DOM library). */
declare const getComputedStyle: (element: unknown) => { backgroundColor: string; color: string };

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let late: any;
let onTrack: any;
let later: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function session(role: Role, options: { mobile?: boolean } = {}): Promise<Page> {
  await t.as(role); // creates the user
  return staffSession(browser, baseUrl, role, options, { consoleErrors, contexts });
}

const today = () => localDate(t.clock.now(), 'Asia/Shanghai');
const setPromise = (orderId: string, date: string) => t.database.db.execute(sql`UPDATE orders SET promised_delivery_date = ${date}::date WHERE id = ${orderId}::uuid`);

beforeAll(async () => {
  // The server's clock is the browser's, so "today" is the same day on both.
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const vip = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 60 } });
  const trusted = await createTrustedCustomer(t, { name: '宁波海川电子有限公司' });
  const device = await createProduct(t, { sku: 'XH-A2024', name: 'A型设备-2024款', priceMinor: 30_000_00 });
  await receiveStock(t, device.id, 100);
  // Over its credit limit: waits for finance. Its promise date passed yesterday.
  late = (await placeOrder(t, { customerId: vip.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 4 }], paymentStatus: 'unpaid' })).data;
  expect(late.status).toBe('under_review');
  await setPromise(late.id, addDays(today(), -1));
  onTrack = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 1 }]);
  later = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 2 }]);
  await t.drain(); // the plans are made
  await setPromise(onTrack.id, addDays(today(), 4));
  await setPromise(later.id, addDays(today(), 9));
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('late and at risk, in red', () => {
  test('the late-and-at-risk page lists the order whose promise date passed, in red, with its blocker and who holds it', async () => {
    const page = await session('manager');
    await page.getByRole('menuitem', { name: '延误与风险' }).click();
    await page.waitForURL(/\/late$/);
    await page.getByRole('heading', { name: '延误与风险' }).waitFor();
    const row = page.locator(`tr[data-row-key="${late.id}"]`);
    await row.waitFor();
    expect(await page.locator('[data-testid=late-orders] tbody tr[data-row-key]').count()).toBe(1); // the others are on track
    expect(await row.getAttribute('data-health')).toBe('late');
    expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 241, 240)');
    expect(await row.locator('[data-health=late]').innerText()).toBe('已延误');
    // The tag is red: red far above green and blue.
    const [r, g, b] = (await row.locator('[data-health=late]').evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)!.map(Number);
    expect(r! - Math.max(g!, b!)).toBeGreaterThan(120);
    expect(await row.innerText()).toContain('华东精密制造');
    expect(await row.locator('[data-blocker=review_step]').innerText()).toMatch(/^评审：/);
    expect(await row.locator('[data-holder]').innerText()).toBe('财务');
    expect(await row.locator('[data-late-seconds]').innerText()).toMatch(/^已延误 \d+(小时|分钟|秒)/);
    await shoot(page, 'schedule-health-late-orders');

    const phone = await session('manager', { mobile: true });
    await phone.goto(`${baseUrl}/late`);
    await phone.locator(`tr[data-row-key="${late.id}"]`).waitFor();
    await shoot(phone, 'schedule-health-late-orders-mobile');
  });

  test('the dashboard shows it once, with its customer, and links to the whole list', async () => {
    const page = await session('manager');
    const preview = page.getByTestId('late-preview');
    await preview.getByText(late.number).waitFor();
    expect(await preview.getByText(late.number).count()).toBe(1);
    expect(await preview.innerText()).toContain('华东精密制造');
    await shoot(page, 'schedule-health-dashboard');
    await preview.getByRole('link', { name: '查看全部' }).click();
    await page.waitForURL(/\/late$/);
  });

  test('the order list colours rows by health and sorts by promise date, both ways', async () => {
    const page = await session('specialist');
    await page.goto(`${baseUrl}/orders`);
    const table = page.locator('.ant-table');
    const numbers = () => table.locator('tbody tr[data-row-key] td:first-child a').allInnerTexts();
    await table.locator(`tr[data-row-key="${late.id}"][data-health=late]`).waitFor();
    expect(await table.locator(`tr[data-row-key="${onTrack.id}"]`).getAttribute('data-health')).toBe('on_track');

    await table.getByRole('columnheader', { name: '承诺交期' }).click();
    await page.waitForURL(/sort=promiseDate/);
    await expect.poll(numbers).toEqual([late.number, onTrack.number, later.number]);
    await shoot(page, 'schedule-health-order-list');
    await table.getByRole('columnheader', { name: '承诺交期' }).click();
    await page.waitForURL(/order=desc/);
    await expect.poll(numbers).toEqual([later.number, onTrack.number, late.number]);

    // Only the late ones, through the health filter.
    await page.goto(`${baseUrl}/orders?health=late`);
    await expect.poll(numbers).toEqual([late.number]);
    expect(consoleErrors).toEqual([]);
  });
});
