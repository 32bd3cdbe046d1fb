import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, pickOption } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip, startExecution } from '../support/fulfilment.js';

/*
 * The after-sales desk in zh-CN: a customer phones about a delivered order; after-sales opens
 * the case from the order page, finds it on the desk, claims it, logs the call, sends a
 * zero-priced replacement (linked both ways) and resolves it; the buyer confirms in the portal
 * on a phone and the case closes. Feedback taken by phone shows in the feedback list by name.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let customer: any;
let pump: any;
let original: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];
const record = { consoleErrors, contexts };

async function session(role: Role, mobile = false): Promise<Page> {
  await t.as(role);
  const page = await staffSession(browser, baseUrl, role, { mobile }, record);
  if (!mobile) await page.setViewportSize({ width: 1440, height: 900 });
  return page;
}

async function api(method: 'GET' | 'POST', url: string, role: Role, payload?: Record<string, unknown>) {
  const res = await t.call({ method, url, headers: await t.as(role), ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.data;
}

/** The replacement goes out like any order: reviewed, started, packed, shipped and delivered. */
async function shipReplacement(id: string): Promise<void> {
  for (;;) {
    const review = await api('GET', `/api/v1/orders/${id}/review`, 'admin');
    const waiting = review.rounds.flatMap((r: any) => r.steps).find((s: any) => s.status === 'waiting');
    if (!waiting) break;
    await api('POST', `/api/v1/orders/${id}/review/${waiting.id}`, waiting.role, { decision: 'approve' });
  }
  await startExecution(t, id);
  await api('POST', `/api/v1/orders/${id}/ready-to-ship`, 'warehouse');
  await deliverOrder(t, await api('GET', `/api/v1/orders/${id}`, 'admin'));
}


beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString(), env: { ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  customer = await createTrustedCustomer(t, { name: '杭州西溪流体设备' });
  pump = await createProduct(t, { sku: 'PUMP-300', name: '离心泵 C300', priceMinor: 1_800_00 });
  await receiveStock(t, pump.id, 20);
  const delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: pump.id, quantity: 2 }]));
  await api('POST', `/api/v1/orders/${delivered.id}/acceptance`, 'logistics', { lines: delivered.lines.map((l: any) => ({ lineId: l.id, result: 'pass' })) });
  original = await api('GET', `/api/v1/orders/${delivered.id}`, 'admin');
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('the after-sales desk', () => {
  test('a case staff open on a delivered order runs through a replacement to the customer’s confirmation', async () => {
    const page = await session('after_sales');
    await page.goto(`${baseUrl}/orders/${original.id}?tab=cases`);
    await page.getByTestId('open-case').click();
    const opening = page.getByTestId('open-case-form');
    await opening.waitFor();
    // The list scrolls 投诉, the form's default, into view just after it opens: a click at that
    // moment can land on no option, so the type is picked until the select shows it.
    const caseType = page.locator('.ant-select').filter({ has: page.locator('#case-type') });
    for (let attempt = 0; attempt < 3 && !(await caseType.textContent())?.includes('质量问题'); attempt++) {
      if (!(await page.locator('.ant-select-dropdown:visible').count())) await caseType.click();
      await pickOption(page, '质量问题');
    }
    expect(await caseType.textContent()).toContain('质量问题');
    await page.locator('#case-summary').fill('客户来电：一台离心泵运输途中泵壳开裂');
    await opening.getByRole('button', { name: '创建工单' }).click();
    await opening.waitFor({ state: 'detached' });
    await page.getByTestId('case-summary').filter({ hasText: '泵壳开裂' }).waitFor();

    // The desk lists it with the order, the customer and the contact deadline.
    await page.getByRole('menuitem', { name: '售后工单' }).click();
    const row = page.locator('.ant-table-row').filter({ hasText: original.number });
    await row.waitFor();
    expect(await row.textContent()).toContain('杭州西溪流体设备');
    expect(await row.textContent()).toContain('待认领');
    await page.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await shoot(page, 'aftersales-desk-list');
    await row.click();

    const detail = page.getByTestId('case-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('电话');
    expect(await detail.textContent()).toContain('质量问题');
    await page.getByRole('button', { name: /^接\s?单$/ }).click();
    await page.getByRole('button', { name: '记录沟通' }).click();
    const contact = page.getByTestId('case-contact-form');
    await contact.locator('textarea').fill('已回电客户，同意补发一台');
    await contact.getByRole('button', { name: '记录沟通' }).click();
    await page.getByTestId('case-history').getByText('已回电客户，同意补发一台').waitFor();

    await page.getByRole('button', { name: '补发 / 换货' }).click();
    const replacementForm = page.getByTestId('replacement-form');
    await replacementForm.waitFor();
    await replacementForm.locator('input').first().fill('1');
    await replacementForm.getByRole('button', { name: '创建补发单' }).click();
    await replacementForm.waitFor({ state: 'detached' });
    const links = page.getByTestId('case-replacements');
    await links.waitFor();
    const [made] = (await api('GET', `/api/v1/cases?orderId=${original.id}`, 'after_sales')).items[0].replacements;
    expect(made).toBeDefined();
    await shoot(page, 'aftersales-case-replacement');

    // The replacement's page names the order it replaces and the case.
    await links.getByRole('link', { name: made.number }).click();
    const replacedFrom = page.getByTestId('replacement-of');
    await replacedFrom.waitFor();
    expect(await replacedFrom.textContent()).toContain(original.number);
    const replacement = await api('GET', `/api/v1/orders/${made.orderId}`, 'admin');
    expect(replacement.totals.totalMinor).toBe(0);
    await replacedFrom.getByRole('link', { name: '查看工单' }).click();
    await detail.waitFor();

    await shipReplacement(made.orderId);
    await page.reload();
    await page.getByRole('button', { name: /^关\s?闭$/ }).click();
    const closing = page.getByTestId('case-close-form');
    await closing.locator('textarea').fill('已补发一台新泵，旧泵无需退回');
    await closing.getByRole('button', { name: '关闭工单' }).click();
    await page.getByTestId('case-status').filter({ hasText: '待客户确认' }).waitFor();

    // The buyer confirms on a phone, in the portal.
    const invited = await api('POST', `/api/v1/customers/${customer.id}/portal-users`, 'sales', { email: 'buyer@xixi.test', name: '采购 陈' });
    const buyerContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } });
    contexts.push(buyerContext);
    const buyer = await buyerContext.newPage();
    buyer.on('pageerror', (error) => consoleErrors.push(`buyer: ${error.message}`));
    await buyer.goto(`${baseUrl}${new URL(invited.handedOverLink.url).pathname}`);
    await buyer.getByTestId('link-continue').click();
    await buyer.waitForURL(`${baseUrl}/portal`);
    await buyer.goto(`${baseUrl}/portal/orders/${original.id}`);
    const awaiting = buyer.getByTestId('case-awaiting-confirmation');
    await awaiting.waitFor();
    expect(await awaiting.textContent()).toContain('已补发一台新泵');
    await shoot(buyer, 'aftersales-portal-confirm-390');
    await awaiting.getByTestId('confirm-case').click();
    await awaiting.waitFor({ state: 'detached' });
    expect(await buyer.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await page.reload();
    await page.getByTestId('case-status').filter({ hasText: '已关闭' }).waitFor();
    expect(await page.getByTestId('case-confirmation').textContent()).toContain('采购 陈');
    // Every step of the case reads by name in the history, the replacement and the resolution included.
    await page.getByTestId('case-history').getByText('工单关闭').waitFor();
    expect(await page.getByTestId('case-history').textContent()).not.toContain('其他操作');
    expect((await api('GET', `/api/v1/orders/${original.id}`, 'admin')).status).toBe('completed');
    await shoot(page, 'aftersales-case-closed');

    const phone = await session('after_sales', true);
    await phone.goto(`${baseUrl}/cases`);
    await phone.locator('.ant-table-row').filter({ hasText: original.number }).waitFor();
    await shoot(phone, 'aftersales-desk-list-390');
    await phone.goto(`${baseUrl}/cases/${(await api('GET', `/api/v1/cases?orderId=${original.id}`, 'after_sales')).items[0].id}`);
    await phone.getByTestId('case-detail').waitFor();
    await shoot(phone, 'aftersales-case-390');
  });

  test('feedback taken by phone shows in the feedback list with who recorded it', async () => {
    const page = await session('after_sales');
    await page.getByRole('menuitem', { name: '客户反馈' }).click();
    await page.getByTestId('record-phone-feedback').click();
    const form = page.getByTestId('phone-feedback-form');
    await form.waitFor();
    await page.locator('.ant-select').filter({ has: page.locator('#feedback-customer') }).click();
    await page.locator('#feedback-customer').fill('西溪');
    await pickOption(page, '杭州西溪流体设备');
    await page.locator('.ant-select').filter({ has: page.locator('#feedback-order') }).click();
    await pickOption(page, original.number);
    await form.getByTestId('score-productQuality').locator('.ant-rate-star').nth(2).click();
    await page.locator('#feedback-comments').fill('电话回访：补发及时，泵运行正常');
    await form.getByRole('button', { name: /^保\s?存$/ }).click();
    await form.waitFor({ state: 'detached' });

    const row = page.locator('.ant-table-row').filter({ hasText: original.number });
    await row.waitFor();
    expect(await row.textContent()).toContain('电话回访');
    expect(await row.getByTestId('feedback-recorded-by').textContent()).toBe('after_sales');
    const [stored] = (await api('GET', `/api/v1/feedback?orderId=${original.id}`, 'manager')).items;
    expect(stored).toMatchObject({ channel: 'phone', productQuality: 3, recordedByLabel: 'after_sales' });
    await shoot(page, 'aftersales-feedback-list');
    expect(consoleErrors).toEqual([]);
  });
});
