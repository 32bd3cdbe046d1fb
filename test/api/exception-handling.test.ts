import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
let customer: any;
let device: any;

async function topics(orderId: string): Promise<{ topic: string; payload: any }[]> {
  const result = (await t.database.db.execute(sql`SELECT topic, payload FROM outbox WHERE payload->>'orderId' = ${orderId} ORDER BY created_at, topic`)) as unknown as {
    rows: { topic: string; payload: any }[];
  };
  return result.rows;
}

async function reviewOf(orderId: string) {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/${orderId}/review`, headers: await t.as('specialist') })).data;
}

function waitingStep(review: any) {
  return review.rounds[0].steps.find((s: any) => s.status === 'waiting');
}

const contact = async (orderId: string) =>
  t.call({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/contacts`,
    headers: await t.as('specialist'),
    payload: { channel: 'phone', summary: '与王经理电话确认：下周付清全款', outcome: '客户同意先付款' },
  });

const resubmit = async (orderId: string, body: Record<string, unknown>) =>
  t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/resubmit`, headers: await t.as('specialist'), payload: body });

beforeAll(async () => {
  t = await createTestApp();
  // Prepaid terms: an unpaid order fails the credit check.
  customer = await createCustomer(t, { name: '成都天府食品机械', tier: 'normal', paymentTerms: { kind: 'prepaid' } });
  device = await createProduct(t, { priceMinor: 30_000_00 });
  await receiveStock(t, device.id, 10);
});
afterAll(async () => t?.close());

describe('returned with questions', () => {
  const returnComment = '客户为预付款条件，请确认付款时间';

  /** An unpaid order of the prepaid customer, returned by finance at the credit step: in exception. */
  async function returnedOrder(): Promise<any> {
    const placed = (await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'unpaid' })).data;
    const credit = waitingStep(await reviewOf(placed.id));
    const returned = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.id}/review/${credit.id}`, headers: await t.as('finance'), payload: { decision: 'return', comment: returnComment } });
    expect(returned.data.status).toBe('exception');
    return returned.data;
  }

  test('return → exception, with a specialist task due in 2 h and messages to the specialists', async () => {
    const order = (await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'unpaid' })).data;
    expect(order.status).toBe('under_review');
    const credit = waitingStep(await reviewOf(order.id));
    expect(credit).toMatchObject({ key: 'credit', evidence: { reasons: expect.arrayContaining([expect.objectContaining({ code: 'prepayment_required' })]) } });

    const noComment = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/review/${credit.id}`, headers: await t.as('finance'), payload: { decision: 'return' } });
    expect(noComment.statusCode).toBe(400);
    const returned = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/review/${credit.id}`,
      headers: await t.as('finance'),
      payload: { decision: 'return', comment: returnComment },
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.data).toMatchObject({ status: 'exception', version: order.version + 1 });

    const { data: tasks } = await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${order.id}`, headers: await t.as('specialist') });
    expect(tasks.items).toEqual([
      expect.objectContaining({
        kind: 'order_exception',
        orderId: order.id,
        customerId: customer.id,
        role: 'specialist',
        status: 'open',
        dueAt: new Date(t.clock.now().getTime() + 2 * 3_600_000).toISOString(),
        summary: expect.stringContaining('客户为预付款条件'),
      }),
    ]);
    expect((await t.call({ method: 'GET', url: '/api/v1/tasks', headers: await t.as('finance') })).data.items).toEqual([]);

    const messages = await topics(order.id);
    expect(messages.find((m) => m.topic === 'order.returned')!.payload).toEqual({
      orderId: order.id,
      number: order.number,
      step: 'credit',
      comment: returnComment,
      audience: { roles: ['specialist'] },
    });
    expect(messages.find((m) => m.topic === 'task.created')!.payload).toMatchObject({ orderId: order.id, number: order.number, audience: { roles: ['specialist'] } });
    const review = await reviewOf(order.id);
    expect(review.status).toBe('returned');
    expect(review.rounds[0].steps.map((s: any) => s.status)).toEqual(['approved', 'returned', 'approved', 'approved', 'not_reached']);
  });

  test('resubmitting before the customer was contacted is refused', async () => {
    const order = await returnedOrder();
    const res = await resubmit(order.id, { corrections: { paymentStatus: 'paid' }, note: '客户已付款' });
    expect(res.statusCode).toBe(409);
    expect(res.data.code).toBe('contact_required');
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: await t.as('specialist') })).data.status).toBe('exception');
  });

  test('contact logged, chain changed meanwhile, resubmitted paid: a new round on the same chain version', async () => {
    const order = await returnedOrder();
    t.clock.advance(30 * 60_000);
    const logged = await contact(order.id);
    expect(logged.statusCode).toBe(201);
    expect(logged.data).toMatchObject({ channel: 'phone', contactedByLabel: 'specialist', at: t.clock.now().toISOString() });
    const log = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/contacts`, headers: await t.as('sales') });
    expect(log.data.items.map((c: any) => c.summary)).toEqual(['与王经理电话确认：下周付清全款']);

    const manager = await t.as('manager');
    const { data: chain } = await t.call({ method: 'GET', url: '/api/v1/review/chains/standard', headers: manager });
    const started = chain.current.version;
    const saveChain = (steps: unknown[], version: number) =>
      t.call({ method: 'PUT', url: '/api/v1/review/chains/standard', headers: { ...manager, 'if-match': `"${version}"` }, payload: { steps } });
    expect((await saveChain(chain.current.steps.filter((s: any) => s.key !== 'capacity'), started)).statusCode).toBe(200);
    let review: any;
    try {
      const res = await resubmit(order.id, { corrections: { paymentStatus: 'paid' }, note: '客户确认已付全款' });
      expect(res.statusCode).toBe(200);
      expect(res.data).toMatchObject({ status: 'under_review', paymentStatus: 'paid' });
      review = await reviewOf(order.id);
    } finally {
      // The chain goes back as it was, for the orders of other tests.
      await saveChain(chain.current.steps, started + 1);
    }
    expect(review).toMatchObject({ chain: { version: started }, round: 2, status: 'in_progress' });
    expect(review.rounds.map((r: any) => r.round)).toEqual([2, 1]);
    expect(review.rounds[0].steps.map((s: any) => [s.key, s.status])).toEqual([
      ['basic', 'approved'],
      ['credit', 'approved'],
      ['capacity', 'approved'],
      ['materials', 'approved'],
      ['final', 'waiting'],
    ]);
    expect((await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${order.id}`, headers: await t.as('specialist') })).data.items).toEqual([]);
    const done = await t.call({ method: 'GET', url: `/api/v1/tasks?status=done&orderId=${order.id}`, headers: await t.as('specialist') });
    expect(done.data.items).toEqual([expect.objectContaining({ orderId: order.id, doneNote: '客户确认已付全款' })]);
  });

  test('a step of the earlier round is stale', async () => {
    const order = await returnedOrder();
    t.clock.advance(60_000); // a contact counts when it comes after the return
    await contact(order.id);
    expect((await resubmit(order.id, { corrections: { paymentStatus: 'paid' }, note: '客户确认已付全款' })).statusCode).toBe(200);
    const review = await reviewOf(order.id);
    const oldFinal = review.rounds[1].steps.find((s: any) => s.key === 'final');
    const res = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/review/${oldFinal.id}`, headers: await t.as('manager'), payload: { decision: 'approve' } });
    expect(res.statusCode).toBe(409);
    expect(res.data.code).toBe('stale_review');
    const oldCredit = review.rounds[1].steps.find((s: any) => s.key === 'credit');
    const decided = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/review/${oldCredit.id}`, headers: await t.as('finance'), payload: { decision: 'approve' } });
    expect(decided.data.code).toBe('step_already_decided');
  });
});

describe('exceptions at intake', () => {
  test('a missing delivery date: exception and a task; contact, resubmit with the date → review', async () => {
    const order = (await placeOrder(t, { customerId: customer.id, channel: 'api', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' })).data;
    expect(order).toMatchObject({ status: 'exception', exceptions: [expect.objectContaining({ code: 'missing_delivery_date' })] });
    const tasks = (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${order.id}`, headers: await t.as('specialist') })).data.items;
    expect(tasks).toEqual([expect.objectContaining({ summaryCode: 'task.clarify_exceptions', summaryParams: { findings: ['missing_delivery_date'] }, status: 'open' })]);
    expect((await topics(order.id)).find((m) => m.topic === 'task.created')!.payload).toMatchObject({ orderId: order.id, number: order.number });
    const notReviewed = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/review`, headers: await t.as('specialist') });
    expect(notReviewed.statusCode).toBe(404);

    t.clock.advance(60_000);
    await contact(order.id);
    const stillMissing = await resubmit(order.id, { note: '客户还没定' });
    expect(stillMissing.data).toMatchObject({ status: 'exception', exceptions: [expect.objectContaining({ code: 'missing_delivery_date' })] });
    const newTask = (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${order.id}`, headers: await t.as('specialist') })).data.items;
    expect(newTask).toHaveLength(1);
    expect(newTask[0].id).not.toBe(tasks[0].id);
    // Back in exception: a new contact is needed before the next resubmission.
    expect((await resubmit(order.id, { corrections: { requestedDeliveryDate: daysAfter(t, 9) }, note: 'x' })).data.code).toBe('contact_required');

    t.clock.advance(60_000);
    await contact(order.id);
    const res = await resubmit(order.id, { corrections: { requestedDeliveryDate: daysAfter(t, 9) }, note: '客户确认交期' });
    expect(res.data).toMatchObject({ status: 'under_review', requestedDeliveryDate: daysAfter(t, 9), exceptions: [] });
    expect((await reviewOf(order.id)).round).toBe(1);
  });

  test('only an order in exception can be resubmitted; completing a task needs its role', async () => {
    const order = (await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 9), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' })).data;
    const res = await resubmit(order.id, { note: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.data.code).toBe('invalid_transition');

    const exception = (await placeOrder(t, { customerId: customer.id, channel: 'api', lines: [{ productId: device.id, quantity: 2 }], paymentStatus: 'paid' })).data;
    const [task] = (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${exception.id}`, headers: await t.as('specialist') })).data.items;
    const wrong = await t.call({ method: 'POST', url: `/api/v1/tasks/${task.id}/complete`, headers: await t.as('logistics'), payload: {} });
    expect(wrong.statusCode).toBe(403);
    const done = await t.call({ method: 'POST', url: `/api/v1/tasks/${task.id}/complete`, headers: await t.as('specialist'), payload: { note: '客户取消' } });
    expect(done.data).toMatchObject({ status: 'done', doneNote: '客户取消' });
    expect((await t.call({ method: 'POST', url: `/api/v1/tasks/${task.id}/complete`, headers: await t.as('specialist'), payload: {} })).data.code).toBe('task_closed');
  });
});
