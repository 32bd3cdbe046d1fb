import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession } from '../support/browser.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

/*
 * The bottleneck page and the process map in zh-CN: a manager reaches both from the
 * navigation, reads the slowest move in words, sees the map drawn, and drills from a
 * figure to the orders behind it.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let stockA: any;
let returned: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];
const hour = 3_600_000;
// Two days ago, so the page's default period (the last 30 days) holds it.
const start = new Date(Date.now() - 2 * 24 * hour);
const at = (hours: number) => t.clock.set(new Date(start.getTime() + hours * hour));

async function progress(orderId: string, key: string, role: Parameters<TestApp['as']>[0], status: string) {
  const plan = (await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/plan`, headers: await t.as('sales') })).data;
  const stage = plan.stages.find((s: any) => s.key === key);
  const res = await t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/plan/stages/${stage.id}/progress`, headers: await t.as(role), payload: { status } });
  expect(res.statusCode).toBe(200);
}

async function waitingStep(orderId: string) {
  const { data } = await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/review`, headers: await t.as('admin') });
  return data.rounds.find((r: any) => r.round === data.round).steps.find((s: any) => s.status === 'waiting');
}

async function session(): Promise<Page> {
  await t.as('manager');
  return staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
}

beforeAll(async () => {
  t = await createTestApp({ now: start.toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const regular = await createCustomer(t, { name: '苏州瑞达自动化', creditLimitMinor: 5_000_000_00, paymentTerms: { kind: 'net', netDays: 30 } });
  const prepaid = await createCustomer(t, { name: '成都天府食品机械', paymentTerms: { kind: 'prepaid' } });
  const consumable = await createProduct(t, { name: 'B型耗材-10mm', unit: '件', priceMinor: 80_00 });
  const device = await createProduct(t, { name: 'A型设备-2024款', priceMinor: 30_000_00 });
  await receiveStock(t, consumable.id, 1_000);
  await receiveStock(t, device.id, 10);
  at(0);
  stockA = (await placeOrder(t, { customerId: regular.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: consumable.id, quantity: 100 }], paymentStatus: 'unpaid' })).data;
  returned = (await placeOrder(t, { customerId: prepaid.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'unpaid' })).data;
  at(1);
  await t.drain();
  at(2);
  const credit = await waitingStep(returned.id);
  await t.call({ method: 'POST', url: `/api/v1/orders/${returned.id}/review/${credit.id}`, headers: await t.as('finance'), payload: { decision: 'return', comment: '请确认付款时间' } });
  await progress(stockA.id, 'confirm', 'specialist', 'done');
  at(3);
  await progress(stockA.id, 'packing', 'warehouse', 'in_progress');
  await t.call({ method: 'POST', url: `/api/v1/orders/${returned.id}/contacts`, headers: await t.as('specialist'), payload: { channel: 'phone', summary: '客户确认今天付清', outcome: '已付款' } });
  const again = await t.call({ method: 'POST', url: `/api/v1/orders/${returned.id}/resubmit`, headers: await t.as('specialist'), payload: { corrections: { paymentStatus: 'paid' }, note: '客户已付款' } });
  expect(again.statusCode).toBe(200);
  at(9);
  await progress(stockA.id, 'packing', 'warehouse', 'done');
  t.clock.set(new Date());
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('process reports in the console', () => {
  test('the process map: the slowest move in words, the map drawn, variants, rework, and a drill-down to the orders', async () => {
    const page = await session();
    await page.getByRole('menuitem', { name: '流程挖掘' }).click();
    await page.waitForURL(/\/reports\/process$/);
    await page.getByRole('heading', { name: '流程挖掘' }).waitFor();
    // In progress for 7 h, of which packing ran 6 h.
    const slowest = page.getByTestId('slowest-edge');
    await slowest.waitFor();
    expect(await slowest.innerText()).toContain('订单在“执行中”到“待发货”之间等待的中位时长为');
    expect(await slowest.innerText()).toContain('86% 的时间花在“备货包装”阶段');
    await page.locator('.react-flow__edge').first().waitFor();
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByTestId('rework').innerText()).toContain('评审退回');
    expect(await page.getByTestId('rework').innerText()).toContain('异常重新提交');
    expect(await page.getByTestId('deviations').innerText()).toContain('所有流转都符合订单状态表');
    await shoot(page, 'process-map-zh');

    await page.getByTestId('edges').locator('[data-drill="已批准 → 已计划"]').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: stockA.number }).waitFor();
    await drawer.getByRole('link', { name: stockA.number }).click();
    await page.waitForURL(new RegExp(`/orders/${stockA.id}$`));
  });

  test('the bottleneck page: stage and review-step times, inboxes and people', async () => {
    const page = await session();
    await page.getByRole('menuitem', { name: '瓶颈分析' }).click();
    await page.waitForURL(/\/reports\/bottlenecks$/);
    await page.getByRole('heading', { name: '瓶颈分析' }).waitFor();
    const packing = page.getByTestId('stage-times').locator('tr', { hasText: '备货包装' });
    await packing.waitFor();
    expect(await packing.innerText()).toContain('6小时');
    const credit = page.getByTestId('review-times').locator('tr', { hasText: '客户信用' });
    expect(await credit.innerText()).toContain('2小时');
    expect(await page.getByTestId('inboxes').innerText()).toContain('财务');
    expect(await page.getByTestId('people').innerText()).toContain('warehouse');
    await shoot(page, 'bottlenecks-zh');
    expect(consoleErrors).toEqual([]);
  });
});
