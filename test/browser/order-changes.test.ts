import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/*
 * Changing an order after intake on the console, in zh-CN: the specialist raises the
 * quantity of an approved order in the 修改订单 form and sees the reservation, the priority
 * and the promise date move and the change in 修改记录; a stale save keeps what was typed
 * and says who changed the order meanwhile.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let product: any;
let customer: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

/** The console's Chinese texts, so the test reads what the user reads. */

async function specialist(): Promise<Page> {
  await t.as('specialist');
  return staffSession(browser, baseUrl, 'specialist', {}, { consoleErrors, contexts });
}

async function stock() {
  return (await t.call({ method: 'GET', url: `/api/v1/products/${product.id}/stock`, headers: await t.as('admin') })).data;
}

async function fillQuantity(page: Page, quantity: number) {
  const input = page.getByTestId('order-change-form').getByLabel(zh.orderChanges.quantity).first();
  await input.fill(String(quantity));
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  customer = await createTrustedCustomer(t, { name: '苏州恒远机械有限公司' });
  product = await createProduct(t, { sku: 'PMP-220', name: '离心泵 P220', priceMinor: 3_000_00 });
  await receiveStock(t, product.id, 10);
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('changing an order after intake on the console', () => {
  test('raising the quantity of an approved order moves its stock, priority and promise date, and the revision is in 修改记录', async () => {
    const order = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 2 }], { paymentStatus: 'paid' });
    expect(order.priority.level).toBe('low');
    const page = await specialist();
    await page.goto(`${baseUrl}/orders/${order.id}`);
    await page.getByTestId('order-revisions').getByText(zh.orderChanges.none).waitFor();
    await expect.poll(() => page.locator('[data-priority]').first().getAttribute('data-priority')).toBe('low');
    await page.getByText('2 / 2').waitFor(); // reserved / ordered

    await page.getByTestId('change-open').click();
    await fillQuantity(page, 12);
    await page.getByTestId('change-reason').fill('客户电话追加 10 台');
    await shoot(page, 'order-changes-form');
    await page.getByTestId('change-submit').click();

    const revision = page.getByTestId('order-revision');
    await revision.waitFor();
    await expect.poll(() => page.locator('[data-priority]').first().getAttribute('data-priority')).toBe('medium');
    await page.getByText('10 / 12').waitFor(); // 10 reserved, 2 backordered
    const changed = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('admin') })).data;
    expect(changed.promisedDeliveryDate > order.promisedDeliveryDate).toBe(true);
    expect(await stock()).toMatchObject({ onHand: 10, reserved: 10 });
    const text = await revision.innerText();
    expect(text).toContain('第 1 次修改');
    expect(text).toContain('客户电话追加 10 台');
    expect(text).toContain('数量 2 → 12');
    expect(text).toContain('优先级 低 → 中');
    expect(text).toContain(zh.orderChanges.reviewRestarted);
    expect(text).toContain('PMP-220 预留 +8');
    const promise = /承诺交期 (\S+) → (\S+)/.exec(text);
    expect(promise).not.toBeNull();
    expect(promise![1]).not.toBe(promise![2]);
    await shoot(page, 'order-changes-history');
  });

  test('a save against a stale order keeps what was typed and says who changed it', async () => {
    const valve = await createProduct(t, { sku: 'VLV-80', name: '球阀 DN80', priceMinor: 500_00 });
    await receiveStock(t, valve.id, 20);
    const order = await placeApprovedOrder(t, customer.id, [{ productId: valve.id, quantity: 1 }]);
    const page = await specialist();
    await page.goto(`${baseUrl}/orders/${order.id}`);
    await page.getByTestId('change-open').click();
    await fillQuantity(page, 3);
    await page.getByTestId('change-reason').fill('客户追加两个');

    // Meanwhile a manager changes the delivery date.
    const meanwhile = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/changes`,
      headers: { ...(await t.as('manager')), 'if-match': `"${order.version}"` },
      payload: { reason: '客户改期', requestedDeliveryDate: new Date(Date.parse(order.requestedDeliveryDate) + 86_400_000).toISOString().slice(0, 10) },
    });
    expect(meanwhile.statusCode).toBe(200);

    await page.getByTestId('change-submit').click();
    const stale = page.getByTestId('order-change-stale');
    await stale.waitFor();
    expect(await stale.innerText()).toContain('manager');
    expect(await page.getByTestId('change-reason').inputValue()).toBe('客户追加两个');
    expect(await page.getByTestId('order-change-form').getByLabel(zh.orderChanges.quantity).first().inputValue()).toBe('3');
    await shoot(page, 'order-changes-conflict');

    // With the latest order loaded, the same typed change goes through.
    await stale.getByRole('button', { name: zh.orderChanges.reload }).click();
    await page.getByTestId('order-revision').first().waitFor();
    await page.getByTestId('change-submit').click();
    await expect.poll(async () => page.getByTestId('order-revision').count()).toBe(2);
    expect(consoleErrors.filter((e) => !e.includes('412') && !e.includes('Precondition'))).toEqual([]);
  });

  test('a manager decides in Settings which changes are material', async () => {
    await t.as('manager');
    const page = await staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
    await page.goto(`${baseUrl}/settings/sla`);
    const form = page.getByTestId('order-changes-form');
    const amount = form.getByRole('switch').first();
    await expect.poll(() => amount.getAttribute('aria-checked')).toBe('true');
    await amount.click();
    await form.getByTestId('settings-save').click();
    await expect.poll(async () => (await t.call({ method: 'GET', url: '/api/v1/settings/order-changes', headers: await t.as('manager') })).data.value.materialWhen.amountChanged).toBe(false);
    await shoot(page, 'order-changes-settings');
  });
});
