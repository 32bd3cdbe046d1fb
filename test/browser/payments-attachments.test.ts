import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, portalSession, roleSession, shoot, zh, pickOption } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';
import { startSmtpServer } from '../support/receivers.js';

/*
 * Issue 13 items 5 and 7 on the console, in zh-CN: finance records a partial then a full
 * payment on an order and sees the customer's receivables fall to nothing; the receivables
 * ageing page; a specialist uploads the customer's signed confirmation on an order.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let browser: Browser;
let baseUrl: string;
let customer: any;
let order: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

/** The console's Chinese texts, so the test reads what the user reads. */
const yuan = (amount: number) => new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(amount);

const session = (role: Role): Promise<Page> => roleSession(t, browser, baseUrl, role, {}, { consoleErrors, contexts });

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ now: new Date().toISOString(), env: { ORDO_SMTP_URL: smtp.url } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  customer = await createTrustedCustomer(t, { name: '宁波海川电子有限公司', paymentTerms: { kind: 'net', netDays: 30 } });
  const sensor = await createProduct(t, { sku: 'SEN-510', name: '温度传感器 T510', priceMinor: 120_00 });
  await receiveStock(t, sensor.id, 100);
  order = await placeApprovedOrder(t, customer.id, [{ productId: sensor.id, quantity: 8 }]);
  // Another customer owing, so the ageing page has more than one row.
  const other = await createTrustedCustomer(t, { name: '苏州远航机电', paymentTerms: { kind: 'cash_on_delivery' } });
  await placeApprovedOrder(t, other.id, [{ productId: sensor.id, quantity: 3 }]);
});

afterAll(() => closeBrowserTest(contexts, browser, t, smtp));

async function recordPayment(page: Page, amount: string, method: string) {
  const form = page.getByTestId('payment-form');
  await form.locator('#amount').fill(amount);
  await form.locator('.ant-select').filter({ has: page.locator('#method') }).click();
  await pickOption(page, method);
  await form.locator('#reference').fill(`BOC-${amount}`);
  await form.getByTestId('payment-submit').click();
}

describe('payments and receivables on the console', () => {
  test('finance records a partial then a full payment and the customer’s receivables fall', async () => {
    const page = await session('finance');
    await page.goto(`${baseUrl}/customers/${customer.id}`);
    const receivables = page.getByTestId('customer-receivables');
    await receivables.getByTestId('receivables-outstanding').getByText(yuan(960)).waitFor();
    await receivables.getByRole('link', { name: order.number }).click();

    const payments = page.getByTestId('payments');
    await payments.getByTestId('payments-due').getByText(yuan(960)).waitFor();
    await recordPayment(page, '500', zh.payments.methods.bank_transfer);
    await payments.getByTestId('payments-paid').getByText(yuan(500)).waitFor();
    await payments.getByTestId('payments-due').getByText(yuan(460)).waitFor();
    await payments.getByText(zh.payment.partial).first().waitFor();

    // More than is due is refused, saying how much is; what was typed stays.
    await recordPayment(page, '461', zh.payments.methods.alipay);
    await payments.getByTestId('payment-problem').getByText(zh.payments.limit.payment_exceeds_due.replace('{{amount}}', yuan(460))).waitFor();
    expect(await payments.locator('#amount').inputValue()).toBe('461.00');
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('422')]);
    await shoot(page, 'payments-order');

    await recordPayment(page, '460', zh.payments.methods.alipay);
    await payments.getByTestId('payments-due').getByText(yuan(0)).waitFor();
    await payments.getByText(zh.payment.paid).first().waitFor();
    expect(await payments.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(2);

    await page.goto(`${baseUrl}/customers/${customer.id}`);
    await receivables.getByTestId('receivables-outstanding').getByText(yuan(0)).waitFor();
    await receivables.getByText(zh.payments.nothingOwed).waitFor();
    await shoot(page, 'payments-customer');
    const stored = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('admin') });
    expect(stored.data).toMatchObject({ paymentStatus: 'paid', paidMinor: 960_00 });
  });

  test('finance finds what every customer owes by days overdue under 应收账款', async () => {
    const page = await session('finance');
    await page.goto(`${baseUrl}/`);
    await page.locator('.ant-menu').getByText(zh.payments.nav).click();
    const ageing = page.getByTestId('receivables-page');
    await ageing.getByRole('link', { name: '苏州远航机电' }).waitFor();
    // The paid customer owes nothing and is not listed.
    expect(await ageing.getByRole('link', { name: '宁波海川电子有限公司' }).count()).toBe(0);
    await ageing.getByTestId('ageing-totals').getByText(zh.payments.buckets.days_1_30).waitFor();
    await shoot(page, 'payments-receivables');
    const warehouse = await session('warehouse');
    expect(await warehouse.locator('.ant-menu').getByText(zh.payments.nav).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});

describe('attachments on the console', () => {
  test('a specialist uploads the customer’s signed confirmation on the order; a misnamed file is refused', async () => {
    const page = await session('specialist');
    await page.goto(`${baseUrl}/orders/${order.id}`);
    const attachments = page.getByTestId('attachments');
    await attachments.getByText(zh.attachments.none).waitFor();
    await attachments.getByTestId('attachment-kind').getByText(zh.attachments.kinds.signed_confirmation).waitFor();
    const picker = attachments.locator('input[type=file]');
    await picker.setInputFiles({ name: '签字确认函.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n签字\n%%EOF\n') });
    await attachments.getByRole('link', { name: '签字确认函.pdf' }).waitFor();
    await attachments.locator('tbody .ant-tag').getByText(zh.attachments.kinds.signed_confirmation).waitFor();

    await picker.setInputFiles({ name: '图纸.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6]) });
    await attachments.getByTestId('attachment-problem').getByText(zh.attachments.problems.unsupported_file_type).waitFor();
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('415')]);
    await shoot(page, 'payments-attachments');

    const listed = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/attachments`, headers: await t.as('admin') });
    expect(listed.data.items).toEqual([expect.objectContaining({ kind: 'signed_confirmation', fileName: '签字确认函.pdf', contentType: 'application/pdf' })]);
  });

  test('a manager makes custom orders wait for a signed confirmation in the review settings', async () => {
    const page = await session('manager');
    await page.goto(`${baseUrl}/settings/review`);
    const form = page.getByTestId('signed-confirmation-form');
    await form.locator('.ant-select').click();
    await pickOption(page, zh.orderType.custom);
    await form.getByTestId('settings-save').click();
    const saved = async () => (await t.call({ method: 'GET', url: '/api/v1/settings/review-signed-confirmation', headers: await t.as('admin') })).data;
    await expect.poll(async () => (await saved()).version).toBe(1);
    expect((await saved()).value).toEqual({ orderTypes: ['custom'] });
    await shoot(page, 'payments-signed-confirmation-setting');
    expect(consoleErrors).toEqual([]);
  });

  test('the customer sees the order’s files in the portal and adds one of their own', async () => {
    const buyer = 'chen.buyer@haichuan.test';
    const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: buyer, name: '陈采购' } });
    expect(invited.statusCode).toBe(201);
    const page = await portalSession(t, browser, baseUrl, smtp, buyer, { consoleErrors, contexts });

    await page.goto(`${baseUrl}/portal/orders/${order.id}`);
    const attachments = page.getByTestId('attachments');
    await attachments.getByRole('link', { name: '签字确认函.pdf' }).waitFor();
    expect(await attachments.getByRole('button', { name: zh.attachments.delete }).count()).toBe(0);
    await attachments.locator('.ant-select').click();
    await pickOption(page, zh.attachments.kinds.logo);
    await attachments.locator('input[type=file]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64') });
    await attachments.getByRole('link', { name: 'logo.png' }).waitFor();
    await attachments.getByText(zh.attachments.fromPortal, { exact: false }).waitFor();
    await shoot(page, 'payments-portal-attachments');
    expect(consoleErrors).toEqual([]);
  });
});
