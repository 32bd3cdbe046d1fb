import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, orderReadyToShip } from '../support/fulfilment.js';

/*
 * Printed documents and the carrier directory on the console, in zh-CN: the warehouse ships
 * with a carrier chosen from the directory, the shipment links to the carrier's tracking
 * page, the delivery note and the order confirmation open as PDFs, and a manager keeps the
 * directory in Settings.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let order: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

/** The console's Chinese texts, so the test reads what the user reads. */

async function session(role: Role, options: { mobile?: boolean } = {}): Promise<Page> {
  await t.as(role);
  const page = await staffSession(browser, baseUrl, role, options, { consoleErrors, contexts });
  if (!options.mobile) await page.setViewportSize({ width: 1440, height: 900 });
  return page;
}

/** Clicks a print button (it opens a new tab) and answers the PDF response the tab received. */
async function printed(page: Page, button: string): Promise<Response> {
  const response = page.context().waitForEvent('response', (r) => r.url().endsWith('.pdf'));
  const tab = page.waitForEvent('popup');
  await page.getByTestId(button).first().click();
  const answered = await response;
  await (await tab).close();
  return answered;
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createTrustedCustomer(t, { name: '嘉兴恒力机电有限公司' });
  const pump = await createProduct(t, { sku: 'PMP-220', name: '离心泵 220V', unit: '台', priceMinor: 2_680_00 });
  await receiveStock(t, pump.id, 10);
  order = await orderReadyToShip(t, customer.id, [{ productId: pump.id, quantity: 3 }]);
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('printed documents and carriers on the console', () => {
  let warehouse: Page;

  test('the warehouse prints the order confirmation and ships with a carrier chosen from the directory', async () => {
    const page = await session('warehouse');
    warehouse = page;
    await page.goto(`${baseUrl}/orders/${order.id}`);
    await page.getByTestId('order-detail').waitFor();
    const confirmation = await printed(page, 'print-confirmation');
    expect(confirmation.status()).toBe(200);
    expect(confirmation.headers()['content-type']).toBe('application/pdf');

    await page.getByRole('tab', { name: zh.shipping.title }).click();
    await page.getByTestId('new-shipment').click();
    await page.getByTestId('shipment-form').waitFor();
    await page.locator('.ant-select').filter({ has: page.locator('#carrierCode') }).click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    for (const name of ['顺丰速运', '德邦快递', '京东物流', 'EMS']) await options.filter({ hasText: name }).first().waitFor();
    await options.filter({ hasText: '顺丰速运' }).click();
    await page.locator('#trackingNumber').fill('SF1400098765432');
    await page.locator('#cost').fill('30');
    await shoot(page, 'documents-shipment-form-1440');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();

    const shipment = page.getByTestId('shipment');
    await shipment.getByTestId('tracking-number').getByText('SF1400098765432').waitFor();
    await expect.poll(() => shipment.getByTestId('tracking-link').getAttribute('href')).toBe('https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1400098765432');
    await shipment.getByText('顺丰速运').first().waitFor();
    await shoot(page, 'documents-shipment-1440');
  });

  test('the shipment prints its delivery note and packing list as PDFs', async () => {
    const page = warehouse;
    const note = await printed(page, 'print-delivery-note');
    expect(note.status()).toBe(200);
    expect(note.headers()['content-type']).toBe('application/pdf');
    const pack = await printed(page, 'print-pack-list');
    expect(pack.status()).toBe(200);
    expect(pack.headers()['content-type']).toBe('application/pdf');
  });

  test('on a phone the order shows its print buttons', async () => {
    const phone = await session('warehouse', { mobile: true });
    await phone.goto(`${baseUrl}/orders/${order.id}?tab=shipping`);
    await phone.getByTestId('print-confirmation').waitFor();
    await shoot(phone, 'documents-order-390');
  });

  test('a manager keeps the carrier directory in Settings; a bad tracking address is refused', async () => {
    const page = await session('manager');
    await page.goto(`${baseUrl}/settings/carriers`);
    const table = page.getByTestId('carriers-table');
    await table.getByText('顺丰速运').waitFor();
    await page.getByTestId('carrier-create').click();
    await page.getByTestId('carrier-code').fill('ane');
    await page.getByTestId('carrier-name').fill('安能物流');
    await page.getByTestId('carrier-template').fill('http://www.ane56.com/track/{trackingNumber}');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-modal').getByText(zh.errors.invalid_tracking_url).first().waitFor();
    await page.getByTestId('carrier-template').fill('https://track.ane.example/q?no={trackingNumber}');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await table.getByText('安能物流').waitFor();
    await table.getByText('ANE', { exact: true }).waitFor();
    await page.getByTestId('letterhead-settings').waitFor();
    await shoot(page, 'documents-settings-carriers-1440');

    const carriers = (await t.call({ method: 'GET', url: '/api/v1/carriers', headers: await t.as('manager') })).data.items;
    expect(carriers.find((c: any) => c.code === 'ANE')).toMatchObject({ name: '安能物流', trackingUrlTemplate: 'https://track.ane.example/q?no={trackingNumber}', active: true });

    const phone = await session('manager', { mobile: true });
    await phone.goto(`${baseUrl}/settings/carriers`);
    await phone.getByTestId('carriers-table').getByText('安能物流').waitFor();
    await shoot(phone, 'documents-settings-carriers-390');
  });

  test('no console errors on the way', () => {
    expect(consoleErrors).toEqual([]);
  });
});
