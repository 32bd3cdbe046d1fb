import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, zh, pickOption } from '../support/browser.js';
import { createCustomer, createProduct, receiveStock } from '../support/fixtures.js';

/*
 * Issue 15 item 2 on the console, in zh-CN: a sales rep enters a lead from an exhibition, is
 * warned it shares a phone with a customer, calls them (the lead becomes 已联系), qualifies it
 * on the pipeline board and converts it into a customer with its first order.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

/** A two-character Ant Design button carries a space between its characters. */
const named = (text: string) => new RegExp(`^${[...text].join('\\s?')}$`);
const column = (page: Page, status: string) => page.getByTestId(`lead-column-${status}`);

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const product = await createProduct(t, { sku: 'LH-A100', name: '蓝海A型设备', priceMinor: 800_00 });
  await receiveStock(t, product.id, 50);
  await createCustomer(t, { name: '老客户远山机械', contacts: [{ name: '吴工', phone: '13912345678' }] });
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('the lead pipeline', () => {
  test('a sales rep takes a lead from new to converted, with its first order', async () => {
    await t.as('sales');
    const page = await staffSession(browser, baseUrl, 'sales', {}, { consoleErrors, contexts });
    await page.locator('.ant-menu').getByText(zh.leads.nav, { exact: true }).click();
    await page.getByText(zh.leads.pipeline).waitFor();

    // A new lead: it shares its phone with a customer, and the detail page says so.
    await page.getByRole('button', { name: zh.leads.new }).click();
    const form = page.getByTestId('lead-form');
    await form.locator('#lead-name').fill('陈先生');
    await form.locator('#lead-company').fill('蓝海贸易');
    await form.locator('#lead-phone').fill('139 1234 5678');
    await form.locator('.ant-select').filter({ has: page.locator('#lead-source') }).click();
    await pickOption(page, zh.leads.sources.exhibition);
    await form.locator('.ant-select').filter({ has: page.locator('#lead-product') }).click();
    await page.locator('#lead-product').fill('LH-A100');
    await pickOption(page, '蓝海A型设备');
    await form.locator('#lead-value').fill('50000');
    await form.getByRole('button', { name: named(zh.leads.save) }).click();
    await page.getByTestId('lead-name').getByText('陈先生').waitFor();
    const duplicates = page.getByTestId('lead-duplicates');
    await duplicates.getByText('老客户远山机械').waitFor();
    const score = page.getByTestId('lead-score');
    await score.getByText(zh.leads.score.factors.source).waitFor();
    expect(await score.textContent()).toContain(zh.leads.sources.exhibition);
    await shoot(page, 'leads-new');

    // A call, done and reached: the lead is contacted.
    await page.getByTestId('lead-follow-ups').getByRole('button', { name: zh.tasksPage.schedule }).click();
    await page.locator('#schedule-summary').fill('介绍A型设备，确认采购时间');
    await page.locator('#schedule-due').fill(new Date(Date.now() + 3 * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16));
    await page.getByTestId('schedule-form').getByRole('button', { name: zh.tasksPage.schedule }).click();
    const row = page.getByTestId('lead-follow-up-row').filter({ hasText: '介绍A型设备' });
    await row.waitFor();
    await row.getByRole('button', { name: named(zh.tasksPage.complete) }).click();
    await page.locator('.ant-modal').getByText(zh.leads.followUps.outcomes.reached).click();
    await page.locator('#task-note').fill('下月有预算，想看样机');
    await page.locator('.ant-modal').getByRole('button', { name: named(zh.tasksPage.complete) }).click();
    await page.locator('[data-testid=lead-follow-up-row][data-status=done]').waitFor();
    await page.locator('.ant-card-head').getByText(zh.leads.statuses.contacted).waitFor();
    await shoot(page, 'leads-contacted');

    // On the board: qualify it, then convert it with its first order.
    await page.getByRole('link', { name: zh.leads.title }).click();
    const card = () => page.locator('[data-testid=lead-card][data-name=陈先生]');
    await column(page, 'contacted').getByTestId('lead-card').filter({ hasText: '陈先生' }).waitFor();
    await card().getByTestId('lead-move-qualify').click();
    await column(page, 'qualified').getByTestId('lead-card').filter({ hasText: '陈先生' }).waitFor();
    await shoot(page, 'leads-pipeline');
    await card().getByTestId('lead-move-convert').click();
    const convert = page.getByTestId('convert-form');
    expect(await convert.locator('#convert-name').inputValue()).toBe('蓝海贸易');
    await convert.locator('#convert-with-order').check();
    await convert.locator('.ant-select').filter({ has: page.locator('#convert-product') }).waitFor();
    expect(await convert.textContent()).toContain('蓝海A型设备');
    await convert.locator('#convert-quantity').fill('2');
    await shoot(page, 'leads-convert');
    await convert.getByRole('button', { name: zh.leads.events.convert }).click();
    await column(page, 'converted').getByTestId('lead-card').filter({ hasText: '陈先生' }).waitFor();

    // The lead links to the customer it became and its first order.
    await column(page, 'converted').getByRole('link', { name: '陈先生' }).click();
    const converted = page.getByTestId('lead-converted');
    await converted.waitFor();
    await converted.getByRole('link', { name: zh.leads.viewCustomer }).click();
    await page.getByText('蓝海贸易').first().waitFor();
    await page.goBack();
    await page.getByTestId('lead-converted').getByRole('link', { name: zh.leads.viewOrder }).click();
    await page.getByText('蓝海A型设备').first().waitFor();
    await shoot(page, 'leads-first-order');
    expect(consoleErrors).toEqual([]);
  });
});
