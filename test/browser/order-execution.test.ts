import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot, staffSession, zh, pickOption } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/*
 * The execution of an order on the console's order detail, in headless Chromium against a
 * real server: the stage owner sees the plan as a Gantt chart and reports the first stage
 * done, the flowchart shows where the order stands, the warehouse ships it with a tracking
 * number and records the delivery, and after-sales claims the case opened on it.
 */

const webRoot = path.resolve('dist/web');

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let order: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function session(role: Role, options: { mobile?: boolean } = {}): Promise<Page> {
  await t.as(role); // creates the user
  return staffSession(browser, baseUrl, role, options, { consoleErrors, contexts });
}

async function api(method: 'GET' | 'POST', url: string, role: Role, payload?: Record<string, unknown>) {
  const res = await t.call({ method, url, headers: await t.as(role), ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.data;
}

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The console's Chinese texts, so the test reads what the user reads. */

const plan = () => api('GET', `/api/v1/orders/${order.id}/plan`, 'admin');
const status = async () => (await api('GET', `/api/v1/orders/${order.id}`, 'admin')).status;
/** The stage's row in the list under the chart: its name and status, with the owner's buttons beside them. */
const stageRow = (page: Page, key: string) => page.getByTestId(`stage-${key}`).locator('xpath=..');

beforeAll(async () => {
  // The server's clock is the browser's, so the Gantt chart's today line and late stages agree with the plan.
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createTrustedCustomer(t, { name: '宁波海川电子有限公司' });
  const sensor = await createProduct(t, { sku: 'SEN-410', name: '温度传感器 T410', priceMinor: 120_00 });
  await receiveStock(t, sensor.id, 100);
  order = await placeApprovedOrder(t, customer.id, [{ productId: sensor.id, quantity: 8 }]);
  await t.drain(); // the worker makes the plan
  expect(await status()).toBe('planned');
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe("an order's execution on the console", () => {
  test('the stage owner sees the plan as a Gantt chart and reports the first stage done', async () => {
    const { stages } = await plan();
    const first = stages[0];
    const page = await session(first.ownerRole);
    await page.goto(`${baseUrl}/orders/${order.id}?tab=plan`);
    const gantt = page.getByTestId('plan-gantt');
    await gantt.waitFor();
    expect(await gantt.locator('g[data-stage]').count()).toBe(stages.length);
    await page.getByTestId('gantt-today').waitFor({ state: 'attached' });

    await stageRow(page, first.key).getByRole('button', { name: /^完\s?成$/ }).click();
    await page.getByTestId(`stage-${first.key}`).locator('[data-status=done]').waitFor();
    await gantt.locator(`g[data-stage="${first.key}"][data-status=done]`).waitFor();
    await page.getByTestId('order-detail').locator('[data-status=in_progress]').first().waitFor();
    await shoot(page, 'order-execution-plan');
    expect(await status()).toBe('in_progress');
  });

  test('the flowchart highlights the current status and marks the road travelled', async () => {
    const page = await session('manager');
    await page.goto(`${baseUrl}/orders/${order.id}`);
    const flow = page.getByTestId('process-flow');
    await flow.waitFor();
    await flow.locator('.react-flow__node[data-id="in_progress"].process-current').waitFor();
    for (const passed of ['received', 'under_review', 'approved', 'planned']) {
      expect(await flow.locator(`.react-flow__node[data-id="${passed}"]`).getAttribute('class')).toContain('process-travelled');
    }
    expect(await flow.locator('.react-flow__node[data-id="shipped"]').getAttribute('class')).toContain('process-ahead');
    expect(await flow.locator('.react-flow__edge.process-taken').count()).toBeGreaterThanOrEqual(4);
    await shoot(page, 'order-execution-flow');

    // A later stage cannot move before the ones ahead of it are done: it offers a delay report, not start or finish.
    await page.getByRole('tab', { name: '执行计划' }).click();
    const last = (await plan()).stages.at(-1);
    const lastActions = page.getByTestId(`stage-actions-${last.key}`);
    await lastActions.getByRole('button', { name: '报告延误' }).waitFor();
    expect(await lastActions.getByRole('button', { name: /^(完\s?成|开\s?始)$/ }).count()).toBe(0);
    await page.getByTestId(`stage-${last.key}`).locator('[data-status=pending]').waitFor();

    // The flowchart library is not part of the console's first load: it comes with its own chunk.
    const html = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    const entry = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => fs.readFileSync(path.join(webRoot, m[1]!), 'utf8')).join('');
    expect(entry).not.toContain('react-flow__');
  });

  test('the warehouse reports a delay on packing with its contingency, finishes packing, ships with a tracking number and records the delivery', async () => {
    const page = await session('warehouse');
    await page.goto(`${baseUrl}/orders/${order.id}?tab=plan`);
    await stageRow(page, 'packing').getByRole('button', { name: '报告延误' }).click();
    await page.getByTestId('delay-form').waitFor();
    await page.locator('#reason').fill('包装材料未到货');
    await page.locator('.ant-select').filter({ has: page.locator('#contingency') }).click();
    await pickOption(page, '备用供应商');
    await page.locator('#measure').fill('改用本地包材供应商');
    t.clock.set(new Date()); // the server's clock catches up with the moment the delay became known
    await page.getByRole('button', { name: '提交延误报告' }).click();
    await page.getByTestId('delay-form').waitFor({ state: 'detached' });
    await page.getByText('改用本地包材供应商').first().waitFor();
    await shoot(page, 'order-execution-delay');
    expect((await plan()).delays).toEqual([expect.objectContaining({ stageKey: 'packing', contingency: 'backup_supplier', status: 'applied' })]);

    await stageRow(page, 'packing').getByRole('button', { name: /^完\s?成$/ }).click();
    await page.getByTestId('order-detail').locator('.ant-tag[data-status=ready_to_ship]').first().waitFor();
    for (const stage of (await plan()).stages.filter((s: any) => !s.delivery && s.status !== 'done')) {
      await api('POST', `/api/v1/orders/${order.id}/plan/stages/${stage.id}/progress`, stage.ownerRole, { status: 'done' });
    }
    expect(await status()).toBe('ready_to_ship');

    await page.getByRole('tab', { name: '发货与物流' }).click();
    await page.getByTestId('new-shipment').click();
    const form = page.getByTestId('shipment-form');
    await form.waitFor();
    await page.locator('.ant-select').filter({ has: page.locator('#carrierCode') }).click();
    await pickOption(page, '顺丰速运');
    await page.locator('#trackingNumber').fill('SF1234567890');
    await page.locator('#cost').fill('25');
    await shoot(page, 'order-execution-new-shipment');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const shipment = page.getByTestId('shipment');
    await shipment.getByTestId('tracking-number').getByText('SF1234567890').waitFor();
    await page.getByTestId('order-detail').locator('.ant-tag[data-status=shipped]').first().waitFor();
    await shipment.getByRole('button', { name: '装箱单' }).click();
    await page.getByTestId('pack-list').getByText('宁波海川电子有限公司').waitFor();
    await page.locator('.ant-modal-close').click();
    await page.getByTestId('pack-list').waitFor({ state: 'detached' });

    await shipment.getByRole('button', { name: '添加物流跟踪', exact: true }).click();
    await page.locator('.ant-select').filter({ has: page.locator('#status') }).click();
    await pickOption(page, '已签收');
    await page.locator('#location').fill('宁波北仑客户仓库');
    await page.getByTestId('tracking-form').locator('button[type=submit]').click();
    await shipment.locator('[data-status=delivered]').waitFor();
    await shipment.getByText('宁波北仑客户仓库').waitFor();
    await page.getByTestId('order-detail').locator('.ant-tag[data-status=delivered]').first().waitFor();
    await shoot(page, 'order-execution-shipments');
    expect(await status()).toBe('delivered');
  });

  test('after-sales sees the case opened on the order and claims it', async () => {
    const [line] = order.lines;
    const accepted = await api('POST', `/api/v1/orders/${order.id}/acceptance`, 'logistics', { lines: [{ lineId: line.id, result: 'partial', acceptedQuantity: 7, comment: '一只外壳破裂' }] });
    expect(accepted.caseId).toEqual(expect.any(String));

    const page = await session('after_sales');
    await page.goto(`${baseUrl}/orders/${order.id}?tab=acceptance`);
    await page.getByTestId('acceptance').getByText('7 / 8').waitFor();
    await page.getByRole('tab', { name: '售后工单' }).click();
    const listed = page.getByTestId('case');
    await listed.getByText('质量问题').waitFor();
    await listed.click();
    await page.getByRole('button', { name: /^接\s?单$/ }).click();
    await page.getByTestId('cases').locator('.ant-collapse-header').getByText('after_sales', { exact: true }).waitFor();
    await page.getByRole('button', { name: '记录沟通', exact: true }).click();
    await page.locator('#summary').fill('已致电客户，同意补发一只');
    await page.getByTestId('case-contact-form').locator('button[type=submit]').click();
    await page.getByTestId('cases').getByText('已致电客户，同意补发一只').waitFor();
    await shoot(page, 'order-execution-cases');
  });

  test('the warehouse adds a photo and the signed delivery note in one go; a file that is not a photo is refused', async () => {
    const page = await session('logistics');
    await page.goto(`${baseUrl}/orders/${order.id}?tab=acceptance`);
    const acceptance = page.getByTestId('acceptance');
    await acceptance.getByText(zh.cases.noPhotos).waitFor();
    const picker = acceptance.locator('input[type=file]');
    await picker.setInputFiles([
      { name: '外壳破裂.png', mimeType: 'image/png', buffer: onePixelPng },
      { name: '签收单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
    ]);
    await acceptance.locator('img[alt="外壳破裂.png"]').waitFor();
    await acceptance.getByRole('link', { name: '签收单.pdf' }).waitFor();
    await picker.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
    await acceptance.getByText(zh.errors.unsupported_file_type).waitFor();
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('415')]);
    expect((await api('GET', `/api/v1/orders/${order.id}/acceptance`, 'admin')).photos).toHaveLength(2);
  });

  test('on a phone the order detail fits the screen; the Gantt chart scrolls inside itself', async () => {
    const page = await session('manager', { mobile: true });
    await page.goto(`${baseUrl}/orders/${order.id}?tab=plan`);
    await page.getByTestId('plan-gantt').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shoot(page, 'order-execution-phone');
    expect(consoleErrors).toEqual([]);
  });
});
