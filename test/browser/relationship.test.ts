import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';

/*
 * Relationship upkeep in zh-CN (seed 003): the morning planner gives a VIP's owner a return
 * visit; on the customer's page she sees it in 跟进计划, completes it with a note, and finds it
 * on the customer's timeline beside the order, the contact and the survey answer. The
 * administrator sets how often each tier is visited.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let customer: any;
let order: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];
const day = 24 * 3_600_000;

async function session(role: 'sales' | 'admin', name: string = role): Promise<Page> {
  await t.as(role, name);
  return staffSession(browser, baseUrl, role, { name }, { consoleErrors, contexts });
}

beforeAll(async () => {
  // Everything below happened five weeks ago; the planner runs this morning.
  t = await createTestApp({ now: new Date(Date.now() - 35 * day).toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const zhang = (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as('sales', 'zhang') })).data.id;
  customer = await createTrustedCustomer(t, { name: '北京贵宾精工集团', tier: 'vip', ownerUserId: zhang });
  const pump = await createProduct(t, { sku: 'PUMP-880', name: '离心泵 P880', priceMinor: 3_200_00 });
  await receiveStock(t, pump.id, 10);
  order = await orderReadyToShip(t, customer.id, [{ productId: pump.id, quantity: 2 }]);
  t.clock.advance(3_600_000);
  const contact = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/contacts`, headers: await t.as('specialist'), payload: { channel: 'phone', summary: '确认送货时间', outcome: '周五上午送达' } });
  expect(contact.statusCode).toBe(201);
  t.clock.advance(3_600_000);
  order = await deliverOrder(t, order);
  t.clock.advance(3_600_000);
  const feedback = await t.call({ method: 'POST', url: '/api/v1/feedback', headers: await t.as('after_sales'), payload: { orderId: order.id, responseSpeed: 5, productQuality: 5, deliveryTimeliness: 4, serviceAttitude: 5, comments: '送货准时' } });
  expect(feedback.statusCode).toBe(201);
  t.clock.set(new Date());
  await t.drain();
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('return visits and the customer timeline', () => {
  test("the owner finds the VIP's return visit on the customer's page, completes it, and sees it on the timeline", async () => {
    const page = await session('sales', 'zhang');
    await page.goto(`${baseUrl}/customers/${customer.id}`);
    const followUps = page.getByTestId('customer-follow-ups');
    const visit = followUps.locator('[data-testid=follow-up-row][data-kind=return_visit]');
    await visit.waitFor();
    const text = await visit.textContent();
    expect(text).toContain('定期回访');
    expect(text).toContain('VIP 客户每 30 天回访一次');
    expect(text).toContain('上次联系');
    expect(text).toContain('zhang');

    const timeline = page.getByTestId('customer-timeline');
    await timeline.locator('[data-kind=feedback]').waitFor();
    const kinds = await timeline.getByTestId('timeline-entry').evaluateAll((entries) => entries.map((e) => (e as unknown as { getAttribute(n: string): string }).getAttribute('data-kind')));
    expect(kinds).toEqual(['feedback', 'order_delivered', 'order_contact', 'order_received']);
    expect(await timeline.locator('[data-kind=order_contact]').textContent()).toContain('电话联系：确认送货时间；结果：周五上午送达');
    expect(await timeline.locator('[data-kind=order_received]').textContent()).toContain(order.number);
    expect(await timeline.locator('[data-kind=feedback]').textContent()).toContain('交付及时性 4');
    await shoot(page, 'customer-follow-ups-timeline');

    await visit.getByRole('button', { name: /^完\s?成$/ }).click();
    await page.locator('#task-note').fill('拜访王总，下季度追加两台离心泵');
    await page.locator('.ant-modal').getByRole('button', { name: /^完\s?成$/ }).click();
    await page.getByText('任务已完成').waitFor();
    await followUps.getByText('没有待办跟进').waitFor();
    const done = timeline.locator('[data-kind=follow_up_done]');
    await done.waitFor();
    expect(await done.textContent()).toContain('定期回访');
    expect(await done.textContent()).toContain('备注：拜访王总，下季度追加两台离心泵');
    expect(consoleErrors).toEqual([]);
  });

  test('the administrator visits normal customers every 60 days, then switches VIP visits off', async () => {
    const page = await session('admin');
    await page.goto(`${baseUrl}/settings/customerCare`);
    const form = page.getByTestId('return-visits-form');
    await form.waitFor();
    await page.locator('#tiers_normal_days').fill('60');
    await shoot(page, 'settings-return-visits');
    await form.getByTestId('settings-save').click();
    await page.getByText('已保存').first().waitFor();
    const saved = await t.call({ method: 'GET', url: '/api/v1/settings/relationship-return-visits', headers: await t.as('admin') });
    expect(saved.data.value).toEqual({ everyDays: { vip: 30, normal: 60, new: null }, dueDays: 7 });

    await form.getByRole('switch', { name: 'VIP 客户定期回访' }).click();
    expect(await page.locator('#tiers_vip_days').isDisabled()).toBe(true);
    await form.getByTestId('settings-save').click();
    await expect.poll(async () => (await t.call({ method: 'GET', url: '/api/v1/settings/relationship-return-visits', headers: await t.as('admin') })).data.value.everyDays.vip).toBeNull();
    expect(consoleErrors).toEqual([]);
  });
});
