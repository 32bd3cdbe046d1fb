import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, portalSession, roleSession, shoot, zh } from '../support/browser.js';
import { createProduct, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';
import { latinSentences } from '../support/latin.js';
import { startSmtpServer } from '../support/receivers.js';

/*
 * What the server wrote for people reads in Chinese in a zh-CN console and portal: the
 * findings of an exception order and its duplicate warning, the case a partial acceptance
 * opened, the order's history, and the portal's order and case pages. No page may carry an
 * English sentence (three Latin words in a row); SKUs, numbers, order numbers and e-mail
 * addresses may appear.
 */

const buyerEmail = 'wu.buyer@haichuan.test';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let browser: Browser;
let baseUrl: string;
let exception: any;
let accepted: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];


async function expectChinese(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  expect(latinSentences(text), `${where}:\n${text}`).toEqual([]);
}

const session = (role: Role): Promise<Page> => roleSession(t, browser, baseUrl, role, {}, { consoleErrors, contexts });

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ now: new Date().toISOString(), env: { ORDO_SMTP_URL: smtp.url } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createTrustedCustomer(t, { name: '宁波海川电子有限公司' });
  const sensor = await createProduct(t, { sku: 'XH-SM750', name: '智能电表 SM750', priceMinor: 750_00 });
  await receiveStock(t, sensor.id, 20);

  // Twelve asked for, nine in stock, not prepaid, no delivery date: an exception; placed twice, a duplicate.
  const lines = [{ productId: sensor.id, quantity: 12 }];
  const first = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', lines, paymentStatus: 'unpaid', specialRequirements: { text: '需定制LOGO' } });
  expect(first.statusCode).toBe(201);
  await receiveStock(t, sensor.id, 1);
  const second = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', lines: [{ productId: sensor.id, quantity: 12 }], paymentStatus: 'unpaid', specialRequirements: { text: '需定制LOGO' } });
  expect(second.statusCode).toBe(201);
  exception = second.data;
  expect(exception.status).toBe('exception');
  expect(exception.warnings.map((w: any) => w.code)).toContain('possible_duplicate');

  await receiveStock(t, sensor.id, 40);
  accepted = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 6 }]));
  const acceptance = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${accepted.id}/acceptance`,
    headers: await t.as('logistics'),
    payload: { lines: [{ lineId: accepted.lines[0].id, result: 'partial', acceptedQuantity: 5, comment: '一台外壳有划痕' }] },
  });
  expect(acceptance.statusCode, acceptance.body).toBe(201);
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: buyerEmail, name: '吴采购' } });
  expect(invited.statusCode).toBe(201);
  await t.drain(); // the invitation goes out first
});

afterAll(() => closeBrowserTest(contexts, browser, t, smtp));

describe('server texts in a Chinese console and portal', () => {
  test('the helper finds English sentences and lets SKUs, numbers and addresses through', () => {
    expect(latinSentences('XH-SM750：12 件中有 3 件缺货 · admin.admin@example.test · 202605-001')).toEqual([]);
    expect(latinSentences('XH-SM750: 3 of 12 are not in stock').join()).toContain('are not in stock');
    expect(latinSentences('Acceptance partial: line 1')).toEqual(['Acceptance partial: line']);
  });

  test("an exception order's findings and duplicate warning read in Chinese, the duplicate's time in the reader's zone", async () => {
    const page = await session('specialist');
    await page.goto(`${baseUrl}/orders/${exception.id}`);
    const findings = page.getByTestId('findings');
    await findings.waitFor();
    await findings.getByText('XH-SM750：12 件中有 3 件缺货，且订单未预付').waitFor();
    await findings.getByText(`特殊要求不明确：${zh.messages.unclear.announced_without_parameters.replace('{{word}}', '定制')}`).waitFor();
    const duplicate = await findings.locator('[data-code=possible_duplicate]').innerText();
    expect(duplicate).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(duplicate).toContain('与订单');
    await expectChinese(page, 'exception order');
    await shoot(page, 'messages-exception-order');
  });

  test('the case opened by a partial acceptance and the order history read in Chinese', async () => {
    const page = await session('after_sales');
    await page.goto(`${baseUrl}/orders/${accepted.id}?tab=cases`);
    const summary = page.getByTestId('case-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toBe('验收部分合格：第 1 行 XH-SM750 部分合格（5/6）：一台外壳有划痕');
    await expectChinese(page, 'case');
    await shoot(page, 'messages-acceptance-case');
    // Every entry of the history has its Chinese label, Ordo's own steps are "系统", no action shows as a code.
    const history = page.locator('[data-action]');
    await history.first().waitFor();
    for (const label of await history.allInnerTexts()) expect(label).not.toMatch(/[a-z_]+\.[a-z_]+/);
    expect(await history.allInnerTexts()).toContain(zh.auditActions.order.case_opened);
    await expectChinese(page, 'history');
  });

  test("the portal's order and case pages read in Chinese", async () => {
    const page = await portalSession(t, browser, baseUrl, smtp, buyerEmail, { consoleErrors, contexts });
    await page.goto(`${baseUrl}/portal/orders/${accepted.id}`);
    const summary = page.getByTestId('case-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('验收部分合格');
    await expectChinese(page, 'portal order');
    await shoot(page, 'messages-portal-order');
  });

  test('no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
