import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../src/modules/identity/service.js';
import { totpAt } from '../../src/modules/identity/totp.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, pickOption } from '../support/browser.js';

/*
 * Two-step verification in the console, on the product's default setting (admin, manager
 * and finance must use it): an admin is made to set it up at first sign-in (QR code, key,
 * recovery codes) in Chinese, signs in with a code in English, resets a colleague's from
 * the user list; a salesperson turns it on from My account; the setting is edited.
 */

const password = 'two steps are better';
let t: TestApp;
let browser: Browser;
let baseUrl: string;
const pageErrors: string[] = [];
const contexts: BrowserContext[] = [];
let bossSecret = '';

async function open(locale: 'zh-CN' | 'en', email: string): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${email}: ${error.message}`));
  await page.goto(`${baseUrl}/`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  return page;
}

beforeAll(async () => {
  t = await createTestApp({ mfaRequiredRoles: 'default' });
  for (const [email, role] of [
    ['boss@example.test', 'admin'],
    ['ops@example.test', 'admin'],
    ['seller@example.test', 'sales'],
  ] as const) {
    await createUser(t.database.db, { userId: null, label: 'test' }, t.clock.now(), { email, password, roles: [role], name: email.split('@')[0] });
  }
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  fs.mkdirSync(path.resolve('test/screenshots'), { recursive: true });
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('two-step verification', () => {
  test('an admin without it must set it up first: QR code and key, a code, then the recovery codes (zh-CN)', async () => {
    const page = await open('zh-CN', 'boss@example.test');
    const finish = page.getByTestId('finish-sign-in');
    await finish.getByText('设置两步验证', { exact: true }).waitFor();
    await finish.getByText('您的角色要求使用两步验证').waitFor();
    expect(await page.locator('.ant-layout-header').count()).toBe(0);
    await page.getByTestId('mfa-start').click();
    await page.locator('[data-testid=mfa-enrolment] canvas').waitFor();
    bossSecret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').trim();
    expect(bossSecret).toMatch(/^[A-Z2-7]{32}$/);
    await shoot(page, 'mfa-enrolment-zh');

    await page.locator('#code').fill('12');
    await page.getByTestId('mfa-confirm').click();
    await page.getByText('请输入 6 位数字').waitFor();
    await page.locator('#code').fill(totpAt(bossSecret, t.clock.now()));
    await page.getByTestId('mfa-confirm').click();
    const codes = page.getByTestId('mfa-recovery-codes');
    await codes.getByText('保存您的恢复码').waitFor();
    expect(await codes.locator('.ant-list-item').count()).toBe(10);
    await shoot(page, 'mfa-recovery-codes-zh');
    await page.getByTestId('mfa-done').click();
    await page.locator('.ant-layout-header').waitFor();

    await page.getByTestId('my-account').click();
    await page.waitForURL(`${baseUrl}/account`);
    await expect.poll(() => page.getByTestId('mfa-status').textContent()).toBe('已开启');
    await page.getByText('您的角色要求使用两步验证，不能关闭').waitFor();
  });

  test('next time a code finishes the sign-in; a wrong one is refused (en)', async () => {
    t.clock.advance(30_000);
    const page = await open('en', 'boss@example.test');
    const step = page.getByTestId('mfa-code-step');
    await step.getByText('Enter the 6-digit code your authenticator app shows.').waitFor();
    const wrong = totpAt(bossSecret, t.clock.now()) === '000000' ? '111111' : '000000';
    await page.locator('#code').fill(wrong);
    await page.getByTestId('mfa-verify').click();
    await expect.poll(() => page.getByTestId('mfa-error').textContent()).toBe('The code is wrong or was already used');
    await shoot(page, 'mfa-code-step-en');
    await page.locator('#code').fill(totpAt(bossSecret, t.clock.now()));
    await page.getByTestId('mfa-verify').click();
    await page.locator('.ant-layout-header').waitFor();
  });

  test("an admin resets a colleague's two-step verification from the user list; it is audited", async () => {
    // The colleague set it up through the API, as the console does.
    const login = await t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ops@example.test', password } });
    const cookies = { ordo_session: login.cookies.find((c) => c.name === 'ordo_session')!.value };
    const { secret } = (await t.call({ method: 'POST', url: '/api/v1/auth/mfa/enrolment', cookies })).data;
    expect((await t.call({ method: 'POST', url: '/api/v1/auth/mfa/enrolment/confirm', cookies, payload: { code: totpAt(secret, t.clock.now()) } })).statusCode).toBe(200);

    t.clock.advance(30_000);
    const page = await open('zh-CN', 'boss@example.test');
    await page.locator('#code').fill(totpAt(bossSecret, t.clock.now()));
    await page.getByTestId('mfa-verify').click();
    await page.locator('.ant-layout-header').waitFor();
    await page.goto(`${baseUrl}/settings/users`);
    await page.getByTestId('reset-mfa-ops@example.test').click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.locator('.ant-modal-confirm-title').getByText('重置 ops 的两步验证？').waitFor();
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText(/已重置两步验证，已注销 \d+ 个会话/).waitFor();

    const audit = (await t.database.db.execute(sql`SELECT actor_label, after FROM audit_events WHERE action = 'user.mfa_reset'`)) as unknown as { rows: { actor_label: string; after: any }[] };
    expect(audit.rows).toEqual([{ actor_label: 'boss', after: { hadMfa: true, sessionsEnded: 1 } }]);
  });

  test('a salesperson may turn it on from My account; the sign-in security setting lists the required roles', async () => {
    const page = await open('zh-CN', 'seller@example.test');
    await page.locator('.ant-layout-header').waitFor();
    // A salesperson has no Settings, but has their account.
    expect(await page.locator('.ant-layout-sider').getByText('设置').count()).toBe(0);
    await page.getByTestId('my-account').click();
    await expect.poll(() => page.getByTestId('mfa-status').textContent()).toBe('未开启');
    await page.getByTestId('mfa-begin').click();
    await page.getByTestId('mfa-start').click();
    const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').trim();
    await page.locator('#code').fill(totpAt(secret, t.clock.now()));
    await page.getByTestId('mfa-confirm').click();
    await page.getByTestId('mfa-done').click();
    await expect.poll(() => page.getByTestId('mfa-status').textContent()).toBe('已开启');
    await shoot(page, 'mfa-account-zh');

    t.clock.advance(30_000);
    const boss = await open('zh-CN', 'boss@example.test');
    await boss.locator('#code').fill(totpAt(bossSecret, t.clock.now()));
    await boss.getByTestId('mfa-verify').click();
    await boss.locator('.ant-layout-header').waitFor();
    await boss.goto(`${baseUrl}/settings/signIn`);
    const form = boss.getByTestId('sign-in-settings');
    for (const role of ['管理员', '经理', '财务']) await form.locator('.ant-select-selection-item').filter({ hasText: role }).waitFor();
    await form.locator('.ant-select').click();
    await pickOption(boss, '销售');
    await boss.keyboard.press('Escape');
    await boss.getByTestId('settings-save').click();
    await expect.poll(() => boss.getByTestId('settings-version').textContent()).toContain('版本 1');
    await shoot(boss, 'mfa-sign-in-setting-zh');
    const stored = await t.call({ method: 'GET', url: '/api/v1/settings/sign-in', headers: await t.as('admin') });
    expect(stored.data.value.mfaRequiredRoles).toEqual(['admin', 'manager', 'finance', 'sales']);
    expect(pageErrors).toEqual([]);
  });
});
