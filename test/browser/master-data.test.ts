import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { choose, closeBrowserTest, launchChromium, shoot, staffSession, zh, pickOption } from '../support/browser.js';

/*
 * A new company sets up its master data in the console (zh-CN), in headless Chromium
 * against a real server: a customer, a product, its first goods receipt, a day of the
 * capacity calendar; then a phone order for a customer created from the entry form, and a
 * custom order whose customisation parameters pass the preliminary audit.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let page: Page;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function modalOk(testId: string): Promise<void> {
  await page.locator('.ant-modal').filter({ has: page.getByTestId(testId) }).locator('.ant-modal-footer .ant-btn-primary').click();
  await page.getByTestId(testId).waitFor({ state: 'detached' });
}

/** A day `days` from today in Shanghai, as the date picker takes it. */
function inDays(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function api(url: string): Promise<any> {
  const res = await t.call({ method: 'GET', url, headers: await t.as('admin') });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.data;
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  await t.as('manager');
  page = await staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('master data and order entry in the console (zh-CN)', () => {
  let productSku: string;
  let phoneOrderId: string;

  test('a manager creates a customer with a contact and a default address', async () => {
    await page.goto(`${baseUrl}/customers`);
    await page.getByRole('button', { name: zh.masterData.customer.new }).click();
    await page.getByTestId('customer-form').waitFor();
    await page.locator('#customer_name').fill('常州恒润机电有限公司');
    await page.locator('#customer_contacts_0_name').fill('周海涛');
    await page.locator('#customer_contacts_0_phone').fill('13912345678');
    await page.getByRole('button', { name: zh.masterData.customer.addAddress }).click();
    await page.locator('#customer_addresses_0_city').fill('常州');
    await page.locator('#customer_addresses_0_line1').fill('武进区湖塘镇长安路88号');
    await choose(page, 'customer_ownerUserId', '经理');
    await shoot(page, 'master-data-customer-form');
    await modalOk('customer-form');
    await page.getByRole('heading', { name: '常州恒润机电有限公司' }).waitFor();
    expect(await page.textContent('body')).toContain(zh.masterData.customer.tierDerived);
    await shoot(page, 'master-data-customer');

    const found = await api(`/api/v1/customers?q=${encodeURIComponent('常州恒润')}`);
    expect(found.items).toEqual([
      expect.objectContaining({ tier: 'new', tierPinned: false, contacts: [expect.objectContaining({ name: '周海涛', phone: '13912345678', primary: true })], addresses: [expect.objectContaining({ line1: '武进区湖塘镇长安路88号', isDefault: true })] }),
    ]);
    expect(found.items[0].ownerUserId).not.toBeNull();
  });

  test('creates a stock product, receives goods for it and sees the stock level and the ledger', async () => {
    productSku = 'MTR-550';
    await page.goto(`${baseUrl}/products`);
    await page.getByRole('button', { name: zh.masterData.product.new }).click();
    await page.getByTestId('product-form').waitFor();
    await page.locator('#product_sku').fill(productSku);
    await page.locator('#product_name').fill('伺服电机 550W');
    await page.locator('#product_price').fill('860');
    await choose(page, 'product_unit', '台', '台');
    await page.locator('#product_leadTimes_packing').fill('1');
    await modalOk('product-form');
    await page.getByRole('heading', { name: `${productSku} · 伺服电机 550W` }).waitFor();

    await page.getByRole('button', { name: zh.masterData.stock.receiveOrAdjust }).click();
    await page.getByTestId('movement-form').waitFor();
    await page.locator('#movement_quantity').fill('50');
    await page.locator('#movement_reason').fill('首批采购到货');
    await shoot(page, 'master-data-stock-receipt');
    await modalOk('movement-form');
    await expect.poll(() => page.getByTestId('stock-onHand').textContent()).toContain('50');
    expect(await page.getByTestId('stock-onHand').textContent()).toContain('台');
    await expect.poll(() => page.getByTestId('stock-available').textContent()).toContain('50');
    await expect.poll(() => page.textContent('body')).toContain('首批采购到货');
    await shoot(page, 'master-data-product');

    await page.goto(`${baseUrl}/stock`);
    const ledger = page.getByTestId('stock-ledger');
    await expect.poll(() => ledger.textContent()).toContain(`${productSku} · 伺服电机 550W`);
    expect(await ledger.textContent()).toContain(zh.movement.receipt);
    await shoot(page, 'master-data-stock-ledger');
  });

  test('creates a production line and sets the capacity of one day in the month view', async () => {
    await page.goto(`${baseUrl}/capacity`);
    await page.getByRole('button', { name: zh.masterData.capacity.newLine }).click();
    await page.getByTestId('line-form').waitFor();
    await page.locator('#line_code').fill('L1');
    await page.locator('#line_name').fill('电机装配一线');
    await page.locator('#line_defaultDailyCapacity').fill('40');
    await modalOk('line-form');
    await expect.poll(() => page.textContent('body')).toContain('电机装配一线');

    // A working day of this month: the calendar opens on the current month.
    const now = new Date(Date.now() + 8 * 3_600_000);
    const day = [...Array(28).keys()]
      .map((i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), i + 1)))
      .find((d) => d.getUTCDay() === 3)!
      .toISOString()
      .slice(0, 10);
    const cell = page.getByTestId(`capacity-${day}`);
    await expect.poll(() => cell.textContent()).toContain(`40 ${zh.masterData.capacity.units.units}`);
    await cell.click();
    await page.getByTestId('day-form').waitFor();
    await page.locator('#day_capacityUnits').fill('25');
    await modalOk('day-form');
    await expect.poll(() => cell.textContent()).toContain(`25 ${zh.masterData.capacity.units.units}`);
    expect(await cell.textContent()).toContain(zh.masterData.capacity.setForDay);
    await shoot(page, 'master-data-capacity');

    const line = (await api('/api/v1/production-lines')).items[0];
    const calendar = await api(`/api/v1/production-lines/capacity?from=${day}&to=${day}&lineId=${line.id}`);
    expect(calendar.items).toEqual([expect.objectContaining({ capacityUnits: 25, source: 'set' })]);
  });

  test('a phone order for a new customer created from the entry form is submitted, not in exception', async () => {
    await page.goto(`${baseUrl}/orders/new`);
    await page.getByRole('button', { name: zh.orderEntry.newCustomer }).click();
    await page.getByTestId('customer-form').waitFor();
    await page.locator('#customer_name').fill('扬州青禾五金商行');
    await page.locator('#customer_type').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').click();
    await pickOption(page, zh.customerType.person);
    await page.locator('#customer_contacts_0_name').fill('吴青禾');
    await page.locator('#customer_contacts_0_phone').fill('15850001234');
    await page.getByRole('button', { name: zh.masterData.customer.addAddress }).click();
    await page.locator('#customer_addresses_0_city').fill('扬州');
    await page.locator('#customer_addresses_0_line1').fill('邗江区文昌西路12号');
    await modalOk('customer-form');
    await expect.poll(() => page.locator('.ant-select').filter({ has: page.locator('#customerId') }).textContent()).toContain('扬州青禾五金商行');

    await choose(page, 'lines_0_productId', productSku, 'MTR');
    await page.locator('#lines_0_quantity').fill('2');
    await page.locator('#lines_0_unitPrice').fill('820');
    await page.locator('#requestedDeliveryDate').fill(inDays(10));
    await page.locator('#requestedDeliveryDate').press('Tab');
    await choose(page, 'paymentStatus', zh.payment.paid);
    await page.locator('#externalRef').fill('TEL-0001');
    const preview = page.getByTestId('preview');
    // The price below the list is a warning, not a stop.
    await expect.poll(() => preview.locator('[data-code=price_differs_from_list]').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => preview.textContent()).toContain('¥1,640.00');
    expect(await preview.locator('.ant-alert-error').count()).toBe(0);
    await shoot(page, 'master-data-order-entry');

    await page.getByRole('button', { name: zh.entry.submit }).click();
    const created = page.getByTestId('order-created');
    await created.waitFor();
    expect(await created.locator('[data-status=exception]').count()).toBe(0);
    await shoot(page, 'master-data-order-created');

    const customer = (await api(`/api/v1/customers?q=${encodeURIComponent('扬州青禾')}`)).items[0];
    const order = (await api(`/api/v1/orders?customerId=${customer.id}`)).items[0];
    expect(order).toMatchObject({ channel: 'phone', externalRef: 'TEL-0001' });
    expect(order.status).not.toBe('exception');
    const detail = await api(`/api/v1/orders/${order.id}`);
    expect(detail.exceptions).toEqual([]);
    expect(detail.delivery).toMatchObject({ method: 'ship', address: expect.objectContaining({ line1: '邗江区文昌西路12号' }) });
    expect(detail.lines[0]).toMatchObject({ quantity: 2, unitPriceMinor: 820_00 });
    phoneOrderId = order.id;
  });

  test('a custom order with its customisation parameters and packaging passes the preliminary audit', async () => {
    await page.goto(`${baseUrl}/orders/new`);
    // Found by the contact's phone, not the name.
    await choose(page, 'customerId', '常州恒润机电有限公司', '1391234');
    await choose(page, 'type', zh.orderType.custom);
    await choose(page, 'lines_0_productId', productSku, 'MTR');
    await page.locator('#lines_0_quantity').fill('3');
    await page.locator('#requestedDeliveryDate').fill(inDays(20));
    await page.locator('#requestedDeliveryDate').press('Tab');
    await choose(page, 'paymentStatus', zh.payment.paid);
    await page.locator('#specialRequirements_text').fill('机壳刻字定制');
    const preview = page.getByTestId('preview');
    // Announced but without its parameters, the audit would stop the order.
    await expect.poll(() => preview.locator('[data-code=special_requirements_unclear]').count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole('button', { name: zh.orderEntry.addParam }).click();
    await page.locator('#specialRequirements_customization_0_name').fill('刻字');
    await page.locator('#specialRequirements_customization_0_value').fill('HENGRUN 2026，机壳正面，字高 8mm');
    await page.locator('#specialRequirements_packaging').fill('木箱包装，每箱 1 台');
    await expect.poll(() => preview.locator('[data-code=special_requirements_unclear]').count(), { timeout: 15_000 }).toBe(0);
    expect(await preview.locator('.ant-alert-error').count()).toBe(0);
    await shoot(page, 'master-data-custom-order');

    await page.getByRole('button', { name: zh.entry.submit }).click();
    await page.getByTestId('order-created').waitFor();
    const customer = (await api(`/api/v1/customers?q=${encodeURIComponent('常州恒润')}`)).items[0];
    const order = (await api(`/api/v1/orders?customerId=${customer.id}`)).items[0];
    const detail = await api(`/api/v1/orders/${order.id}`);
    expect(detail.type).toBe('custom');
    expect(detail.status).not.toBe('exception');
    expect(detail.exceptions).toEqual([]);
    expect(detail.specialRequirements).toMatchObject({ customization: { 刻字: 'HENGRUN 2026，机壳正面，字高 8mm' }, packaging: '木箱包装，每箱 1 台' });
    expect(consoleErrors).toEqual([]);
  });

  test('on the order detail a manager overrides the priority with a reason and records why a deadline was missed', async () => {
    // The response deadline passes while the order waits for its entry check.
    t.clock.advance(3 * 24 * 3_600_000);
    await t.drain();
    await page.goto(`${baseUrl}/orders/${phoneOrderId}`);
    await page.getByRole('button', { name: zh.orderAdjust.overridePriority }).click();
    await page.getByTestId('priority-override-form').waitFor();
    await choose(page, 'priorityOverride_level', zh.priority.high);
    await page.locator('#priorityOverride_reason').fill('客户产线停机待料，经理批准加急');
    await modalOk('priority-override-form');
    await expect.poll(async () => (await api(`/api/v1/orders/${phoneOrderId}`)).priority.level).toBe('high');

    const late = page.getByTestId('late-reasons');
    await late.getByRole('button', { name: zh.orderAdjust.recordLateReason }).first().click();
    await page.locator('#lateReason_reason').fill('客户电话未接通，次日才确认');
    await page.locator('.ant-modal').filter({ has: page.getByTestId('late-reason-form') }).locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => late.textContent()).toContain('客户电话未接通，次日才确认');
    await shoot(page, 'master-data-order-adjustments');
    const sla = await api(`/api/v1/orders/${phoneOrderId}/sla`);
    expect(sla.clocks.find((c: any) => c.kind === 'response').lateReason).toMatchObject({ reason: '客户电话未接通，次日才确认' });
    expect(consoleErrors).toEqual([]);
  });
});
