import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createCustomer } from '../support/fixtures.js';
import { startSmtpServer } from '../support/receivers.js';

/*
 * Issue 15 item 3 on the console, in zh-CN: a manager writes a campaign to a segment, previews
 * it for one member, sends it after a confirm that names the count, and sees how many were sent
 * and skipped; a customer opens the unsubscribe link from the mail and opts out.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let browser: Browser;
let baseUrl: string;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ now: new Date().toISOString(), env: { ORDO_SMTP_URL: smtp.url } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  await createCustomer(t, { name: '杭州云帆贸易', tags: ['华东'], contacts: [{ name: '周经理', email: 'zhou@yunfan.test', primary: true }] });
  await createCustomer(t, { name: '南京长江实业', tags: ['华东'], contacts: [{ name: '吴经理', email: 'wu@changjiang.test', primary: true }] });
  await createCustomer(t, { name: '上海东方商行', tags: ['华东'], contacts: [{ name: '郑经理', phone: '13800000009', primary: true }] });
  const segment = await t.call({ method: 'POST', url: '/api/v1/segments', headers: await t.as('manager'), payload: { name: '华东客户', filter: { tags: ['华东'] } } });
  expect(segment.statusCode, segment.body).toBe(201);
});

afterAll(() => closeBrowserTest(contexts, browser, t, smtp));

describe('campaigns', () => {
  test('a manager writes a campaign to a segment, previews it, sends it and sees its counts; the customer unsubscribes from the mail', async () => {
    const page = await staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
    await page.locator('.ant-menu').getByText(zh.segments.nav).click();
    const screen = page.getByTestId('segments-page');
    await screen.getByTestId('segment-row').filter({ hasText: '华东客户' }).click();
    const card = screen.getByTestId('segment-campaigns');
    await card.getByRole('heading', { name: zh.campaigns.title }).waitFor();
    await card.getByText(zh.campaigns.none).waitFor();

    await card.getByRole('button', { name: zh.campaigns.new }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(zh.campaigns.name).fill('春季新品推介');
    await dialog.getByLabel(zh.campaigns.subject).fill('{customerName}，春季新品到了');
    await dialog.getByLabel(zh.campaigns.body).fill('{contactName}您好：春季新品已上架，欢迎垂询。{订单号}');
    await dialog.getByRole('button', { name: zh.campaigns.preview }).click();
    // An unknown placeholder is named beside the text, in Chinese.
    await dialog.getByText(zh.errors.campaign_placeholder_unknown).waitFor();
    await dialog.getByLabel(zh.campaigns.body).fill('{contactName}您好：春季新品已上架，欢迎垂询。');
    await dialog.getByRole('button', { name: zh.campaigns.preview }).click();
    const preview = dialog.getByTestId('campaign-preview');
    // The first member by name, filled in: 上海东方商行 and its contact 郑经理.
    await preview.getByText(zh.campaigns.previewFor.replace('{{name}}', '上海东方商行')).waitFor();
    expect(await preview.textContent()).toContain('上海东方商行，春季新品到了');
    expect(await preview.textContent()).toContain('郑经理您好：春季新品已上架，欢迎垂询。');
    expect(await preview.textContent()).toContain(zh.campaigns.linkSample);
    await shoot(page, 'campaigns-editor');
    await dialog.getByRole('button', { name: zh.campaigns.saveDraft }).click();

    const row = card.getByTestId('campaign-row').filter({ hasText: '春季新品推介' });
    await row.getByText(zh.campaigns.status.draft).waitFor();
    await row.getByRole('button', { name: zh.campaigns.send }).click();
    const confirm = page.locator('.ant-popconfirm');
    await confirm.getByText(zh.campaigns.sendConfirm.replace('{{count}}', '3')).waitFor();
    await confirm.getByRole('button', { name: zh.campaigns.send }).click();
    await row.getByText(zh.campaigns.status.sending).waitFor();

    await t.drain();
    await card.getByRole('button', { name: zh.campaigns.refresh }).click();
    await row.getByText(zh.campaigns.status.sent).waitFor();
    expect(await row.getByTestId('count-sent').textContent()).toBe('2');
    expect(await row.getByTestId('count-no-address').textContent()).toBe('1');
    expect(await row.getByTestId('count-unsubscribed').textContent()).toBe('0');
    expect(await row.getByTestId('count-failed').textContent()).toBe('0');
    await shoot(page, 'campaigns-sent');

    const mail = smtp.received.find((m) => m.to.includes('zhou@yunfan.test'))!;
    expect(mail.subject).toBe('杭州云帆贸易，春季新品到了');
    const link = /\/unsubscribe\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } });
    contexts.push(context);
    const customer = await context.newPage();
    customer.on('pageerror', (error) => consoleErrors.push(`customer: ${error.message}`));
    await customer.goto(`${baseUrl}${link}`);
    const unsubscribe = customer.getByTestId('unsubscribe');
    await unsubscribe.getByText(zh.campaigns.unsubscribe.question.replace('{{customer}}', '杭州云帆贸易')).waitFor();
    await shoot(customer, 'campaigns-unsubscribe');
    await unsubscribe.getByRole('button', { name: zh.campaigns.unsubscribe.confirm }).click();
    await unsubscribe.getByTestId('unsubscribe-done').getByText(zh.campaigns.unsubscribe.doneTitle).waitFor();
    await customer.goto(`${baseUrl}/unsubscribe/${'x'.repeat(43)}`);
    await customer.getByTestId('unsubscribe-unknown').waitFor();

    // Staff see the opt-out on the customer's page.
    await page.goto(`${baseUrl}/customers`);
    await page.getByRole('link', { name: '杭州云帆贸易' }).click();
    await page.getByTestId('marketing-opt-out').getByRole('button', { name: zh.campaigns.customer.optIn }).waitFor();
    // The one failed request is the refused placeholder, which the browser logs as a 422.
    expect(consoleErrors).toEqual(['manager: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)']);
  });
});
