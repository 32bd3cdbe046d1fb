import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession } from '../support/browser.js';
import { createProduct, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/*
 * The Reports page in zh-CN: a manager opens last month (the page's default), sees the KPI
 * cards and the charts, opens the orders behind "订单总数" and goes on to one of them, and
 * downloads the month as an Excel file.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
const placed: any[] = [];
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

/** The 10th of last month, 10:00 in Shanghai, from the real clock the browser also reads. */
function lastMonthTenth(): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 10, 2));
  return month.toISOString();
}

async function managerPage(): Promise<Page> {
  await t.as('manager');
  return staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
}

beforeAll(async () => {
  t = await createTestApp({ now: lastMonthTenth() });
  const customer = await createTrustedCustomer(t, { name: '宁波海川电子有限公司' });
  const device = await createProduct(t, { name: 'A型设备-2024款', priceMinor: 100_00 });
  await receiveStock(t, device.id, 50);
  placed.push(await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }], { channel: 'online_store' }));
  placed.push((await placeOrder(t, { customerId: customer.id, channel: 'marketplace', lines: [{ productId: device.id, quantity: 2 }], paymentStatus: 'unpaid' })).data);
  t.clock.advance(3_600_000);
  await t.drain();
  t.clock.set(new Date().toISOString());
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('the Reports page', () => {
  test('last month in zh-CN: KPI cards, charts, the orders behind a figure, an Excel download', async () => {
    const page = await managerPage();
    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.waitForURL(/\/reports$/);
    await page.getByRole('heading', { name: '报表' }).waitFor();
    await expect(page.getByRole('tab', { name: '月度报表' }).getAttribute('aria-selected')).resolves.toBe('true');

    const total = page.getByTestId('kpi-orders.total');
    await expect(total.locator('.ant-statistic-title').textContent()).resolves.toBe('订单总数');
    await expect(total.locator('.ant-statistic-content').textContent()).resolves.toBe('2');
    await expect(page.getByTestId('kpi-exceptions.rate').locator('.ant-statistic-content').textContent()).resolves.toBe('50.0%');
    await expect(page.getByTestId('report-state').textContent()).resolves.toContain('未结账');
    // The charts drew on their canvases.
    await page.getByTestId('monthly-chart').first().locator('canvas').waitFor();
    expect(await page.getByRole('img', { name: '订单数（按渠道）' }).count()).toBe(1);
    await shoot(page, 'monthly-report-zh');

    await total.click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('订单总数 — ').waitFor();
    const numbers = placed.map((o) => o.number as string);
    for (const number of numbers) await drawer.getByRole('link', { name: number }).waitFor();
    await shoot(page, 'monthly-report-drill-down-zh');
    await drawer.getByRole('link', { name: numbers[1]! }).click();
    await page.waitForURL(new RegExp(`/orders/${placed[1].id}$`));
    await page.goBack();
    await page.getByTestId('kpi-orders.total').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /导出 Excel/ }).click();
    const file = await download;
    const month = new Date(lastMonthTenth()).toISOString().slice(0, 7);
    expect(file.suggestedFilename()).toBe(`monthly-report-${month}.xlsx`);
    expect(consoleErrors).toEqual([]);
  }, 150_000);
});
