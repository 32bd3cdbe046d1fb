import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { startHttpReceiver } from '../support/receivers.js';

/*
 * The 群机器人 settings section in zh-CN: an admin adds a WeCom robot pointing at a local
 * receiver that answers as WeCom does (an internal address is refused next to its field first),
 * sends a test message and sees it arrived, then reads the robot's delivery log: the test and
 * the key steps of an order placed meanwhile, each delivered. An edit that leaves the masked
 * URL empty keeps it while the language changes. Last, the robot is deleted.
 */

const key = 'browser-key-3f9c2a7e5b1d';

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let admin: Page;
let robot: Awaited<ReturnType<typeof startHttpReceiver>>;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  robot = await startHttpReceiver(() => ({ status: 200, json: { errcode: 0, errmsg: 'ok' } }));
  // The receiver listens on loopback, which robots may call only when the operator allows it.
  t = await createTestApp({ env: { ORDO_WEBHOOK_ALLOW: '127.0.0.1' } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  await t.as('admin');
  admin = await staffSession(browser, baseUrl, 'admin', {}, { consoleErrors, contexts });
});

afterAll(() => closeBrowserTest(contexts, browser, t, robot));

/** The error antd shows under the form field whose input has this id. */
function fieldError(page: Page, inputId: string) {
  return page.locator('.ant-form-item').filter({ has: page.locator(`#${inputId}`) }).locator('.ant-form-item-explain-error');
}

describe('群机器人 (zh-CN)', () => {
  test('an admin adds a WeCom robot (an internal address refused at its field), sends a test and sees it arrived', async () => {
    await admin.goto(`${baseUrl}/settings/teamChat`);
    await admin.getByTestId('settings-menu').getByText(zh.teamChat.title).waitFor();
    await admin.getByTestId('robot-create').click();
    const dialog = admin.getByRole('dialog');
    await dialog.locator('#name').fill('订单响应群');
    await dialog.locator('#url').fill(`http://10.0.0.8/cgi-bin/webhook/send?key=${key}`);
    const before = consoleErrors.length;
    await dialog.getByRole('button', { name: zh.teamChat.create }).click();
    await expect.poll(() => fieldError(admin, 'url').textContent()).toBe(zh.settings.problems.internal_address);
    // The browser logs the refused request; it was the point of this step.
    expect(consoleErrors.splice(before)).toEqual([expect.stringContaining('status of 422')]);

    await dialog.locator('#url').fill(robot.url(`/cgi-bin/webhook/send?key=${key}`));
    await dialog.getByRole('button', { name: zh.teamChat.create }).click();
    const row = admin.getByTestId('robots-table').locator('tr').filter({ hasText: '订单响应群' });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain('key=****');
    expect(rowText).not.toContain(key);
    expect(rowText).toContain(zh.teamChat.kinds.wecom);
    expect(rowText).toContain(zh.teamChat.topics.order.received);

    await row.getByRole('button', { name: zh.teamChat.test }).click();
    const result = admin.getByTestId('robot-test-result');
    await expect.poll(() => result.textContent()).toContain('测试消息已送达 订单响应群');
    expect(await result.textContent()).toContain('已接收（HTTP 200，errcode 0）');
    expect(robot.received).toHaveLength(1);
    expect(JSON.parse(robot.received[0]!.body).markdown.content).toContain('**Ordo 测试消息**');
    await shoot(admin, 'settings-team-chat-zh');
  });

  test('the delivery log shows the test and the key steps of an order, each delivered', async () => {
    const customer = await createCustomer(t, { name: '华东精密机械有限公司' });
    const product = await createProduct(t, { priceMinor: 2_000_00 });
    await receiveStock(t, product.id, 10);
    const placed = await placeOrder(t, { customerId: customer.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(placed.data.status).toBe('approved');
    await t.drain();
    expect(robot.received.map((r) => JSON.parse(r.body).markdown.content.split('\n')[0])).toContain(`**订单已收到：${placed.data.number}**`);

    const [created] = (await t.call({ method: 'GET', url: '/api/v1/notifications/robots', headers: await t.as('admin') })).data.items;
    const logged = (await t.call({ method: 'GET', url: `/api/v1/notifications/robots/${created.id}/deliveries`, headers: await t.as('admin') })).data.items;
    expect(logged.map((d: { topic: string }) => d.topic)).toEqual(expect.arrayContaining(['team_chat.test', 'order.received', 'order.approved']));

    const row = admin.getByTestId('robots-table').locator('tr').filter({ hasText: '订单响应群' });
    await row.getByRole('button', { name: zh.teamChat.deliveries }).click();
    const log = admin.getByTestId('robot-deliveries');
    const entries = log.locator('tbody tr.ant-table-row');
    await expect.poll(() => entries.count()).toBe(logged.length);
    const texts = await entries.allTextContents();
    for (const topic of [zh.teamChat.topics.team_chat.test, zh.teamChat.topics.order.received, zh.teamChat.topics.order.approved]) {
      expect(texts.some((text) => text.includes(topic))).toBe(true);
    }
    expect(texts.every((text) => text.includes(zh.teamChat.statuses.sent) && text.includes('已接收（HTTP 200，errcode 0）'))).toBe(true);
    await shoot(admin, 'settings-team-chat-log-zh');
    await admin.locator('.ant-drawer-close').click();
    await admin.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
  });

  test('an edit that leaves the URL empty keeps it; the robot then writes in English', async () => {
    const row = admin.getByTestId('robots-table').locator('tr').filter({ hasText: '订单响应群' });
    await row.getByRole('button', { name: '修改 订单响应群' }).click();
    const dialog = admin.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('key=****');
    expect(await dialog.locator('#url').inputValue()).toBe('');
    await dialog.getByLabel(zh.teamChat.languages.en).check();
    await dialog.getByRole('button', { name: zh.teamChat.save }).click();
    await expect.poll(() => row.textContent()).toContain(zh.teamChat.languages.en);
    const [saved] = (await t.call({ method: 'GET', url: '/api/v1/notifications/robots', headers: await t.as('admin') })).data.items;
    expect(saved).toMatchObject({ language: 'en', version: 2, maskedUrl: expect.stringContaining('key=****') });

    const calls = robot.received.length;
    await row.getByRole('button', { name: zh.teamChat.test }).click();
    await expect.poll(() => robot.received.length).toBe(calls + 1);
    const last = robot.received.at(-1)!;
    expect(new URL(last.path, 'http://x').searchParams.get('key')).toBe(key);
    expect(JSON.parse(last.body).markdown.content).toContain('**Ordo test message**');
  });

  test('the robot is deleted after a confirm', async () => {
    const row = admin.getByTestId('robots-table').locator('tr').filter({ hasText: '订单响应群' });
    await row.getByRole('button', { name: '删除 订单响应群' }).click();
    // antd spaces out a two-character label (删 除): the confirm is the popover's primary button.
    await admin.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => row.count()).toBe(0);
    const left = await t.call({ method: 'GET', url: '/api/v1/notifications/robots', headers: await t.as('admin') });
    expect(left.data.items).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
