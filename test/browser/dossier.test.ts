import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, exportView, launchChromium, shoot, staffSession, zh } from '../support/browser.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';
import { pdfText } from '../support/pdf-text.js';

/*
 * In zh-CN: the manager downloads a delivered order's dossier from its page, as a PDF and as
 * JSON, and sees the download in the order's history; the feedback list exports what it shows.
 */

let t: TestApp;
let browser: Browser;
let baseUrl: string;
let page: Page;
let order: any;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  const product = await createProduct(t, { name: '离心泵', priceMinor: 300_00 });
  await receiveStock(t, product.id, 10);
  order = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: product.id, quantity: 2 }]));
  const feedback = await t.call({ method: 'POST', url: '/api/v1/feedback', headers: await t.as('after_sales'), payload: { orderId: order.id, responseSpeed: 5, productQuality: 4, deliveryTimeliness: 5, serviceAttitude: 5, comments: '送货及时' } });
  expect(feedback.statusCode).toBe(201);
  browser = await launchChromium();
  await t.as('manager');
  page = await staffSession(browser, baseUrl, 'manager', {}, { consoleErrors, contexts });
});

afterAll(() => closeBrowserTest(contexts, browser, t));

describe('the order dossier and the feedback export (zh-CN)', () => {
  test('订单档案 downloads the PDF in Chinese and the JSON; the history shows the export', async () => {
    await page.goto(`${baseUrl}/orders/${order.id}`);
    await page.getByTestId('order-number').filter({ hasText: order.number }).waitFor();
    await page.getByRole('button', { name: zh.dossier.button }).click();
    await shoot(page, 'dossier-menu');
    const pdfDownload = page.waitForEvent('download');
    await page.getByTestId('dossier-pdf').click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe(`dossier-${order.number}.pdf`);
    const text = pdfText(fs.readFileSync((await pdf.path())!)).join('\n');
    for (const words of ['订单档案', order.number, '杭州云帆贸易', '已签收', '接收订单', '送货及时', '完好']) expect(text).toContain(words);

    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: zh.dossier.button }).click();
    const jsonDownload = page.waitForEvent('download');
    await page.getByTestId('dossier-json').click();
    const json = await jsonDownload;
    expect(json.suggestedFilename()).toBe(`dossier-${order.number}.json`);
    const dossier = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(dossier).toMatchObject({ order: { number: order.number }, feedback: [{ comments: '送货及时' }], verification: { ok: true } });

    await page.reload();
    await page.getByText(zh.auditActions.order.dossier_exported).first().waitFor();
    expect(consoleErrors).toEqual([]);
  });

  test('导出 on the feedback list writes the answers it shows', async () => {
    await page.goto(`${baseUrl}/feedback`);
    await page.getByTestId('feedback-list').getByText(order.number).waitFor();
    await shoot(page, 'dossier-feedback-list');
    const csv = await exportView(page, zh.dataTable.export.button, 'csv');
    expect(csv.suggestedFilename()).toMatch(/^feedback-\d{8}\.csv$/);
    const rows = parse(fs.readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(rows[0]!.slice(0, 4)).toEqual([zh.aftersalesDesk.feedback.recordedAt, '订单号', zh.aftersalesDesk.feedback.customer, zh.survey.questions.responseSpeed]);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[7], r[10]])).toEqual([[order.number, '杭州云帆贸易', '4.8', '送货及时']]);
    expect(consoleErrors).toEqual([]);
  });
});
