import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createCustomer, createProduct, receiveStock } from '../support/fixtures.js';

/*
 * Issue 15 item 1 on the console, in zh-CN: a manager imports orders with the wizard — picks
 * the kind, uploads a CSV, sees the header mapping and the dry-run report with the bad row
 * named by its column, runs it with a progress bar and downloads the outcome file.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

/** The console's Chinese texts, so the test reads what the user reads. */

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  await createCustomer(t, { name: '杭州云帆贸易' });
  const sensor = await createProduct(t, { sku: 'WIZ-S', name: '温度传感器', priceMinor: 120_00 });
  await receiveStock(t, sensor.id, 100);
});

afterAll(() => closeBrowserTest(contexts, browser, t));

/** Runs the worker until `shown` is on the page (the upload may still be on its way; the console polls each second). */
async function drainUntil(shown: Locator) {
  for (let attempt = 0; attempt < 30; attempt++) {
    await t.drain();
    if (await shown.isVisible()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await shown.waitFor();
}

describe('the import wizard', () => {
  test('a manager imports orders from upload to outcome file', async () => {
    await t.as('manager');
    const page = await staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
    await page.locator('.ant-menu').getByText(zh.imports.nav).click();
    const wizard = page.getByTestId('imports-page');
    await wizard.getByTestId('import-kind').getByText(zh.imports.kinds.orders).click();
    await wizard.getByText(zh.imports.hints.orders).waitFor();
    await shoot(page, 'imports-kind');
    await wizard.getByTestId('import-next').click();

    const file = ['外部单号,客户名称,SKU,数量,要求交期', 'WEB-1,杭州云帆贸易,WIZ-S,"1,000",2026年12月4日', 'WEB-1,杭州云帆贸易,NO-SUCH,1,', 'WEB-2,杭州云帆贸易,WIZ-S,２,2026/12/4', ''].join('\r\n');
    await wizard.locator('input[type=file]').setInputFiles({ name: '订单导入.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await drainUntil(wizard.getByTestId('import-mapping'));
    const mapping = wizard.getByTestId('import-mapping');
    await mapping.getByText('外部单号').first().waitFor();
    await wizard.getByTestId('import-errors').getByText('SKU 找不到该产品：NO-SUCH').waitFor();
    await wizard.getByTestId('import-counts').getByText(`${zh.imports.outcomes.would_created} 1`).waitFor();
    await wizard.getByTestId('import-counts').getByText(`${zh.imports.outcomes.failed} 2`).waitFor();
    await shoot(page, 'imports-dry-run');
    expect((await t.call({ method: 'GET', url: '/api/v1/orders?limit=10', headers: await t.as('manager') })).data.items).toHaveLength(0);

    await wizard.getByTestId('import-run').click();
    await wizard.getByTestId('import-progress').waitFor();
    await drainUntil(wizard.getByTestId('import-outcome').getByText(zh.imports.states.succeeded));
    await wizard.getByTestId('import-counts').getByText(`${zh.imports.outcomes.created} 1`).waitFor();
    await shoot(page, 'imports-outcome');

    const href = await wizard.getByTestId('import-outcome-file').getAttribute('href');
    const outcome = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(outcome.replace(/^\ufeff/, '').split('\n').slice(0, 4)).toEqual([
      'row,outcome,reference,column,code,message',
      '2,failed,WEB-1,,other_line_failed,another line of the same order has an error',
      '3,failed,WEB-1,SKU,unknown_product,SKU is not a known product SKU',
      '4,created,WEB-2,,,',
    ]);
    const orders = (await t.call({ method: 'GET', url: '/api/v1/orders?limit=10', headers: await t.as('manager') })).data.items;
    expect(orders.map((o: any) => [o.externalRef, o.channel])).toEqual([['WEB-2', 'file_import']]);
    expect(consoleErrors).toEqual([]);
  });
});
