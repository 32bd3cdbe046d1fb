import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, pickOption } from '../support/browser.js';
import { createProduct, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/*
 * Improvement actions in zh-CN: at the review of last month a manager makes an action from
 * the "订单总数" KPI card (two orders last month), gives it to 李专员, finds it on the 改进措施
 * tab with its baseline and target, and completes it with a note.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

/** The 10th of last month, 10:00 in Shanghai, from the real clock the browser also reads. */
function lastMonthTenth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 10, 2)).toISOString();
}

beforeAll(async () => {
  t = await createTestApp({ now: lastMonthTenth() });
  const customer = await createTrustedCustomer(t, { name: '宁波海川电子有限公司' });
  const device = await createProduct(t, { name: 'A型设备-2024款', priceMinor: 100_00 });
  await receiveStock(t, device.id, 50);
  await placeApprovedOrder(t, customer.id, [{ productId: device.id, quantity: 1 }], { channel: 'online_store' });
  await placeOrder(t, { customerId: customer.id, channel: 'marketplace', lines: [{ productId: device.id, quantity: 2 }], paymentStatus: 'unpaid' });
  await t.drain();
  t.clock.set(new Date().toISOString());
  await t.as('specialist', '李专员');
  await t.as('manager');
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('improvement actions', () => {
  test('a manager creates an action from a KPI card, sees it on the Actions tab and completes it', async () => {
    const page = await staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.waitForURL(/\/reports$/);
    const total = page.getByTestId('kpi-orders.total');
    await expect(total.locator('.ant-statistic-content').textContent()).resolves.toBe('2');
    await total.getByRole('button', { name: '制定改进措施' }).click();

    const dialog = page.getByRole('dialog', { name: '新建改进措施' });
    const figure = dialog.getByTestId('action-figure');
    await expect(figure.getByText('订单总数').count()).resolves.toBe(1);
    await expect(figure.locator('.ant-descriptions-item-content').nth(2).textContent()).resolves.toBe('2');
    await expect(dialog.getByLabel('措施', { exact: true }).inputValue()).resolves.toBe('改善订单总数');
    await dialog.getByLabel('负责人').click();
    await pickOption(page, '李专员');
    await dialog.getByLabel('目标值').fill('5');
    await dialog.getByLabel('备注').fill('开拓线上渠道');
    await shoot(page, 'improvement-action-create-zh');
    await dialog.getByRole('button', { name: /^创\s?建$/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: '改进措施' }).click();
    await page.waitForURL(/\/reports\/actions$/);
    await page.getByRole('heading', { level: 1, name: '改进措施' }).waitFor();
    const row = page.getByTestId('improvement-actions').locator('tbody tr', { hasText: '改善订单总数' });
    await row.waitFor();
    for (const words of ['订单总数', '李专员', '进行中', '5']) await expect(row.textContent()).resolves.toContain(words);
    // The baseline is last month's figure.
    await expect(row.locator('td').nth(5).textContent()).resolves.toMatch(/^2 \(\d{4}-\d{2}\)$/);
    await shoot(page, 'improvement-actions-zh');

    await row.getByRole('button', { name: /^完\s?成$/ }).click();
    const complete = page.getByRole('dialog', { name: '完成改进措施：改善订单总数' });
    await complete.getByLabel('完成情况').fill('上线天猫店铺');
    await complete.getByRole('button', { name: /^完\s?成$/ }).click();
    await complete.waitFor({ state: 'hidden' });
    // The list shows open actions: the done one leaves it, and shows under 已完成.
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('状态', { exact: true }).click();
    await pickOption(page, '已完成');
    const done = page.getByTestId('improvement-actions').locator('tbody tr', { hasText: '改善订单总数' });
    await expect(done.locator('.ant-tag').textContent()).resolves.toBe('已完成');

    const listed = await t.call({ method: 'GET', url: '/api/v1/reports/actions', headers: await t.as('manager') });
    expect(listed.data.items).toEqual([expect.objectContaining({ title: '改善订单总数', figureKey: 'orders.total', baseline: 2, target: 5, direction: 'up', status: 'done', closingNote: '上线天猫店铺', note: '开拓线上渠道', owner: expect.objectContaining({ name: '李专员' }) })]);
    expect(consoleErrors).toEqual([]);
  });
});
