import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { migrationsFolder } from '../../src/platform/db/migrate.js';
import { queryRows } from '../../src/platform/db/sql.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, placeOrder, receiveStock } from '../support/fixtures.js';

/*
 * 0023 turns the sentences Ordo stored for people into codes with parameters: the findings
 * of orders, the summaries of tasks and of the cases Ordo opened by itself. The database is
 * migrated already; rows are written back as an older Ordo left them, and the migration's
 * data statements run again over them.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function runDataStatements(): Promise<void> {
  const text = fs.readFileSync(path.join(migrationsFolder, '0023_i18n.sql'), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) {
    if (!/^\s*ALTER TABLE/.test(statement)) await t.database.db.execute(sql.raw(statement));
  }
}

test('stored sentences become codes with parameters; what cannot be read back keeps its sentence', async () => {
  const db = t.database.db;
  const customer = await createCustomer(t);
  const product = await createProduct(t, { sku: 'XH-SM750' });
  await receiveStock(t, product.id, 9);
  const order = (await placeOrder(t, { customerId: customer.id, channel: 'api', lines: [{ productId: product.id, quantity: 12 }], paymentStatus: 'unpaid' })).data;
  expect(order.status).toBe('exception');
  const old = {
    exceptions: [
      { code: 'missing_delivery_date', message: 'No delivery date was given', path: '/requestedDeliveryDate' },
      { code: 'stock_shortage_unpaid', message: 'XH-SM750: 3 of 12 are not in stock and the order is not prepaid', path: '/lines/0/quantity' },
      { code: 'special_requirements_unclear', message: 'Special requirements are unclear: customisation parameter "颜色" is not settled ("待定")', path: '/specialRequirements' },
      { code: 'special_requirements_unclear', message: 'Special requirements are unclear: something new', path: '/specialRequirements' },
    ],
    warnings: [{ code: 'possible_duplicate', message: 'Same customer and lines as order 202405-001, received 2024-05-10T01:00:00.000Z' }],
  };
  await db.execute(sql`UPDATE orders SET exceptions = ${JSON.stringify(old.exceptions)}::jsonb, warnings = ${JSON.stringify(old.warnings)}::jsonb WHERE id = ${order.id}`);
  await db.execute(sql`UPDATE tasks SET summary = 'Clarify with the customer: No delivery date was given', summary_params = NULL WHERE order_id = ${order.id}`);
  const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales'), payload: { orderId: order.id, type: 'quality', summary: '客户来电' } });
  expect(opened.statusCode, opened.body).toBe(201);
  const acceptanceCase = opened.data.id;
  await db.execute(sql`UPDATE aftersales_cases SET source = 'acceptance', summary = 'Acceptance partial: line 1 XH-SM750 partial (5/6): 外壳破损; 划痕; line 2 XH-2 fail (0/2)' WHERE id = ${acceptanceCase}`);
  const staffCase = (await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales'), payload: { orderId: order.id, type: 'complaint', summary: 'Acceptance partial: typed by a person' } })).data.id;
  const surveyCase = (await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales'), payload: { orderId: order.id, type: 'complaint', summary: 'x' } })).data.id;
  await db.execute(sql`UPDATE aftersales_cases SET source = 'survey', summary = 'Low satisfaction scores (deliveryTimeliness 2, serviceAttitude 1): 太慢了' WHERE id = ${surveyCase}`);

  await runDataStatements();

  const view = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('admin') })).data;
  expect(view.exceptions).toEqual([
    { code: 'missing_delivery_date', params: {}, message: 'No delivery date was given', path: '/requestedDeliveryDate' },
    { code: 'stock_shortage_unpaid', params: { sku: 'XH-SM750', short: 3, quantity: 12 }, message: old.exceptions[1]!.message, path: '/lines/0/quantity' },
    { code: 'special_requirements_unclear', params: { reason: 'parameter_unsettled', name: '颜色', marker: '待定' }, message: old.exceptions[2]!.message, path: '/specialRequirements' },
    // Not read back: it keeps its sentence and no parameters.
    { code: 'special_requirements_unclear', params: {}, message: old.exceptions[3]!.message, path: '/specialRequirements' },
  ]);
  expect(view.warnings).toEqual([{ code: 'possible_duplicate', params: { number: '202405-001', receivedAt: '2024-05-10T01:00:00.000Z' }, message: old.warnings[0]!.message }]);
  const [stored] = await queryRows<{ exceptions: any[] }>(db, sql`SELECT exceptions FROM orders WHERE id = ${order.id}`);
  expect(stored!.exceptions.filter((f) => 'message' in f)).toHaveLength(1);

  const [task] = await queryRows<{ summary: string; summary_params: unknown }>(db, sql`SELECT summary, summary_params FROM tasks WHERE order_id = ${order.id} AND kind = 'order_exception'`);
  expect(task).toEqual({ summary: 'task.clarify_exceptions', summary_params: { findings: ['missing_delivery_date', 'stock_shortage_unpaid', 'special_requirements_unclear', 'special_requirements_unclear'] } });

  const caseOf = async (id: string) => (await t.call({ method: 'GET', url: `/api/v1/cases/${id}`, headers: await t.as('admin') })).data;
  expect(await caseOf(acceptanceCase)).toMatchObject({
    summaryCode: 'case.acceptance_failed',
    summaryParams: {
      result: 'partial',
      lines: [
        { lineNo: 1, sku: 'XH-SM750', result: 'partial', accepted: 5, delivered: 6, comment: '外壳破损; 划痕' },
        { lineNo: 2, sku: 'XH-2', result: 'fail', accepted: 0, delivered: 2 },
      ],
    },
  });
  expect(await caseOf(surveyCase)).toMatchObject({
    summaryCode: 'case.low_scores',
    summaryParams: { scores: [{ question: 'deliveryTimeliness', score: 2 }, { question: 'serviceAttitude', score: 1 }], comments: '太慢了' },
    summary: 'Low satisfaction scores (deliveryTimeliness 2, serviceAttitude 1): 太慢了',
  });
  // A person's words stay theirs, whatever they look like.
  expect(await caseOf(staffCase)).toMatchObject({ summaryCode: null, summary: 'Acceptance partial: typed by a person' });

  // Run again: nothing changes.
  await runDataStatements();
  expect((await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('admin') })).data.exceptions).toEqual(view.exceptions);
});
