import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createCustomer } from '../support/fixtures.js';

/*
 * Issue 15 item 3 on the console, in zh-CN: a manager builds a segment by tag and sees the
 * live count follow the fields, saves it, creates a follow-up call for each of its customers
 * and finds the calls on the tasks page.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  await createCustomer(t, { name: '杭州云帆贸易', tags: ['华东'], addresses: [{ line1: '文三路1号', region: '浙江省', city: '杭州', isDefault: true }] });
  await createCustomer(t, { name: '南京长江实业', tags: ['华东'], addresses: [{ line1: '中山路2号', region: '江苏省', city: '南京', isDefault: true }] });
  await createCustomer(t, { name: '成都天府商贸', tags: ['西南'], addresses: [{ line1: '春熙路3号', region: '四川省', city: '成都', isDefault: true }] });
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('customer segments', () => {
  test('a manager builds a segment, sees the live count, saves it and creates its follow-ups', async () => {
    await t.as('manager');
    const page = await staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
    await page.locator('.ant-menu').getByText(zh.segments.nav).click();
    const screen = page.getByTestId('segments-page');
    await screen.getByRole('heading', { level: 1, name: zh.segments.title }).waitFor();
    const count = screen.getByTestId('segment-count');
    await count.getByText('3', { exact: true }).waitFor();

    await screen.getByLabel(zh.segments.name).fill('华东客户回访');
    await screen.getByLabel(zh.segments.tags).fill('华东');
    await screen.getByLabel(zh.segments.tags).press('Enter');
    await count.getByText('2', { exact: true }).waitFor();
    await expect.poll(() => screen.getByTestId('segment-member').count()).toBe(2);
    await screen.getByLabel(zh.segments.province).fill('浙江省');
    await count.getByText('1', { exact: true }).waitFor();
    await screen.getByLabel(zh.segments.province).fill('');
    await count.getByText('2', { exact: true }).waitFor();
    await shoot(page, 'segments-editor');

    await screen.getByRole('button', { name: zh.segments.save }).click();
    const saved = screen.getByTestId('segment-row').filter({ hasText: '华东客户回访' });
    await saved.waitFor();
    expect(await saved.textContent()).toContain('2');

    await screen.getByRole('button', { name: zh.segments.followUps.open }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(zh.segments.followUps.note).fill('介绍新品并确认下季度需求');
    await dialog.getByRole('button', { name: zh.segments.followUps.submit }).click();
    await dialog.getByText(zh.segments.followUps.created.replace('{{count}}', '2')).waitFor();
    await shoot(page, 'segments-follow-ups');
    await dialog.getByRole('link', { name: zh.segments.followUps.toTasks }).click();

    const tasks = page.getByTestId('tasks-page');
    const rows = tasks.getByTestId('task-row').filter({ hasText: '介绍新品并确认下季度需求' });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain(zh.tasksPage.kinds.call);
    const said = (customer: string) => zh.messages.task.segment_follow_up.replace('{{customer}}', customer).replace('{{segment}}', '华东客户回访').replace('{{note}}', '介绍新品并确认下季度需求');
    expect((await rows.allTextContents()).join('\n')).toContain(said('杭州云帆贸易'));
    expect((await rows.allTextContents()).join('\n')).toContain(said('南京长江实业'));
    await shoot(page, 'segments-tasks');
    expect(consoleErrors).toEqual([]);
  });
});
