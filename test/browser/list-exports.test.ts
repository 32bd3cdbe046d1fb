import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, exportView, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createCustomer } from '../support/fixtures.js';

/*
 * The customer list in zh-CN as a table sorted on the server: clicking 信用额度 sorts by it,
 * the total counts every customer, and the export of the view opens with the rows in the
 * order on screen and Chinese headers. The after-sales desk is the same table with its total.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let page: Page;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];
const limits = [8_000_00, 2_000_00, 15_000_00, 500_00];

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const customers = [];
  for (const [i, creditLimitMinor] of limits.entries()) customers.push(await createCustomer(t, { name: `导出客户 ${'甲乙丙丁'[i]}`, creditLimitMinor }));
  const desk = await t.as('after_sales');
  for (const type of ['repair', 'consultation', 'complaint']) {
    const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: desk, payload: { customerId: customers[0].id, type, summary: `${type} 测试`, reportedVia: 'phone' } });
    expect(opened.statusCode).toBe(201);
  }
  browser = await launchChromium();
  await t.as('manager');
  page = await staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
});

afterAll(() => closeBrowserTest(contexts, browser, t));

/** The names of the rows on screen, top to bottom. */
async function shownNames(): Promise<string[]> {
  const headers = await page.locator('.ant-table-thead th').allTextContents();
  const column = headers.findIndex((h) => h.includes(zh.customers.name));
  const rows = await page.locator('.ant-table-tbody tr.ant-table-row').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').nth(column).innerText()).trim()));
}

describe('the customer list as a table (zh-CN)', () => {
  test('sorts by 信用额度 on the server and exports the view as it is on screen', async () => {
    await page.goto(`${baseUrl}/customers`);
    await page.getByTestId('table-total').filter({ hasText: `共 ${limits.length} 条` }).waitFor();
    const sorted = page.waitForResponse((r) => r.url().includes('/api/v1/customers?') && r.url().includes('sort=creditLimit'));
    await page.locator('.ant-table-thead th').filter({ hasText: zh.customers.creditLimit }).click();
    await sorted;
    await page.waitForURL(/sort=creditLimit/);
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    const names = await shownNames();
    expect(names).toEqual(['导出客户 丁', '导出客户 乙', '导出客户 甲', '导出客户 丙']);
    await shoot(page, 'list-exports-customers-sorted');

    const xlsx = await exportView(page, zh.dataTable.export.button, 'xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/^customers-\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining([zh.customers.name, zh.customers.creditLimit, '币种']));
    const nameColumn = header.indexOf(zh.customers.name) + 1;
    const limitColumn = header.indexOf(zh.customers.creditLimit) + 1;
    const rows = Array.from({ length: limits.length }, (_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => r.getCell(nameColumn).value)).toEqual(names);
    expect(rows.map((r) => r.getCell(limitColumn).value)).toEqual([500, 2000, 8000, 15000]);
    expect(sheet.rowCount).toBe(limits.length + 1);

    const csv = fs.readFileSync((await (await exportView(page, zh.dataTable.export.button, 'csv')).path())!);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toContain(zh.customers.creditLimit);
    expect(consoleErrors).toEqual([]);
  });

  test('the after-sales desk shows its total and sorts by 类型 on the server', async () => {
    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('table-total').filter({ hasText: '共 3 条' }).waitFor();
    const sorted = page.waitForResponse((r) => r.url().includes('/api/v1/cases?') && r.url().includes('sort=type'));
    await page.locator('.ant-table-thead th').filter({ hasText: zh.aftersalesDesk.type }).click();
    await sorted;
    await page.waitForURL(/sort=type/);
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(3);
    await shoot(page, 'list-exports-cases-total');
    expect(consoleErrors).toEqual([]);
  });
});
