import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, roleSession, shoot, zh, pickOption } from '../support/browser.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';

/*
 * Issue 16, item 5, in zh-CN: the late-approval reason asked before the first approval; the
 * Gantt chart's actions, running bars and health colours, and the plan moved when a stage
 * ends late; a partial acceptance's reason and confirmation on the console and the portal,
 * and the customer's photos of the delivery.
 */

const dayMs = 86_400_000;
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let vip: any;
let customer: any;
let device: any;
let sensor: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

const session = (role: Role, options: { mobile?: boolean } = {}): Promise<Page> => roleSession(t, browser, baseUrl, role, { ...options, wide: !options.mobile }, { consoleErrors, contexts });

async function api(method: 'GET' | 'POST', url: string, role: Role, payload?: Record<string, unknown>) {
  const res = await t.call({ method, url, headers: await t.as(role), ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.data;
}

beforeAll(async () => {
  // The plan starts six days ago, so its first stage can end late today in the browser's calendar too.
  t = await createTestApp({ now: new Date(Date.now() - 6 * dayMs).toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  vip = await createCustomer(t, { name: '华东精密制造', tier: 'vip', creditLimitMinor: 100_000_00, paymentTerms: { kind: 'net', netDays: 60 } });
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易有限公司' });
  device = await createProduct(t, { sku: 'XH-A2024', name: 'A型设备-2024款', priceMinor: 30_000_00 });
  sensor = await createProduct(t, { sku: 'SEN-300', name: '工业传感器 S300', priceMinor: 300_00 });
  await receiveStock(t, device.id, 100);
  await receiveStock(t, sensor.id, 500);
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('the plan on the Gantt chart', () => {
  let order: any;
  let promiseBefore: string;
  const plan = () => api('GET', `/api/v1/orders/${order.id}/plan`, 'admin');
  const stageOf = (p: any, key: string) => p.stages.find((s: any) => s.key === key);

  beforeAll(async () => {
    const placed = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 30), paymentStatus: 'unpaid', lines: [{ productId: sensor.id, quantity: 20 }] });
    expect(placed.data.status).toBe('approved');
    await t.drain(); // the plan is made, six days ago
    order = placed.data;
    t.clock.set(new Date()); // today: the first stage, planned six days ago, ends now
    const made = await plan();
    promiseBefore = made.promiseDate;
    await api('POST', `/api/v1/orders/${order.id}/plan/stages/${stageOf(made, 'confirm').id}/progress`, 'specialist', {
      status: 'done',
      actualStart: new Date(Date.now() - 5 * dayMs).toISOString(),
    });
    await api('POST', `/api/v1/orders/${order.id}/plan/stages/${stageOf(made, 'packing').id}/progress`, 'warehouse', { status: 'in_progress' });
  });

  test('the late first stage moved the rest: the promise date is later on the page, and the trail says why', async () => {
    const p = await plan();
    expect(p.promiseDate > promiseBefore).toBe(true);
    expect((await api('GET', `/api/v1/orders/${order.id}`, 'admin')).promisedDeliveryDate).toBe(p.promiseDate);
    const trail = (await t.database.db.execute(sql`SELECT action FROM audit_events WHERE entity_id = ${order.id}`)) as unknown as { rows: { action: string }[] };
    expect(trail.rows.map((e) => e.action)).toContain('plan.replanned');
    const page = await session('manager');
    await page.goto(`${baseUrl}/orders/${order.id}?tab=plan`);
    await page.getByTestId('plan').waitFor();
    const shown = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${p.promiseDate}T00:00:00Z`));
    await expect.poll(() => page.getByTestId('plan').textContent()).toContain(shown);
  });

  test('each stage offers only what its state takes; the running stage has its actual bar to today; bars are coloured by health', async () => {
    const page = await session('manager');
    await page.goto(`${baseUrl}/orders/${order.id}?tab=plan`);
    const gantt = page.getByTestId('plan-gantt');
    await gantt.waitFor();
    // Done: nothing to do. Under way: finish or report a delay, not start again. Waiting for it: only a delay.
    expect(await page.getByTestId('stage-actions-confirm').count()).toBe(0);
    const packing = page.getByTestId('stage-actions-packing');
    await packing.getByRole('button', { name: '报告延误' }).waitFor();
    expect(await packing.getByRole('button', { name: /^完\s?成$/ }).count()).toBe(1);
    expect(await packing.getByRole('button', { name: /^开\s?始$/ }).count()).toBe(0);
    const logistics = page.getByTestId('stage-actions-logistics');
    expect(await logistics.getByRole('button', { name: '报告延误' }).count()).toBe(1);
    expect(await logistics.getByRole('button', { name: /^(完\s?成|开\s?始)$/ }).count()).toBe(0);

    // The running stage: a planned bar and an actual one running to today.
    const running = gantt.locator('g[data-stage=packing]');
    expect(await running.locator('[data-testid=gantt-planned]').count()).toBe(1);
    expect(await running.locator('[data-testid=gantt-actual]').getAttribute('data-running')).toBe('true');
    expect(await gantt.locator('g[data-stage=logistics] [data-testid=gantt-actual]').count()).toBe(0);
    // Done is grey, the rest green, yellow or red.
    expect(await gantt.locator('g[data-stage=confirm]').getAttribute('data-health')).toBe('done');
    const fills = await gantt.locator('[data-testid=gantt-planned]').evaluateAll((bars) => bars.map((bar) => (bar as unknown as { getAttribute(n: string): string }).getAttribute('stroke')));
    expect(new Set(fills).size).toBeGreaterThan(1);
    await shoot(page, 'rough-edges-plan-gantt-1440');

    const phone = await session('manager', { mobile: true });
    await phone.goto(`${baseUrl}/orders/${order.id}?tab=plan`);
    await phone.getByTestId('plan-gantt').waitFor();
    await phone.getByTestId('stage-actions-packing').waitFor();
    await shoot(phone, 'rough-edges-plan-gantt-390');
  });
});

describe('a review past its response deadline', () => {
  test('asks the reason before the first approval, refuses to send without it, and sends it with the approval', async () => {
    const placed = await placeOrder(t, { customerId: vip.id, channel: 'online_store', requestedDeliveryDate: daysAfter(t, 3), lines: [{ productId: device.id, quantity: 4 }], paymentStatus: 'unpaid' });
    expect(placed.data.status).toBe('under_review');
    t.clock.advance(70 * 60_000); // past the VIP's one-hour response deadline
    const page = await session('finance');
    await page.goto(`${baseUrl}/review`);
    const item = page.locator(`[data-testid=inbox-item][data-order="${placed.data.number}"]`);
    await item.waitFor();
    // Asked before anything is clicked.
    const reason = item.getByTestId('late-reason');
    await reason.waitFor();
    expect(await reason.textContent()).toContain(zh.planAcceptance.lateReasonUpFront);
    await shoot(page, 'rough-edges-review-late-reason-1440');

    await item.getByRole('button', { name: /^通\s?过$/ }).click();
    await expect.poll(() => item.locator('.ant-alert-error').textContent()).toContain(zh.errors.late_reason_required);
    const review = await api('GET', `/api/v1/orders/${placed.data.id}/review`, 'admin');
    expect(review.rounds.at(-1).steps.find((s: any) => s.role === 'finance').status).toBe('waiting');

    await reason.locator('input').fill('财务系统升级，审核顺延');
    await item.getByRole('button', { name: /^通\s?过$/ }).click();
    await item.waitFor({ state: 'detached' });
    const clocks = await api('GET', `/api/v1/orders/${placed.data.id}/sla`, 'admin');
    expect(clocks.clocks.find((c: any) => c.kind === 'response')).toMatchObject({ status: 'missed', lateReason: { reason: '财务系统升级，审核顺延' } });

    const phone = await session('manager', { mobile: true });
    await phone.goto(`${baseUrl}/review`);
    await phone.locator(`[data-testid=inbox-item][data-order="${placed.data.number}"]`).waitFor();
    // The reason is on record: the manager's last approval does not ask again.
    expect(await phone.locator(`[data-testid=inbox-item][data-order="${placed.data.number}"] [data-testid=late-reason]`).count()).toBe(0);
    await shoot(phone, 'rough-edges-review-late-reason-390');
  });
});

describe('a partial acceptance', () => {
  test('on the console: a reason is required, then a confirmation, and cancelling sends nothing', async () => {
    const delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 6 }]));
    const page = await session('logistics');
    await page.goto(`${baseUrl}/orders/${delivered.id}?tab=acceptance`);
    const form = page.getByTestId('record-acceptance');
    await form.waitFor();
    await form.locator('.ant-select').first().click();
    await pickOption(page, '部分合格');
    await form.locator('.ant-input-number input').fill('4');
    await form.getByRole('button', { name: zh.portal.submitAcceptance }).click();
    await page.getByTestId('acceptance-reason-missing').waitFor();
    expect(await page.getByTestId('acceptance-confirm').count()).toBe(0);

    await form.getByLabel(`${zh.portal.comment} 1`).fill('两台外壳破损');
    await form.getByRole('button', { name: zh.portal.submitAcceptance }).click();
    const confirm = page.locator('.ant-modal').filter({ hasText: zh.planAcceptance.confirmTitle });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('两台外壳破损');
    await shoot(page, 'rough-edges-console-acceptance-confirm-1440');
    await confirm.getByRole('button', { name: zh.planAcceptance.confirmCancel }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await api('GET', `/api/v1/orders/${delivered.id}`, 'admin')).status).toBe('delivered');

    await form.getByRole('button', { name: zh.portal.submitAcceptance }).click();
    await confirm.getByRole('button', { name: zh.planAcceptance.confirmOk }).click();
    await page.getByTestId('acceptance').waitFor();
    expect(await api('GET', `/api/v1/orders/${delivered.id}/acceptance`, 'admin')).toMatchObject({ result: 'partial', lines: [{ acceptedQuantity: 4, comment: '两台外壳破损' }] });

    const phone = await session('logistics', { mobile: true });
    const other = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 2 }]));
    await phone.goto(`${baseUrl}/orders/${other.id}?tab=acceptance`);
    await phone.getByTestId('record-acceptance').waitFor();
    await shoot(phone, 'rough-edges-console-acceptance-390');
  });

  test('in the portal: the buyer gives the reason, confirms, and adds a photo of the damage', async () => {
    const delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 6 }]));
    const invited = await api('POST', `/api/v1/customers/${customer.id}/portal-users`, 'sales', { email: 'chen.buyer@yunfan.test', name: '陈采购' });
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => consoleErrors.push(`portal: ${error.message}`));
    await page.goto(`${baseUrl}${new URL(invited.handedOverLink.url).pathname}`);
    await page.getByTestId('link-continue').click();
    await page.waitForURL(/\/portal/);
    await page.goto(`${baseUrl}/portal/orders/${delivered.id}`);
    const form = page.getByTestId('acceptance-form');
    await form.waitFor();

    await form.locator('label').filter({ hasText: '部分合格' }).click();
    await page.locator('#lines_0_acceptedQuantity').fill('5');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.textContent()).toContain(zh.planAcceptance.reasonRequired);
    expect(await page.locator('.ant-modal').count()).toBe(0);

    await page.locator('#lines_0_comment').fill('一台外壳有划痕');
    await form.locator('button[type=submit]').click();
    const confirm = page.locator('.ant-modal').filter({ hasText: zh.planAcceptance.confirmTitle });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('一台外壳有划痕');
    await shoot(page, 'rough-edges-portal-acceptance-confirm-1440');
    await confirm.getByRole('button', { name: zh.planAcceptance.confirmOk }).click();
    const recorded = page.getByTestId('acceptance-recorded');
    await recorded.waitFor();

    await recorded.locator('input[type=file]').setInputFiles({ name: '划痕.png', mimeType: 'image/png', buffer: onePixelPng });
    await recorded.getByTestId('portal-photo').filter({ hasText: '划痕.png' }).waitFor();
    expect((await api('GET', `/api/v1/orders/${delivered.id}/acceptance`, 'admin')).photos).toEqual([expect.objectContaining({ fileName: '划痕.png' })]);
    await shoot(page, 'rough-edges-portal-acceptance-photos-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, 'rough-edges-portal-acceptance-photos-390');
  });

  test('no page logged an error', () => {
    expect(consoleErrors.filter((e) => !e.includes('409') && !e.includes('422'))).toEqual([]);
  });
});
