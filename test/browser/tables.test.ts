import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, exportView, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

/*
 * The order list as a table in zh-CN: sorted by 承诺交期 on the server, a column hidden and
 * still hidden after a reload (kept on the server for the user), the density switched, and
 * the view exported as a file that opens.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let page: Page;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const customer = await createCustomer(t, { name: '*表格测试客户' });
  const product = await createProduct(t, { priceMinor: 50_00 });
  await receiveStock(t, product.id, 1_000);
  for (const days of [30, 12, 21, 16]) {
    const res = await placeOrder(t, { customerId: customer.id, channel: 'phone', requestedDeliveryDate: daysAfter(t, days), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(res.statusCode).toBe(201);
  }
  browser = await launchChromium();
  await t.as('specialist');
  page = await staffSession(browser, baseUrl, 'specialist', {}, { consoleErrors, contexts });
});

afterAll(() => closeBrowserTest(contexts, browser, t));

/** The promise dates of the rows on screen, top to bottom, read in the column by its header. */
async function promiseDates(): Promise<string[]> {
  const headers = await page.locator('.ant-table-thead th').allTextContents();
  const column = headers.findIndex((h) => h.includes(zh.health.promiseDate));
  const rows = await page.locator('.ant-table-tbody tr.ant-table-row').all();
  return Promise.all(rows.map((row) => row.locator('td').nth(column).innerText()));
}

describe('the order list as a table (zh-CN)', () => {
  test('shows the total and the new columns, and sorts by 承诺交期 on the server', async () => {
    await page.goto(`${baseUrl}/orders`);
    await page.getByTestId('table-total').filter({ hasText: '共 4 条' }).waitFor();
    for (const title of [zh.dataTable.orders.requestedDate, zh.health.promiseDate, zh.dataTable.orders.currentStage, zh.dataTable.orders.owner]) {
      await page.locator('.ant-table-thead th').filter({ hasText: title }).first().waitFor();
    }
    const sorted = page.waitForResponse((r) => r.url().includes('/api/v1/orders?') && r.url().includes('sort=promiseDate'));
    await page.locator('.ant-table-thead th').filter({ hasText: zh.health.promiseDate }).click();
    await sorted;
    await page.waitForURL(/sort=promiseDate/);
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    const dates = await promiseDates();
    expect(dates).toHaveLength(4);
    expect(dates).toEqual([...dates].sort());
    await shoot(page, 'tables-orders-sorted');
  });

  test('a hidden column stays hidden after a reload', async () => {
    await page.getByTestId('column-settings-button').click();
    const channel = page.getByTestId('column-settings').locator('[data-column="channel"]');
    const saved = page.waitForResponse((r) => r.url().includes('/api/v1/me/preferences/table.orders') && r.request().method() === 'PUT');
    await channel.click();
    expect((await saved).status()).toBe(200);
    await shoot(page, 'tables-column-settings');
    await page.reload();
    await page.getByTestId('table-total').filter({ hasText: '共 4 条' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-thead th').allTextContents()).not.toContain(zh.orders.channel);
    expect(await page.locator('.ant-table-thead th').allTextContents()).toContain(zh.health.promiseDate);
  });

  test('the density switches and is kept', async () => {
    await page.getByTestId('density').click();
    await page.locator('.ant-dropdown:visible .ant-dropdown-menu-item').filter({ hasText: zh.dataTable.density.large }).click();
    await page.locator('[data-density="large"]').waitFor();
    expect(await page.locator('.ant-table-small').count()).toBe(0);
    await page.reload();
    await page.locator('[data-density="large"] .ant-table-tbody tr.ant-table-row').first().waitFor();
    await shoot(page, 'tables-density-large');
  });

  test('the view exports as XLSX and CSV, every row in the sort on screen, headers in Chinese', async () => {
    const xlsx = await exportView(page, zh.dataTable.export.button, 'xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/^orders-\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain(zh.health.promiseDate);
    expect(header).not.toContain(zh.orders.channel);
    expect(sheet.rowCount).toBe(5);
    const promised = header.indexOf(zh.health.promiseDate) + 1;
    const dates = [2, 3, 4, 5].map((r) => String(sheet.getRow(r).getCell(promised).value));
    expect(dates).toEqual([...dates].sort());

    const csv = fs.readFileSync((await (await exportView(page, zh.dataTable.export.button, 'csv')).path())!);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain(zh.orders.number);
    expect(lines).toHaveLength(5);
    expect(consoleErrors).toEqual([]);
  });
});
