import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, roleSession, shoot, zh } from '../support/browser.js';
import { createCustomer, createProduct, placeOrderAt, receiveStock } from '../support/fixtures.js';

/*
 * Issue 14 item 7 on the console, in zh-CN: a manager presses / , types a Chinese word, sees the
 * hits grouped as 售后工单 and 客户评价, opens the case; Enter on a customer's name opens the
 * full results page; the retention setting says why it cannot be under three years.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let caseId: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createCustomer(t, { name: '杭州精工机械有限公司' });
  const product = await createProduct(t, { name: '不锈钢球阀' });
  await receiveStock(t, product.id, 10);
  const order = await placeOrderAt(t, new Date().toISOString(), customer.id, [{ productId: product.id, quantity: 1 }]);
  const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales'), payload: { customerId: customer.id, type: 'complaint', summary: '收货时发现包装破损，客户要求换货' } });
  caseId = opened.data.id;
  await t.database.db.execute(sql`INSERT INTO feedback (id, order_id, order_number, customer_id, customer_name, response_speed, product_quality, delivery_timeliness, service_attitude, comments, channel, recorded_by_label, recorded_at)
    VALUES (gen_random_uuid(), ${order.id}, ${order.number}, ${customer.id}, ${customer.name}, 5, 5, 5, 5, '包装很结实，送货及时', 'phone', 'test', now())`);
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('global search', () => {
  test('/ then a Chinese word shows grouped hits; choosing one opens it; Enter opens every result', async () => {
    const page = await roleSession(t, browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
    await page.locator('body').press('/');
    const input = page.getByTestId('global-search-input');
    await page.locator('[data-testid="global-search-input"]:focus').waitFor();
    await input.pressSequentially('包装');

    await page.getByTestId('search-group-case').waitFor();
    expect(await page.getByTestId('search-group-case').textContent()).toBe(zh.archive.search.kind.case);
    expect(await page.getByTestId('search-group-feedback').textContent()).toBe(zh.archive.search.kind.feedback);
    const caseHit = page.getByTestId('search-hit-case');
    expect(await caseHit.textContent()).toContain('包装破损');
    expect(await page.getByTestId('search-hit-feedback').textContent()).toContain('包装很结实');
    await shoot(page, 'global-search-dropdown');
    await caseHit.click();
    await page.waitForURL(`**/cases/${caseId}`);

    await input.fill('');
    await input.pressSequentially('精工机械');
    await page.getByTestId('search-hit-order').waitFor();
    await input.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await page.getByRole('heading', { level: 1, name: zh.archive.search.resultsFor.replace('{{q}}', '精工机械') }).waitFor();
    const results = page.getByTestId('search-results');
    await results.getByTestId('search-result-order').first().waitFor();
    expect(await results.getByTestId('search-result-order').count()).toBe(1);
    expect(await results.getByTestId('search-result-case').count()).toBe(1);
    await shoot(page, 'search-results');

    await page.getByTestId('search-kinds').getByText(zh.archive.search.kind.order).click();
    await expect.poll(() => results.getByTestId('search-result-case').count()).toBe(0);
    await results.getByTestId('search-result-order').getByRole('link').click();
    await page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    expect(consoleErrors).toEqual([]);
  });

  test('on a phone the top bar has a search button that opens the results page, which fits the screen', async () => {
    const page = await roleSession(t, browser, baseUrl, 'after_sales', { mobile: true }, { consoleErrors, contexts });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.getByTestId('global-search-open').click();
    await page.waitForURL('**/search');
    // Input.Search puts the test id on its input or its wrapper, depending on the antd version.
    const input = page.locator('input[data-testid=search-page-input], [data-testid=search-page-input] input').first();
    await input.fill('破损');
    await input.press('Enter');
    await page.getByTestId('search-results').getByTestId('search-result-case').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shoot(page, 'search-results-390');
    expect(consoleErrors.join('\n')).toBe('');
  });

  test('the retention setting shows the law and refuses fewer than three years', async () => {
    const page = await roleSession(t, browser, baseUrl, 'admin', {}, { consoleErrors, contexts });
    await page.goto(`${baseUrl}/settings/retention`);
    const form = page.getByTestId('retention-form');
    await page.getByTestId('retention-law').getByText(zh.archive.retention.law).waitFor();
    const years = form.getByLabel(zh.archive.retention.years);
    await expect.poll(() => years.inputValue()).toBe('3');
    await years.fill('2');
    await page.getByTestId('settings-save').click();
    await form.locator('.ant-form-item-explain-error').getByText(zh.fieldErrors.retention_below_legal_minimum).waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('retention-form').getByLabel(zh.archive.retention.years).inputValue()).toBe('3');
    await shoot(page, 'retention-setting');
  });
});
