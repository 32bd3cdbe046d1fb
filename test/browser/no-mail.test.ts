import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { launchChromium, shoot, staffSession } from '../support/browser.js';
import { createTrustedCustomer } from '../support/fulfilment.js';

/*
 * Ordo started without a mail server: the console says so where it matters, the inviter gets
 * the portal link once to hand over, and the portal does not offer a link it cannot mail.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let customer: any;
const record = { consoleErrors: [] as string[], contexts: [] as BrowserContext[] };

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  customer = await createTrustedCustomer(t, { name: '宁波海川五金有限公司' });
  await t.as('sales');
  await t.as('manager');
});

afterAll(async () => {
  for (const context of record.contexts) await context.close();
  await browser?.close();
  await t?.close();
});

describe('without a mail server', () => {
  test('Settings warns that nothing is e-mailed', async () => {
    const manager = await staffSession(browser, baseUrl, 'manager', {}, record);
    await manager.goto(`${baseUrl}/settings`);
    const warning = manager.getByTestId('settings-no-mail');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('未配置邮件服务器');
    await shoot(manager, 'no-mail-settings');
  });

  test('inviting a buyer shows the sign-in link once; the buyer signs in with it, and the portal offers no mailed link', async () => {
    const sales = await staffSession(browser, baseUrl, 'sales', {}, record);
    await sales.goto(`${baseUrl}/customers/${customer.id}`);
    const card = sales.getByTestId('portal-users');
    await card.getByTestId('no-mail').waitFor();
    await card.getByTestId('invite-portal-user').click();
    const form = card.getByTestId('invite-form');
    await form.locator('#name').fill('采购 周');
    await form.locator('#email').fill('zhou@haichuan.test');
    await form.getByRole('button', { name: '创建并获取登录链接' }).click();

    const handedOver = sales.getByTestId('handed-over-link');
    await handedOver.waitFor();
    const url = (await handedOver.locator('code').textContent())!.trim();
    expect(url).toMatch(/\/portal\/link\/[A-Za-z0-9_-]{43}$/);
    expect(await handedOver.textContent()).toContain('只显示这一次');
    await shoot(sales, 'no-mail-invitation-link');
    await sales.getByRole('button', { name: '我已复制' }).click();
    await card.locator('.ant-table-row').filter({ hasText: 'zhou@haichuan.test' }).getByRole('button', { name: '生成新链接' }).waitFor();

    const buyerContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } });
    record.contexts.push(buyerContext);
    const buyer = await buyerContext.newPage();
    await buyer.goto(`${baseUrl}/portal/sign-in`);
    // Password sign-in comes first; the link tab says whom to ask.
    await buyer.locator('#password').waitFor();
    await buyer.getByRole('tab', { name: '邮件登录链接' }).click();
    const notice = buyer.getByTestId('no-email-links');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('联系您的客户经理');
    await shoot(buyer, 'no-mail-portal-sign-in');

    // The link carries the configured public address; the test server listens elsewhere.
    await buyer.goto(`${baseUrl}${new URL(url).pathname}`);
    await buyer.getByTestId('link-continue').click();
    await buyer.waitForURL(`${baseUrl}/portal`);
    expect(record.consoleErrors).toEqual([]);
  });
});
