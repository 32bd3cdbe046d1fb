import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, pickOption } from '../support/browser.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { startHttpReceiver } from '../support/receivers.js';

/*
 * The Settings area in headless Chromium against a real server: an admin edits the
 * priority rules in Chinese (a contradiction is refused next to its field, with what was
 * typed kept), creates and deactivates a user, subscribes a webhook (an internal address
 * is refused next to its field) and reads its delivery log in Chinese and English; a
 * salesperson does not see Settings at all.
 */

const password = 'correct horse battery';
const webRoot = path.resolve('dist/web');
const screenshots = path.resolve('test/screenshots');

let t: TestApp;
let unavailable: Awaited<ReturnType<typeof startHttpReceiver>>;
/** Where erp.example.test points: a public address when subscribed, an internal one by the time of delivery. */
let erpAddress = '93.184.216.34';
let browser: Browser;
let baseUrl: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function session(role: Role): Promise<Page> {
  await t.as(role);
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${role}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${role}: ${error.message}`));
  await page.goto(`${baseUrl}/`);
  await page.locator('#email').fill(`${role}.${role}@example.test`);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('.ant-layout-header').waitFor();
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** The error antd shows under the form field whose input has this id. */
function fieldError(page: Page, inputId: string) {
  return page.locator('.ant-form-item').filter({ has: page.locator(`#${inputId}`) }).locator('.ant-form-item-explain-error');
}

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  unavailable = await startHttpReceiver(() => 503);
  t = await createTestApp({
    env: { ORDO_WEBHOOK_ALLOW: '127.0.0.1' },
    resolveHost: async (hostname) => {
      if (hostname !== 'erp.example.test') throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      return [erpAddress];
    },
  });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(() => closeBrowserTest(contexts, browser, t, unavailable));

describe('settings', () => {
  let admin: Page;

  test('an admin finds Settings in the nav and lands on users and roles', async () => {
    admin = await session('admin');
    await admin.locator('.ant-layout-sider').getByText('设置').click();
    await admin.waitForURL(`${baseUrl}/settings/users`);
    await admin.getByTestId('roles-matrix').getByText('修改设置').waitFor();
    await shoot(admin, 'settings-users-zh');
  });

  test('priority: a saved threshold survives a reload; a contradiction is refused next to its field, the typed value kept', async () => {
    await admin.goto(`${baseUrl}/settings/priority`);
    const high = admin.locator('#thresholds_high');
    await expect.poll(() => high.inputValue()).toBe('8');
    await expect.poll(() => admin.getByTestId('priority-example').textContent()).toContain('优先级为高');
    await high.fill('9');
    await admin.getByTestId('settings-save').click();
    await expect.poll(() => admin.getByTestId('settings-version').textContent()).toContain('版本 1');

    await admin.reload();
    await expect.poll(() => admin.locator('#thresholds_high').inputValue()).toBe('9');

    const before = consoleErrors.length;
    await admin.locator('#thresholds_high').fill('5');
    await admin.getByTestId('settings-save').click();
    await expect.poll(() => fieldError(admin, 'thresholds_high').textContent()).toBe('须高于中档的值');
    expect(await admin.locator('#thresholds_high').inputValue()).toBe('5');
    expect(await admin.getByTestId('settings-error').textContent()).toContain('设置之间有矛盾');
    // The browser logs the refused request; it was the point of this step.
    expect(consoleErrors.splice(before)).toEqual([expect.stringContaining('status of 422')]);
    await shoot(admin, 'settings-priority-zh');
    const stored = await t.call({ method: 'GET', url: '/api/v1/settings/order-priority', headers: await t.as('admin') });
    expect(stored.data.value.thresholds.high).toBe(9);
  });

  test('users: create a user with a role, then deactivate them', async () => {
    await admin.goto(`${baseUrl}/settings/users`);
    await admin.getByTestId('user-create').click();
    const dialog = admin.getByRole('dialog');
    await dialog.locator('#email').fill('zhou.min@example.test');
    await dialog.locator('#name').fill('周敏');
    await dialog.locator('#password').fill('short');
    await expect.poll(() => fieldError(admin, 'password').textContent()).toBe('至少需要 12 个字符');
    await dialog.locator('#password').fill('a good password');
    await dialog.locator('.ant-select').filter({ has: admin.locator('#roles') }).click();
    await pickOption(admin, '财务');
    await admin.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '新建用户' }).click();
    const row = admin.locator('tr').filter({ hasText: 'zhou.min@example.test' });
    await row.waitFor();
    expect(await row.textContent()).toContain('财务');

    await row.getByRole('switch').click();
    await admin.getByText('已停用 周敏').waitFor();
    await expect.poll(() => row.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    const users = await t.call({ method: 'GET', url: '/api/v1/users', headers: await t.as('admin') });
    expect(users.data.items.find((u: { email: string }) => u.email === 'zhou.min@example.test')).toMatchObject({ active: false, roles: ['finance'] });
  });

  test('webhooks: an internal address is refused next to its field; a public URL is subscribed and its signing secret shown once', async () => {
    await admin.goto(`${baseUrl}/settings/webhooks`);
    await admin.getByTestId('webhook-create').click();
    const dialog = admin.getByRole('dialog');
    await dialog.locator('#url').fill('http://169.254.169.254/latest/meta-data/');
    await dialog.locator('#events').fill('order.approved');
    await admin.keyboard.press('Enter');
    await admin.keyboard.press('Escape');
    const before = consoleErrors.length;
    await dialog.getByRole('button', { name: '新建 Webhook' }).click();
    await expect.poll(() => fieldError(admin, 'url').textContent()).toBe('指向内部地址（本机、私有网络、链路本地等）');
    expect(consoleErrors.splice(before)).toEqual([expect.stringContaining('status of 422')]);
    await dialog.locator('#url').fill('https://erp.example.test/ordo');
    await dialog.getByRole('button', { name: '新建 Webhook' }).click();
    await expect.poll(() => admin.getByTestId('webhook-secret').textContent()).toContain('whsec_');
    await admin.getByRole('button', { name: /完\s?成/ }).click();
    await admin.locator('tr').filter({ hasText: 'https://erp.example.test/ordo' }).waitFor();
    await shoot(admin, 'settings-webhooks-zh');
  });

  /** The last outcome shown in a subscription's delivery log, opened from its row. */
  async function lastOutcome(page: Page, url: string, logButton: string) {
    await page.goto(`${baseUrl}/settings/webhooks`);
    await page.locator('tr').filter({ hasText: url }).getByRole('button', { name: logButton }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: url });
    await drawer.getByTestId('delivery-outcome').first().waitFor();
    const text = await drawer.getByTestId('delivery-outcome').first().textContent();
    await page.keyboard.press('Escape');
    return text;
  }

  test('webhooks: the delivery log says how each call ended, in Chinese', async () => {
    const down = await t.call({ method: 'POST', url: '/api/v1/webhooks', headers: await t.as('admin'), payload: { url: unavailable.url('/ordo'), events: ['order.approved'] } });
    expect(down.statusCode).toBe(201);
    erpAddress = '10.0.0.8';
    const customer = await createCustomer(t);
    const product = await createProduct(t);
    await receiveStock(t, product.id, 10);
    const placed = await placeOrder(t, { customerId: customer.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' });
    expect(placed.data.status).toBe('approved');
    await t.drain();

    expect(await lastOutcome(admin, 'https://erp.example.test/ordo', '投递记录')).toBe('1 · 内部地址：未调用');
    expect(await lastOutcome(admin, unavailable.url('/ordo'), '投递记录')).toBe('1 · 返回 503');
    await shoot(admin, 'settings-webhook-log-zh');
  });

  test('webhooks: the delivery log says how each call ended, in English', async () => {
    const english = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
    contexts.push(english);
    const page = await english.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('#email').fill('admin.admin@example.test');
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator('.ant-layout-header').waitFor();
    expect(await lastOutcome(page, 'https://erp.example.test/ordo', 'Deliveries')).toBe('1 · internal address: not called');
    expect(await lastOutcome(page, unavailable.url('/ordo'), 'Deliveries')).toBe('1 · answered 503');
  });

  test('every other section opens and shows its current version', async () => {
    for (const section of ['sla', 'review', 'plans', 'notifications']) {
      await admin.goto(`${baseUrl}/settings/${section}`);
      await admin.getByTestId('settings-version').first().waitFor();
      await shoot(admin, `settings-${section}-zh`);
    }
    expect(await admin.getByTestId('builtin-zh-CN').textContent()).toContain('订单已收到');
  });

  test('a stale save says who changed the setting meanwhile, keeps the typed value, and may overwrite knowingly', async () => {
    await admin.goto(`${baseUrl}/settings/sla`);
    const intake = admin.getByTestId('intake-form');
    await expect.poll(() => intake.locator('#duplicateWindowHours').inputValue()).toBe('24');
    const manager = await t.as('manager');
    const current = await t.call({ method: 'GET', url: '/api/v1/settings/order-intake', headers: manager });
    const theirs = await t.call({ method: 'PUT', url: '/api/v1/settings/order-intake', headers: { ...manager, 'if-match': `"${current.data.version}"` }, payload: { ...current.data.value, duplicateWindowHours: 12 } });
    expect(theirs.statusCode).toBe(200);

    const before = consoleErrors.length;
    await intake.locator('#duplicateWindowHours').fill('48');
    await intake.getByTestId('settings-save').click();
    const conflict = intake.getByTestId('settings-conflict');
    await expect.poll(() => conflict.textContent()).toContain('manager 于');
    expect(await intake.locator('#duplicateWindowHours').inputValue()).toBe('48');
    expect(consoleErrors.splice(before)).toEqual([expect.stringContaining('status of 412')]);
    await shoot(admin, 'settings-conflict-zh');
    await conflict.getByRole('button', { name: '用我的修改覆盖' }).click();
    await expect.poll(() => intake.getByTestId('settings-version').textContent()).toContain(`版本 ${theirs.data.version + 1}`);
    expect((await t.call({ method: 'GET', url: '/api/v1/settings/order-intake', headers: manager })).data.value.duplicateWindowHours).toBe(48);
  });

  test('a salesperson sees no Settings, and the address sends them home', async () => {
    const sales = await session('sales');
    expect(await sales.locator('.ant-layout-sider').getByText('设置').count()).toBe(0);
    await sales.goto(`${baseUrl}/settings/priority`);
    await sales.waitForURL(`${baseUrl}/`);
  });

  test('settings load in their own chunk, not with the console', () => {
    const html = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(fs.readFileSync(path.join(webRoot, 'assets', entry), 'utf8')).not.toContain('template-placeholders');
    const chunks = fs.readdirSync(path.join(webRoot, 'assets')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => fs.readFileSync(path.join(webRoot, 'assets', f), 'utf8').includes('template-placeholders'))).toBe(true);
  });

  test('no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
