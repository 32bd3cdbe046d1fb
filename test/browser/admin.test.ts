import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordChange, type OutboxMessage } from '../../src/platform/audit/record.js';
import { enqueueJob } from '../../src/platform/jobs/queue.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, pickOption } from '../support/browser.js';

/*
 * The administrator's console and the notifications page in headless Chromium, in Chinese:
 * an admin retries a dead job, verifies the audit chain, creates an API token (its secret
 * shown once) and revokes it; a user whose profile says English gets an English console on
 * a Chinese browser, and the switch saves their choice; the notifications page filters by
 * read state and kind, names each deadline, and marks all read.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];
const record = { consoleErrors, contexts };

async function meOf(role: 'admin' | 'finance') {
  return (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as(role) })).data;
}

async function publish(messages: OutboxMessage[]): Promise<void> {
  await t.database.db.transaction((tx) => recordChange(tx, { userId: null, label: 'system:test' }, t.clock.now(), { entityType: 'test', entityId: randomUUID(), action: 'test.published' }, messages));
  await t.drain();
}

async function shootBoth(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('admin console', () => {
  let admin: Page;

  test('a dead job shows its error and is retried', async () => {
    await t.database.db.transaction((tx) => enqueueJob(tx, t.clock.now(), { kind: 'notification.deliver', payload: { deliveryId: randomUUID() }, dedupKey: 'admin-test-dead' }));
    await t.database.db.execute(sql`UPDATE jobs SET status = 'dead', attempts = max_attempts, last_error = 'SMTP 550 mailbox unavailable', finished_at = now() WHERE dedup_key = 'admin-test-dead'`);

    await t.as('admin');
    admin = await staffSession(browser, baseUrl, 'admin', {}, record);
    await admin.goto(`${baseUrl}/settings/deadJobs`);
    const row = admin.getByTestId('dead-jobs').locator('tr').filter({ hasText: 'notification.deliver' });
    await row.getByText('SMTP 550 mailbox unavailable').waitFor();
    await shootBoth(admin, 'admin-dead-jobs-zh');
    await row.getByRole('button', { name: /^重\s?试$/ }).click();
    await admin.getByText('任务已重新排队').waitFor();
    await admin.getByTestId('dead-jobs').getByText('没有失败任务').waitFor();
    const jobs = (await t.database.db.execute(sql`SELECT status, attempts FROM jobs WHERE dedup_key = 'admin-test-dead'`)) as unknown as { rows: { status: string; attempts: number }[] };
    expect(jobs.rows[0]).toMatchObject({ status: 'queued', attempts: 0 });
  });

  test('the audit chain is verified and said in words', async () => {
    await admin.goto(`${baseUrl}/settings/auditChain`);
    await admin.getByTestId('audit-verify').click();
    await expect.poll(() => admin.getByTestId('audit-result').textContent()).toMatch(/^完整：已校验 \d+ 条链、\d+ 条记录，未发现断裂。$/);
    await shootBoth(admin, 'admin-audit-chain-zh');
  });

  test('an API token (without expiry: the test clock is years behind the browser clock): the secret is shown once, works, and stops working when revoked', async () => {
    await admin.goto(`${baseUrl}/settings/apiTokens`);
    await admin.getByTestId('token-create').click();
    const dialog = admin.getByRole('dialog');
    await dialog.locator('#name').fill('ERP 同步');
    await dialog.getByRole('button', { name: '创建令牌' }).click();
    const secretBox = admin.getByTestId('token-secret');
    await secretBox.getByText('请立即复制密钥').waitFor();
    const secret = (await secretBox.locator('code').textContent())!.trim();
    expect(secret).toMatch(/^ordo_/);
    await shootBoth(admin, 'admin-token-secret-zh');
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(200);
    await admin.getByRole('dialog').getByRole('button', { name: /^完\s?成$/ }).click();

    const row = admin.getByTestId('api-tokens').locator('tr').filter({ hasText: 'ERP 同步' });
    await row.getByText('有效').waitFor();
    // The list never shows the secret again.
    expect(await admin.getByTestId('api-tokens').textContent()).not.toContain(secret);
    await row.getByRole('button', { name: /^吊\s?销$/ }).click();
    await admin.locator('.ant-popconfirm').getByRole('button', { name: /^吊\s?销$/ }).click();
    await row.getByText('已吊销').waitFor();
    expect((await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
    await shootBoth(admin, 'admin-tokens-zh');
  });

  test('notifications: one entry per deadline, filters by read state and kind, mark all read', async () => {
    const me = await meOf('admin');
    const orderId = randomUUID();
    const warn = (dueAt: string): OutboxMessage => ({ topic: 'sla.warned', payload: { orderId, number: '202405-001', kind: 'response', dueAt, audience: { userIds: [me.id] } } });
    await publish([warn('2024-05-10T03:00:00.000Z')]);
    await publish([warn('2024-05-10T05:00:00.000Z'), { topic: 'order.delivered', payload: { orderId, number: '202405-001', audience: { userIds: [me.id] } } } as OutboxMessage]);

    await admin.goto(`${baseUrl}/`);
    await admin.getByRole('button', { name: '通知' }).click();
    await admin.getByTestId('notifications-see-all').click();
    await admin.waitForURL(`${baseUrl}/notifications`);
    await admin.getByTestId('notification-list').waitFor();
    const entries = admin.getByTestId('notification');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(2);
    // The deadline warned of twice is one entry, naming its clock and its latest due time (13:00 in Shanghai).
    const deadline = admin.getByTestId('notification-deadline');
    await expect.poll(() => deadline.count(), { timeout: 15_000 }).toBe(1);
    expect(await deadline.textContent()).toMatch(/响应时限将于 .*13:00 到期/);
    await shootBoth(admin, 'notifications-zh');

    await admin.getByTestId('notifications-kind').click();
    // The list of kinds is long and rendered a window at a time: search it.
    await admin.keyboard.type('已交付');
    await pickOption(admin, '已交付');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(1);
    expect(await entries.textContent()).toContain('202405-001');
    await admin.getByTestId('notifications-kind').locator('.ant-select-clear').click();
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(2);

    await admin.getByTestId('notifications-read-all').click();
    await admin.getByText('没有未读通知').waitFor();
    await admin.getByTestId('notifications-read-state').getByText('全部').click();
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(2);
    expect(await admin.locator('[data-testid=notification][data-unread=true]').count()).toBe(0);
  });
});

describe('language on the profile', () => {
  test('a user whose profile says English gets an English console on a Chinese browser; the switch saves the choice', async () => {
    await t.call({ method: 'PATCH', url: '/api/v1/auth/me', headers: await t.as('finance'), payload: { locale: 'en' } });
    const page = await staffSession(browser, baseUrl, 'finance', { locale: 'zh-CN' }, record);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shootBoth(page, 'profile-language-en');

    await page.locator('.ant-segmented').getByText('中文').click();
    // antd spaces out a two-character Chinese button label.
    await page.getByRole('button', { name: /^退\s?出$/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(async () => (await meOf('finance')).locale).toBe('zh-CN');
  });

  test('the browser logged no errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
