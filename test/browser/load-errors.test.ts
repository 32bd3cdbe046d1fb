import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { launchChromium, shoot, staffSession } from '../support/browser.js';
import { createCustomer } from '../support/fixtures.js';

/*
 * A list that cannot be loaded says so in the reader's language with a 重试 button, and
 * trying again once the server answers shows the data: the server's fault is simulated by
 * intercepting the list's request in the browser.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
const record = { consoleErrors: [] as string[], contexts: [] as BrowserContext[] };

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  await createCustomer(t, { name: '苏州远航机电' });
  await t.as('sales');
});

afterAll(async () => {
  for (const context of record.contexts) await context.close();
  await browser?.close();
  await t?.close();
});

describe('a list that fails to load', () => {
  let sales: Page;

  beforeAll(async () => {
    sales = await staffSession(browser, baseUrl, 'sales', {}, record);
  });

  test('shows the failure in Chinese with 重试, not an internal code, and retry recovers', async () => {
    const customersList = /\/api\/v1\/customers\?/;
    await sales.route(customersList, (route) =>
      route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal' }) }),
    );
    await sales.goto(`${baseUrl}/customers`);
    const failure = sales.getByTestId('query-error');
    await failure.waitFor();
    expect(await failure.textContent()).toContain('数据加载失败');
    expect(await failure.textContent()).not.toContain('internal');
    expect(await sales.getByText('苏州远航机电').count()).toBe(0);
    await shoot(sales, 'load-error-customers');

    await sales.unroute(customersList);
    await failure.getByTestId('query-retry').click();
    await sales.locator('.ant-table').getByText('苏州远航机电').waitFor();
    expect(await sales.getByTestId('query-error').count()).toBe(0);
  });

  test('in English the same failure reads in English', async () => {
    const english = await staffSession(browser, baseUrl, 'sales', { locale: 'en' }, record);
    await english.route(/\/api\/v1\/customers\?/, (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ status: 500, code: 'internal' }) }));
    await english.goto(`${baseUrl}/customers`);
    const failure = english.getByTestId('query-error');
    await failure.waitFor();
    expect(await failure.textContent()).toContain('Could not load this data');
    expect(await failure.getByTestId('query-retry').textContent()).toBe('Retry');
  });
});
