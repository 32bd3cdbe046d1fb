import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession } from '../support/browser.js';

/*
 * The business calendar's holidays and 调休 days in zh-CN: a manager picks the National Day
 * week as one range and a make-up Saturday with the date pickers (a Tuesday is refused at the
 * field, what was picked kept), saves, then imports the 2027 schedule file: previewed day by
 * day, confirmed, and the days are in the lists with their weekday and name.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let manager: Page;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];
const url = '/api/v1/settings/business-calendar';

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  await t.as('manager');
  manager = await staffSession(browser, baseUrl, 'manager', { locale: 'zh-CN' }, { consoleErrors, contexts });
});

afterAll(() => closeBrowserTest(contexts, browser, t));

async function stored(): Promise<any> {
  return (await t.call({ method: 'GET', url, headers: await t.as('manager') })).data;
}

async function pick(page: Page, placeholder: string, date: string): Promise<void> {
  const input = page.getByPlaceholder(placeholder);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('holidays and 调休 days on the business calendar (zh-CN)', () => {
  test('a holiday range and a make-up Saturday picked and saved; a Tuesday refused at the field', async () => {
    await manager.goto(`${baseUrl}/settings/sla`);
    const form = manager.getByTestId('calendar-form');
    await form.getByTestId('settings-version').waitFor();

    await pick(manager, '日期段开始', '2026-10-01');
    await pick(manager, '日期段结束', '2026-10-07');
    const holidays = form.getByTestId('holiday-chips').locator('[data-date]');
    await expect.poll(() => holidays.count()).toBe(7);
    expect(await holidays.first().textContent()).toBe('10-01 周四');

    await pick(manager, '选择调休上班日', '2026-10-13');
    const makeUpField = form.locator('.ant-form-item').filter({ has: manager.getByTestId('makeup-chips') });
    await expect.poll(() => makeUpField.locator('.ant-form-item-explain-error').textContent()).toBe('2026-10-13（周二）本来就是工作日，不能设为调休上班日');
    await form.getByTestId('settings-save').click();
    await expect.poll(async () => (await stored()).version).toBe(0);
    // The refused day stays on the list, in red, until it is taken off.
    await makeUpField.getByLabel('移除 2026-10-13').click();
    await pick(manager, '选择调休上班日', '2026-10-10');
    await expect.poll(() => makeUpField.locator('[data-date]').allTextContents()).toEqual(['10-10 周六']);
    await expect.poll(() => makeUpField.locator('.ant-form-item-explain-error').count()).toBe(0);

    await form.getByTestId('settings-save').click();
    await expect.poll(() => form.getByTestId('settings-version').textContent()).toContain('版本 1');
    const saved = await stored();
    expect(saved.value.holidays).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(saved.value.makeUpDays).toEqual([{ date: '2026-10-10' }]);
    await shoot(manager, 'holiday-calendar-pickers-zh');
  });

  test('the 2027 schedule imported from the sample file: preview, confirm, and the days are listed', async () => {
    const form = manager.getByTestId('calendar-form');
    await form.getByTestId('holiday-import').click();
    const dialog = manager.locator('.ant-modal');
    await dialog.locator('input[type=file]').setInputFiles(path.resolve('docs/holiday-schedule-2027-example.ics'));
    await expect.poll(() => dialog.getByTestId('holiday-import-summary').textContent()).toBe('2027 年：新增 35 天，不变 0 天，跳过 0 天，移除 0 天');
    const firstRow = dialog.getByTestId('holiday-import-preview').locator('tbody tr').first();
    expect(await firstRow.locator('td').allTextContents()).toEqual(['2027-01-01', '周五', '休', '元旦', '新增']);
    await shoot(manager, 'holiday-calendar-import-preview-zh');

    await dialog.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => form.getByTestId('settings-version').textContent()).toContain('版本 2');
    const holidays = form.getByTestId('holiday-chips').locator('[data-date]');
    await expect.poll(() => holidays.count()).toBe(7 + 29);
    expect(await form.getByTestId('holiday-chips').locator('[data-date="2027-10-01"]').textContent()).toBe('10-01 周五 国庆节');
    expect(await form.getByTestId('makeup-chips').locator('[data-date]').allTextContents()).toEqual([
      '10-10 周六',
      '01-31 周日 春节',
      '02-20 周六 春节',
      '04-25 周日 劳动节',
      '05-08 周六 劳动节',
      '09-26 周日 国庆节',
      '10-09 周六 国庆节',
    ]);
    const saved = await stored();
    expect(saved.version).toBe(2);
    expect(saved.value.makeUpDays.map((d: any) => d.date)).toContain('2027-10-09');
    await shoot(manager, 'holiday-calendar-imported-zh');
    expect(consoleErrors).toEqual([]);
  });
});
