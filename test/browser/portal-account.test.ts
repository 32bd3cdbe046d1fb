import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

/*
 * A customer's person from invitation to their own password, and the survey a customer
 * opens on their phone, in headless Chromium against a real server.
 */

const screenshots = path.resolve('test/screenshots');
const staffPassword = 'correct horse battery';
const buyer = { name: '林采购', email: 'lin.buyer@yunfan.test', password: 'Yunfan-portal-2024' };

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let browser: Browser;
let baseUrl: string;
let customer: any;
let delivered: any;
const contexts: BrowserContext[] = [];
const consoleErrors: string[] = [];

async function newPage(who: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport, deviceScaleFactor: 1 });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${who}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${who}: ${error.message}`));
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** The path of the newest one-time link mailed to the address, once the mail has gone out. */
async function latestLinkPath(email: string): Promise<string> {
  await t.drain();
  return smtp.received.filter((m) => m.to.includes(email)).flatMap(linksIn).at(-1)!;
}

/** Console errors since `before`: only the refusals the test provoked (the browser logs every 4xx). */
function expectOnlyRefusals(before: number, status: number): void {
  const logged = consoleErrors.splice(before);
  expect(logged.every((e) => e.includes(String(status))), logged.join('\n')).toBe(true);
}

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易有限公司' });
  const sensor = await createProduct(t, { sku: 'SEN-300', name: '工业传感器 S300', priceMinor: 300_00 });
  await receiveStock(t, sensor.id, 50);
  delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 2 }]));
  await t.as('sales');
  await t.as('admin');
});

afterAll(() => closeBrowserTest(contexts, browser, t, smtp));

describe('portal accounts', () => {
  test('staff invite a buyer from the customer page (a taken email is named at the field, what was typed stays), invite again and deactivate a leaver', async () => {
    const staff = await newPage('sales');
    await staff.goto(`${baseUrl}/`);
    await staff.locator('#email').fill('sales.sales@example.test');
    await staff.locator('#password').fill(staffPassword);
    await staff.locator('button[type=submit]').click();
    await staff.locator('.ant-layout-header').waitFor();

    await staff.goto(`${baseUrl}/customers/${customer.id}`);
    const card = staff.getByTestId('portal-users');
    await card.getByTestId('invite-portal-user').click();
    const form = card.getByTestId('invite-form');
    await form.locator('#name').fill(buyer.name);
    await form.locator('#email').fill('lin.buyer@');
    await form.locator('#email').blur();
    await form.getByText('请输入有效的邮箱地址').waitFor();

    const before = consoleErrors.length;
    await form.locator('#email').fill('admin.admin@example.test');
    await form.locator('button[type=submit]').click();
    await form.getByText('该邮箱已有账号').waitFor();
    expect(await form.locator('#name').inputValue()).toBe(buyer.name);
    // Staff do not make themselves a customer's portal user.
    await form.locator('#email').fill('sales.sales@example.test');
    await form.locator('button[type=submit]').click();
    await form.getByText('不能邀请您本人的邮箱').waitFor();
    expectOnlyRefusals(before, 409);
    await shoot(staff, 'portal-users-duplicate-email');

    await form.locator('#email').fill(buyer.email);
    await form.locator('button[type=submit]').click();
    await card.locator('.ant-table-row').filter({ hasText: buyer.email }).waitFor();
    const row = card.locator('.ant-table-row').filter({ hasText: buyer.email });
    expect(await row.textContent()).toContain('从未登录');
    expect(await row.textContent()).toContain('未设置密码');
    await shoot(staff, 'portal-users-invited');

    // Mail got lost: a new invitation (the newest link is the one the buyer follows below).
    await t.drain();
    t.clock.advance(60_000);
    await row.getByRole('button', { name: '重新发送邀请' }).click();
    await staff.getByText('新的邀请已发送').waitFor();

    // Someone who left the customer is taken off the portal.
    const leaver = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: 'left@yunfan.test', name: '离职 周' } });
    expect(leaver.statusCode).toBe(201);
    await staff.reload();
    const leaverRow = card.locator('.ant-table-row').filter({ hasText: 'left@yunfan.test' });
    await leaverRow.getByRole('button', { name: '停用' }).click();
    await staff.locator('.ant-popconfirm').getByRole('button', { name: '停 用' }).click();
    await leaverRow.getByText('已停用').waitFor();
    expect(await leaverRow.getByRole('button').count()).toBe(0);
  });

  test('the invitation link asks before signing in; the buyer sets a password, signs out and signs in with it', async () => {
    const page = await newPage('buyer', { width: 390, height: 844 });
    const linkPath = await latestLinkPath(buyer.email);
    expect(linkPath).toMatch(/^\/portal\/link\/[A-Za-z0-9_-]{43}$/);
    await page.goto(`${baseUrl}${linkPath}`);
    const confirm = page.getByTestId('portal-link');
    await confirm.getByText(buyer.email).waitFor();
    expect(await confirm.textContent()).toContain('杭州云帆贸易有限公司');
    await shoot(page, 'portal-link-confirm');
    // Opening the page signed nobody in: the link still works for the Continue below.
    const sessions = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ${buyer.email}`)) as unknown as { rows: { n: number }[] };
    expect(sessions.rows[0]!.n).toBe(0);

    await page.getByTestId('link-continue').click();
    await page.waitForURL(`${baseUrl}/portal`);
    await page.getByTestId('portal-orders').getByText(delivered.number).waitFor();
    await page.getByTestId('password-prompt').click();
    await page.waitForURL(`${baseUrl}/portal/account/password`);
    const form = page.getByTestId('portal-password');
    await form.getByText('无需输入当前密码').waitFor();
    expect(await form.locator('#currentPassword').count()).toBe(0);
    await form.locator('#newPassword').fill('short');
    await form.getByText('至少需要 12 个字符').waitFor();
    await form.locator('#newPassword').fill(buyer.password);
    await form.locator('#confirmPassword').fill(`${buyer.password}!`);
    await form.getByText('两次输入的密码不一致').waitFor();
    await form.locator('#confirmPassword').fill(buyer.password);
    await form.getByText('两次输入的密码不一致').waitFor({ state: 'detached' });
    await shoot(page, 'portal-set-password');
    await form.locator('button[type=submit]').click();
    await page.getByTestId('password-saved').waitFor();
    // With a password set, the prompt is gone and the form asks for the current one next time.
    await page.goto(`${baseUrl}/portal`);
    await page.getByTestId('portal-orders').getByText(delivered.number).waitFor();
    expect(await page.getByTestId('password-prompt').count()).toBe(0);

    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: '退出' }).click();
    await page.waitForURL(`${baseUrl}/portal/sign-in`);
    await page.getByRole('tab', { name: '密码' }).click();
    const signIn = page.getByRole('tabpanel');
    await signIn.locator('#email').fill(buyer.email);
    await signIn.locator('#password').fill(buyer.password);
    await signIn.locator('button[type=submit]').click();
    await page.waitForURL(`${baseUrl}/portal`);
    await page.getByTestId('portal-orders').getByText(delivered.number).waitFor();
    await shoot(page, 'portal-signed-in-with-password');
  });

  test('a survey link opens on a phone without signing in; answered once, the same link says so', async () => {
    t.clock.advance(24 * 3_600_000);
    await t.drain();
    const surveyPath = await latestLinkPath('wang@customer.test');
    expect(surveyPath).toMatch(/^\/survey\/[A-Za-z0-9_-]+$/);

    const page = await newPage('survey', { width: 390, height: 844 });
    await page.goto(`${baseUrl}${surveyPath}`);
    const survey = page.getByTestId('survey');
    await survey.getByText(delivered.number).waitFor();
    // A score left out is asked for, not sent.
    await survey.locator('button[type=submit]').click();
    await survey.getByText('请选择评分').first().waitFor();
    for (const [question, stars] of [['responseSpeed', 5], ['productQuality', 4], ['deliveryTimeliness', 5], ['serviceAttitude', 4]] as const) {
      await page.getByTestId(`score-${question}`).locator('.ant-rate-star').nth(stars - 1).click();
      await page.getByTestId(`score-label-${question}`).getByText(stars === 5 ? '非常满意' : '满意').waitFor();
    }
    await survey.locator('#comments').fill('交货准时，包装很好');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shoot(page, 'survey-phone');
    await survey.locator('button[type=submit]').click();
    await page.getByTestId('survey-thanks').waitFor();
    await shoot(page, 'survey-thanks');

    const feedback = await t.call({ method: 'GET', url: `/api/v1/feedback?orderId=${delivered.id}`, headers: await t.as('manager') });
    expect(feedback.data.items).toEqual([expect.objectContaining({ responseSpeed: 5, productQuality: 4, deliveryTimeliness: 5, serviceAttitude: 4, comments: '交货准时，包装很好' })]);

    const before = consoleErrors.length;
    await page.goto(`${baseUrl}${surveyPath}`);
    await page.getByTestId('survey-survey_answered').getByText('您已提交过本次调查').waitFor();
    await shoot(page, 'survey-already-answered');
    expectOnlyRefusals(before, 409);
    expect(consoleErrors).toEqual([]);
  });
});
