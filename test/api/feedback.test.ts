import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderEvents, orderReadyToShip } from '../support/fulfilment.js';
import { startSmtpServer, type ReceivedMail } from '../support/receivers.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let customer: any;
let product: any;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  product = await createProduct(t, { priceMinor: 30_00 });
  await receiveStock(t, product.id, 200);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const answer = { responseSpeed: 5, productQuality: 4, deliveryTimeliness: 5, serviceAttitude: 4, comments: '发货很快', suggestions: '包装可以再结实些' };

/** Delivers an order and lets the survey go out: returns the order and the token from the email the customer got. */
async function surveyedOrder(): Promise<{ order: any; token: string }> {
  const ready = await orderReadyToShip(t, customer.id, [{ productId: product.id, quantity: 2 }]);
  const order = await deliverOrder(t, ready);
  await t.drain();
  expect(surveyMails(order.number)).toEqual([]);
  t.clock.advance(24 * 3_600_000);
  await t.drain();
  const [mail] = surveyMails(order.number);
  expect(surveyMails(order.number)).toHaveLength(1);
  const token = /https:\/\/ordo\.example\.test\/survey\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
  return { order, token };
}

/** The survey emails the customer received. */
function surveyMails(number: string): ReceivedMail[] {
  return smtp.received.filter((m) => m.to.includes('wang@customer.test') && m.subject === `满意度调查：${number}`);
}

async function feedbackCount(): Promise<number> {
  const result = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM feedback`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

describe('satisfaction survey', () => {
  test('the customer gets a link within three days of delivery and answers it once, without signing in', async () => {
    const { order, token } = await surveyedOrder();
    const page = await t.call({ method: 'GET', url: `/api/v1/surveys/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.data).toMatchObject({ orderNumber: order.number, customerName: '杭州云帆贸易', questions: ['responseSpeed', 'productQuality', 'deliveryTimeliness', 'serviceAttitude'] });

    const res = await t.call({ method: 'POST', url: `/api/v1/surveys/${token}`, payload: answer });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({ orderId: order.id, overall: 4.5, comments: '发货很快', suggestions: '包装可以再结实些', recordedByLabel: 'customer (survey link)', acceptanceResult: null });

    const count = await feedbackCount();
    const second = await t.call({ method: 'POST', url: `/api/v1/surveys/${token}`, payload: { ...answer, productQuality: 1 } });
    expect(second.statusCode).toBe(409);
    expect(second.data.code).toBe('survey_answered');
    expect(await feedbackCount()).toBe(count);

    const list = await t.call({ method: 'GET', url: `/api/v1/feedback?orderId=${order.id}`, headers: await t.as('manager') });
    expect(list.data.items).toEqual([expect.objectContaining({ id: res.data.id, productQuality: 4 })]);
    expect((await t.call({ method: 'GET', url: '/api/v1/feedback', headers: await t.as('warehouse') })).statusCode).toBe(403);
    expect(await orderEvents(t, order.id)).toEqual(expect.arrayContaining(['order.delivered', 'order.survey_sent', 'order.feedback_received']));
    const like = `%${token}%`;
    const stored = (await t.database.db.execute(
      sql`SELECT (SELECT count(*) FROM audit_events WHERE after::text LIKE ${like})::int + (SELECT count(*) FROM notifications WHERE data::text LIKE ${like})::int
        + (SELECT count(*) FROM outbox WHERE payload::text LIKE ${like})::int + (SELECT count(*) FROM jobs WHERE payload::text LIKE ${like})::int
        + (SELECT count(*) FROM notification_deliveries WHERE body LIKE ${like} OR link::text LIKE ${like})::int AS n`,
    )) as unknown as { rows: { n: number }[] };
    expect(stored.rows[0]!.n).toBe(0); // the token is in the customer's message only: minted as it was sent, kept nowhere
  });

  test('an order the customer accepted is completed once the survey has gone out', async () => {
    const ready = await orderReadyToShip(t, customer.id, [{ productId: product.id, quantity: 1 }]);
    const delivered = await deliverOrder(t, ready);
    const accepted = await t.call({ method: 'POST', url: `/api/v1/orders/${delivered.id}/acceptance`, headers: await t.as('sales'), payload: { lines: [{ lineId: delivered.lines[0].id, result: 'pass' }] } });
    expect(accepted.statusCode).toBe(201);
    t.clock.advance(24 * 3_600_000);
    await t.drain();
    const order = (await t.call({ method: 'GET', url: `/api/v1/orders/${delivered.id}`, headers: await t.as('admin') })).data;
    expect(order.status).toBe('completed');
  });

  test('a low score opens a complaint case for after-sales', async () => {
    const { order, token } = await surveyedOrder();
    const res = await t.call({ method: 'POST', url: `/api/v1/surveys/${token}`, payload: { ...answer, serviceAttitude: 1, comments: '客服不回电话' } });
    expect(res.statusCode).toBe(201);
    const cases = await t.call({ method: 'GET', url: `/api/v1/cases?orderId=${order.id}`, headers: await t.as('after_sales') });
    expect(cases.data.items).toEqual([expect.objectContaining({ type: 'complaint', source: 'survey', status: 'open' })]);
    expect(cases.data.items[0].summary).toContain('serviceAttitude 1');
  });

  test('expired and forged links are refused, and nothing is recorded', async () => {
    const { token } = await surveyedOrder();
    const count = await feedbackCount();
    const forged = await t.call({ method: 'POST', url: `/api/v1/surveys/${'x'.repeat(43)}`, payload: answer });
    expect(forged.statusCode).toBe(404);
    expect(forged.data.code).toBe('survey_link_unknown');
    expect((await t.call({ method: 'GET', url: `/api/v1/surveys/${token.slice(0, -2)}AA` })).statusCode).toBe(404);

    t.clock.advance(15 * 24 * 3_600_000);
    const expired = await t.call({ method: 'POST', url: `/api/v1/surveys/${token}`, payload: answer });
    expect(expired.statusCode).toBe(410);
    expect(expired.data.code).toBe('survey_link_expired');
    expect((await t.call({ method: 'GET', url: `/api/v1/surveys/${token}` })).statusCode).toBe(410);
    expect(await feedbackCount()).toBe(count);
  });

  test('scores outside 1–5 are refused naming the field', async () => {
    const res = await t.call({ method: 'POST', url: `/api/v1/surveys/${'y'.repeat(43)}`, payload: { ...answer, productQuality: 6 } });
    expect(res.statusCode).toBe(400);
    expect(res.data.errors).toEqual([expect.objectContaining({ path: '/productQuality' })]);
  });

  test('the audit trail verifies', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
    expect(res.data.ok).toBe(true);
  });
});
