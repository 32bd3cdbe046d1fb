import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, pickOption } from '../support/browser.js';
import { createProduct, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/*
 * The order specialist's day in the console, in zh-CN: a phone order lands in exception, is
 * found on the exception desk, the call is logged, the order corrected and resubmitted until
 * approved; an order handed to her shows under "my orders"; on "我的任务" she schedules a call
 * and completes it.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let customer: any;
let sensor: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function session(role: Role): Promise<Page> {
  await t.as(role);
  return staffSession(browser, baseUrl, role, {}, { consoleErrors, contexts });
}

async function api(method: 'GET' | 'POST', url: string, role: Role, payload?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await t.call({ method, url, headers: { ...(await t.as(role)), ...headers }, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.data;
}

/** Approves every review step still waiting, each by a person of its role (the reviewers). */
async function approveWaitingSteps(orderId: string): Promise<void> {
  for (;;) {
    const review = await api('GET', `/api/v1/orders/${orderId}/review`, 'admin');
    const waiting = review.rounds.flatMap((r: any) => r.steps).find((s: any) => s.status === 'waiting');
    if (!waiting) return;
    await api('POST', `/api/v1/orders/${orderId}/review/${waiting.id}`, waiting.role, { decision: 'approve' });
  }
}


beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  customer = await createTrustedCustomer(t, { name: '苏州金鸡湖精密机械' });
  sensor = await createProduct(t, { sku: 'SEN-520', name: '压力传感器 P520', priceMinor: 260_00 });
  await receiveStock(t, sensor.id, 50);
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe("the order specialist's exception desk, tasks and orders", () => {
  test('a phone order in exception: found on the desk, contact logged, corrected and resubmitted until approved', async () => {
    // Taken by phone without a delivery date; a second person confirms the entry: exception.
    const placed = (await placeOrder(t, { customerId: customer.id, channel: 'phone', lines: [{ productId: sensor.id, quantity: 30 }], paymentStatus: 'unpaid' }, await t.as('specialist'))).data;
    const confirmed = await api('POST', `/api/v1/orders/${placed.id}/confirm-entry`, 'manager', undefined, { 'if-match': `"${placed.version}"` });
    expect(confirmed.status).toBe('exception');

    t.clock.advance(60_000); // the call comes after the order went into exception
    const page = await session('specialist');
    await page.getByRole('menuitem', { name: '异常订单' }).click();
    const card = page.locator(`[data-testid=desk-item][data-order="${placed.number}"]`);
    await card.waitFor();
    await card.locator('[data-code=missing_delivery_date]').waitFor();
    expect(await card.getByTestId('desk-holder').textContent()).toContain('specialist');
    await card.locator('[data-countdown]').waitFor();
    // Resubmitting waits for a contact.
    expect(await card.getByRole('button', { name: '修正订单' }).isDisabled()).toBe(true);
    await shoot(page, 'exception-desk-list');

    await card.getByRole('button', { name: '记录联系' }).click();
    await page.locator('#contact-summary').fill('电话联系王经理：交期定在三周后，数量改为 24 个');
    await page.locator('#contact-outcome').fill('客户确认修改');
    await shoot(page, 'exception-desk-contact');
    await page.getByRole('button', { name: '保存联系记录' }).click();
    await card.getByTestId('desk-last-contact').filter({ hasText: '交期定在三周后' }).waitFor();

    await card.getByRole('button', { name: '修正订单' }).click();
    const form = page.getByTestId('correct-form');
    await form.waitFor();
    const due = new Date(Date.now() + 21 * 24 * 3_600_000).toISOString().slice(0, 10);
    await page.locator('#correct-date').fill(due);
    await page.locator(`#quantities_${placed.lines[0].id}`).fill('24');
    await page.locator('#correct-note').fill('按客户电话确认修改交期和数量');
    await shoot(page, 'exception-desk-correct');
    await form.getByRole('button', { name: '修正并重新提交' }).click();
    await card.waitFor({ state: 'detached' });

    const resubmitted = await api('GET', `/api/v1/orders/${placed.id}`, 'admin');
    expect(resubmitted).toMatchObject({ requestedDeliveryDate: due, exceptions: [] });
    expect(resubmitted.lines[0]).toMatchObject({ quantity: 24, reservedQuantity: 24 });
    await approveWaitingSteps(placed.id);
    expect((await api('GET', `/api/v1/orders/${placed.id}`, 'admin')).status).toBe('approved');
    await page.goto(`${baseUrl}/orders/${placed.id}`);
    await page.locator('[data-testid=order-detail] [data-status=approved]').first().waitFor();
    await shoot(page, 'exception-desk-approved');
  });

  test('an order handed to the specialist shows under "my orders"', async () => {
    const order = (await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: new Date(Date.now() + 14 * 24 * 3_600_000).toISOString().slice(0, 10), lines: [{ productId: sensor.id, quantity: 2 }], paymentStatus: 'paid' }, await t.as('manager'))).data;
    expect(order.owner.name).toBe('manager');
    const boss = await session('manager');
    await boss.goto(`${baseUrl}/orders/${order.id}`);
    const owner = boss.getByTestId('order-owner');
    await owner.filter({ hasText: 'manager' }).waitFor();
    await owner.getByRole('button', { name: /^转\s?交$/ }).click();
    await boss.getByTestId('owner-select').click();
    await pickOption(boss, 'specialist');
    await boss.locator('#note-text').fill('华东客户由专员跟进');
    await shoot(boss, 'exception-desk-reassign');
    await boss.locator('.ant-modal').getByRole('button', { name: /^转\s?交$/ }).click();
    await owner.filter({ hasText: 'specialist' }).waitFor();

    const page = await session('specialist');
    await page.goto(`${baseUrl}/orders`);
    await page.getByTestId('owner-filter').getByText('我的订单').click();
    await page.waitForURL(/owner=me/);
    await page.getByText(order.number, { exact: true }).first().waitFor();
    await shoot(page, 'exception-desk-my-orders');
    const mine = await api('GET', '/api/v1/orders?owner=me', 'specialist');
    expect(mine.items.map((o: any) => o.number)).toContain(order.number);
  });

  test('on 我的任务: schedule a call for a customer, then complete it with a note', async () => {
    const page = await session('specialist');
    await page.getByRole('menuitem', { name: '我的任务' }).click();
    await page.getByTestId('tasks-page').waitFor();
    await page.getByRole('button', { name: '安排回访' }).click();
    const form = page.getByTestId('schedule-form');
    await form.locator('.ant-select').filter({ has: page.locator('#schedule-customer') }).click();
    await page.locator('#schedule-customer').fill('金鸡湖');
    await pickOption(page, '苏州金鸡湖精密机械');
    await page.locator('#schedule-summary').fill('电话回访：确认新交期是否合适');
    const due = new Date(Date.now() + 2 * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16); // two hours ahead, in Shanghai
    await page.locator('#schedule-due').fill(due);
    await shoot(page, 'exception-desk-schedule-call');
    await form.getByRole('button', { name: '安排回访' }).click();
    const row = page.locator('[data-testid=task-row][data-kind=call]').filter({ hasText: '确认新交期' });
    await row.waitFor();
    await row.locator('[data-due=soon]').waitFor();
    await shoot(page, 'exception-desk-tasks');

    await row.getByRole('button', { name: /^完\s?成$/ }).click();
    await page.locator('#task-note').fill('客户同意新交期');
    await page.locator('.ant-modal').getByRole('button', { name: /^完\s?成$/ }).click();
    await row.waitFor({ state: 'detached' });
    const done = await api('GET', `/api/v1/tasks?status=done&kind=call&customerId=${customer.id}`, 'specialist');
    expect(done.items).toEqual([expect.objectContaining({ summary: '电话回访：确认新交期是否合适', doneNote: '客户同意新交期', assigneeName: 'specialist' })]);
    expect(consoleErrors).toEqual([]);
  });

  test("a plan stage given to one person of its department", async () => {
    const order = await placeApprovedOrder(t, customer.id, [{ productId: sensor.id, quantity: 3 }]);
    await t.drain(); // the worker makes the plan
    const [first] = (await api('GET', `/api/v1/orders/${order.id}/plan`, 'admin')).stages;
    await t.as(first.ownerRole, 'wu');
    const page = await session('manager');
    await page.goto(`${baseUrl}/orders/${order.id}?tab=plan`);
    const row = page.getByTestId(`stage-${first.key}`).locator('xpath=..');
    await row.getByRole('button', { name: /^分\s?配$/ }).click();
    await page.locator('.ant-modal .ant-select').click();
    await pickOption(page, 'wu');
    await page.locator('#stage-assignee-note').fill('吴负责本单的该环节');
    await shoot(page, 'exception-desk-stage-assign');
    await page.locator('.ant-modal').getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByTestId(`stage-${first.key}`).getByTestId('stage-assignee').filter({ hasText: 'wu' }).waitFor();
    expect((await api('GET', `/api/v1/orders/${order.id}/plan`, 'admin')).stages[0]).toMatchObject({ assigneeName: 'wu' });
    expect(consoleErrors).toEqual([]);
  });
});
