import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { localDate } from '../../src/platform/time/zone.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, roleSession, shoot } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/*
 * Each role lands on its own work at `/`, in zh-CN: the warehouse on 我今天的环节 and
 * completes a stage from there; after-sales on the cases waiting on them; a manager on the
 * company dashboard, with their own work a tab away.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let order: any;
let packing: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

const session = (role: Role, options: { mobile?: boolean } = {}): Promise<Page> => roleSession(t, browser, baseUrl, role, { ...options, wide: !options.mobile }, { consoleErrors, contexts });

async function packingStage(): Promise<any> {
  const plan = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('admin') })).data;
  return plan.stages.find((s: any) => s.key === 'packing');
}

beforeAll(async () => {
  // The server's clock is the browser's, so "today" is the same day on both.
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createTrustedCustomer(t, { name: '宁波海川电子有限公司' });
  const product = await createProduct(t, { sku: 'HC-100', name: '海川控制器', priceMinor: 1_000_00 });
  await receiveStock(t, product.id, 100);
  order = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 2 }]);
  await t.drain(); // the plan is made
  const plan = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('admin') })).data;
  const confirm = plan.stages.find((s: any) => s.key === 'confirm');
  const confirmed = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/plan/stages/${confirm.id}/progress`, headers: await t.as('specialist'), payload: { status: 'done' } });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  packing = await packingStage();
  const today = localDate(t.clock.now(), 'Asia/Shanghai');
  await t.database.db.execute(sql`UPDATE plan_stages SET planned_start = ${today}::date, planned_end = ${today}::date WHERE id = ${packing.id}::uuid`);
  const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales', 'he'), payload: { orderId: order.id, type: 'damage', summary: '外箱破损，客户要求更换' } });
  expect(opened.statusCode, opened.body).toBe(201);
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('each role lands on its own work', () => {
  test('a warehouse user lands on 我今天的环节 and completes the packing stage from there', async () => {
    const page = await session('warehouse');
    const panel = page.getByTestId('my-stages');
    await panel.getByText('我今天的环节').waitFor();
    const row = panel.locator(`[data-testid=my-stage][data-order="${order.number}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-stage')).toBe('packing');
    const text = await row.innerText();
    expect(text).toContain('备货与包装');
    expect(text).toContain('宁波海川电子有限公司');
    expect(text).toContain('今天到期');
    expect(await row.locator('[data-health]').innerText()).toBe('有风险');
    await shoot(page, 'role-home-warehouse');
    const phone = await session('warehouse', { mobile: true });
    await phone.getByTestId('my-stage').first().waitFor();
    await shoot(phone, 'role-home-warehouse-mobile');

    await panel.getByRole('button', { name: /^完\s?成$/ }).click();
    await panel.getByText('今天没有要处理的环节').waitFor();
    const done = await packingStage();
    expect(done.status).toBe('done');
    expect(done.actualEnd).not.toBeNull();
  });

  test('an after-sales user sees the cases waiting on them', async () => {
    const page = await session('after_sales');
    const panel = page.getByTestId('my-cases');
    await panel.getByText('我的售后工单').waitFor();
    const item = panel.getByTestId('my-case');
    await item.waitFor();
    const text = await item.innerText();
    expect(text).toContain('待认领');
    expect(text).toContain('破损');
    expect(text).toContain('宁波海川电子有限公司');
    expect(text).toContain('外箱破损，客户要求更换');
    // No plan stages for after-sales: that panel is not theirs.
    expect(await page.getByTestId('my-stages').count()).toBe(0);
    await shoot(page, 'role-home-after-sales');
    const phone = await session('after_sales', { mobile: true });
    await phone.getByTestId('my-case').waitFor();
    await shoot(phone, 'role-home-after-sales-mobile');
  });

  test('a manager sees the company dashboard, and their own work on the next tab', async () => {
    const page = await session('manager');
    await page.getByTestId('today-intake').waitFor();
    await page.getByTestId('late-preview').waitFor();
    await shoot(page, 'role-home-manager');
    await page.getByRole('tab', { name: '我的工作' }).click();
    await page.getByTestId('my-tasks').getByText('今天的任务与跟进').waitFor();
    expect(page.url()).toContain('tab=mine');
    await shoot(page, 'role-home-manager-mine');
    const phone = await session('manager', { mobile: true });
    await phone.getByTestId('today-intake').waitFor();
    await shoot(phone, 'role-home-manager-mobile');
    expect(consoleErrors).toEqual([]);
  });
});
