import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';

/* The exception desk, order owners, and tasks handed over, scheduled, warned and escalated. */

let t: TestApp;
let customer: any;
let device: any;
let cable: any;

async function outbox(topic: string): Promise<{ payload: any }[]> {
  const result = (await t.database.db.execute(sql`SELECT payload FROM outbox WHERE topic = ${topic} ORDER BY created_at`)) as unknown as { rows: { payload: any }[] };
  return result.rows;
}

async function notificationsOf(userId: string): Promise<string[]> {
  const result = (await t.database.db.execute(sql`SELECT topic FROM notifications WHERE user_id = ${userId}::uuid ORDER BY created_at, topic`)) as unknown as { rows: { topic: string }[] };
  return result.rows.map((r) => r.topic);
}

const ids = new Map<string, string>();
/** The user's id (remembered: a deactivated user can no longer ask). */
async function idOf(role: Parameters<TestApp['as']>[0], who: string = role): Promise<string> {
  const key = `${role}:${who}`;
  if (!ids.has(key)) ids.set(key, (await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as(role, who) })).data.id);
  return ids.get(key)!;
}

/** An order entered by the named specialist with no delivery date: it lands in exception. */
async function exceptionOrder(who = 'li', lines = [{ productId: device.id, quantity: 1 }]): Promise<any> {
  const res = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', lines, paymentStatus: 'paid' }, await t.as('specialist', who));
  expect(res.data.status).toBe('exception');
  return res.data;
}

async function desk(role: Parameters<TestApp['as']>[0] = 'specialist', who?: string, query = '') {
  return (await t.call({ method: 'GET', url: `/api/v1/orders/exceptions${query}`, headers: await t.as(role, who) })).data;
}

beforeAll(async () => {
  t = await createTestApp();
  customer = await createCustomer(t, { name: '杭州西湖茶具', tier: 'normal' });
  device = await createProduct(t, { priceMinor: 1_000_00 });
  cable = await createProduct(t, { priceMinor: 50_00 });
  await receiveStock(t, device.id, 20);
  await receiveStock(t, cable.id, 5);
});
afterAll(async () => t?.close());

describe('owners', () => {
  test('the staff member entering an order owns it; "my orders" lists only theirs', async () => {
    const li = await idOf('specialist', 'li');
    const mine = await exceptionOrder('li');
    expect(mine.owner).toEqual({ id: li, name: 'li' });
    const theirs = (await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' }, await t.as('specialist', 'wang'))).data;
    const list = await t.call({ method: 'GET', url: '/api/v1/orders?owner=me', headers: await t.as('specialist', 'li') });
    expect(list.statusCode).toBe(200);
    const numbers = list.data.items.map((o: any) => o.number);
    expect(numbers).toContain(mine.number);
    expect(numbers).not.toContain(theirs.number);
    expect(list.data.items.every((o: any) => o.owner?.id === li)).toBe(true);
    const counts = await t.call({ method: 'GET', url: '/api/v1/orders/status-counts?owner=me', headers: await t.as('specialist', 'li') });
    expect(counts.data.total).toBe(list.data.items.length);
    expect((await t.call({ method: 'GET', url: '/api/v1/orders?owner=someone', headers: await t.as('specialist', 'li') })).statusCode).toBe(400);
  });

  test('reassigning needs If-Match, refuses a deactivated person, and hands over the exception task; the new owner is told', async () => {
    const order = await exceptionOrder('li');
    const zhao = await idOf('specialist', 'zhao');
    const headers = await t.as('specialist', 'li');
    const url = `/api/v1/orders/${order.id}/owner`;
    expect((await t.call({ method: 'POST', url, headers, payload: { userId: zhao, note: '赵负责华东客户' } })).statusCode).toBe(428);
    const stale = await t.call({ method: 'POST', url, headers: { ...headers, 'if-match': `"${order.version - 1}"` }, payload: { userId: zhao, note: '赵负责华东客户' } });
    expect(stale.statusCode).toBe(412);

    const gone = await idOf('specialist', 'gone');
    expect((await t.call({ method: 'PATCH', url: `/api/v1/users/${gone}`, headers: { ...(await t.as('admin')), 'if-match': '"1"' }, payload: { active: false } })).statusCode).toBe(200);
    const inactive = await t.call({ method: 'POST', url, headers: { ...headers, 'if-match': `"${order.version}"` }, payload: { userId: gone, note: '交接' } });
    expect(inactive.statusCode).toBe(409);
    expect(inactive.data.code).toBe('owner_inactive');
    const unknown = await t.call({ method: 'POST', url, headers: { ...headers, 'if-match': `"${order.version}"` }, payload: { userId: customer.id, note: '交接' } });
    expect(unknown.data.code).toBe('unknown_reference');
    expect((await t.call({ method: 'POST', url, headers: { ...(await t.as('sales')), 'if-match': `"${order.version}"` }, payload: { userId: zhao, note: '交接' } })).statusCode).toBe(403);

    const res = await t.call({ method: 'POST', url, headers: { ...headers, 'if-match': `"${order.version}"` }, payload: { userId: zhao, note: '赵负责华东客户' } });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ owner: { id: zhao, name: 'zhao' }, version: order.version + 1, status: 'exception' });
    expect(res.headers.etag).toBe(`"${order.version + 1}"`);
    const [task] = (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${order.id}`, headers })).data.items;
    expect(task).toMatchObject({ kind: 'order_exception', assigneeId: zhao, assigneeName: 'zhao' });
    const history = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events?limit=100`, headers })).data.items;
    expect(history.find((e: any) => e.action === 'order.owner_assigned')).toMatchObject({ after: { ownerId: zhao, note: '赵负责华东客户' } });
    expect((await outbox('order.owner_assigned')).at(-1)!.payload).toMatchObject({ orderId: order.id, audience: { userIds: [zhao] }, reason: '赵负责华东客户' });

    // Zhao owns it now: what specialists hear of the order reaches zhao by name.
    await t.drain();
    expect(await notificationsOf(zhao)).toContain('order.owner_assigned');
    const mineNow = (await t.call({ method: 'GET', url: '/api/v1/orders?owner=me', headers: await t.as('specialist', 'zhao') })).data.items.map((o: any) => o.id);
    expect(mineNow).toContain(order.id);
  });

  test("the owner hears of their order's events even when they are addressed to another role", async () => {
    const sales = await idOf('sales', 'chen');
    const placed = (await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', requestedDeliveryDate: daysAfter(t, 10), lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' }, await t.as('sales', 'chen'))).data;
    expect(placed.owner.id).toBe(sales);
    const manager = await t.as('manager');
    const cancelled = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.id}/cancel`, headers: { ...manager, 'if-match': `"${placed.version}"` }, payload: { reason: '客户撤单' } });
    expect(cancelled.statusCode).toBe(200);
    await t.drain();
    // order.cancelled goes to the customer and the specialists; chen owns the order, so chen hears too.
    expect(await notificationsOf(sales)).toContain('order.cancelled');
  });

  test('an exception on an order owned by someone outside the specialists waits for any specialist', async () => {
    const res = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' }, await t.as('sales', 'chen'));
    expect(res.data).toMatchObject({ status: 'exception', owner: { name: 'chen' } });
    const [task] = (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${res.data.id}`, headers: await t.as('specialist') })).data.items;
    expect(task).toMatchObject({ kind: 'order_exception', assigneeId: null, assigneeName: null });
  });

  test('a portal order has no owner until someone takes it', async () => {
    const order = (await placeOrder(t, { customerId: customer.id, channel: 'api', lines: [{ productId: device.id, quantity: 1 }], paymentStatus: 'paid' })).data;
    expect(order.owner).not.toBeNull(); // entered by staff (an admin token)
    const unassigned = await t.call({ method: 'GET', url: '/api/v1/orders?owner=none', headers: await t.as('specialist') });
    expect(unassigned.data.items.every((o: any) => o.owner === null)).toBe(true);
  });
});

describe('the exception desk', () => {
  test('lists exception orders with their reasons, deadline and holder, and the last contact', async () => {
    const order = await exceptionOrder('sun');
    const sun = await idOf('specialist', 'sun');
    const item = (await desk()).items.find((i: any) => i.order.id === order.id);
    expect(item).toMatchObject({
      order: { number: order.number, exceptions: [expect.objectContaining({ code: 'missing_delivery_date' })], owner: { id: sun, name: 'sun' } },
      task: { kind: 'order_exception', assigneeId: sun, assigneeName: 'sun', dueAt: new Date(t.clock.now().getTime() + 2 * 3_600_000).toISOString() },
      secondsLeft: 7200,
      lastContact: null,
      contactedSinceException: false,
    });
    t.clock.advance(60_000);
    await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/contacts`, headers: await t.as('specialist', 'sun'), payload: { channel: 'phone', summary: '客户下周三要货', outcome: '补交期' } });
    const after = (await desk('specialist', 'sun', '?owner=me')).items;
    expect(after.map((i: any) => i.order.id)).toContain(order.id);
    expect(after.find((i: any) => i.order.id === order.id)).toMatchObject({ secondsLeft: 7140, lastContact: { summary: '客户下周三要货' }, contactedSinceException: true });
    expect(after.every((i: any) => i.order.owner?.id === sun)).toBe(true);
  });

  test('resubmit corrects the lines: stock follows, totals follow, the audit reruns', async () => {
    const order = await exceptionOrder('sun', [{ productId: cable.id, quantity: 8 }]);
    expect(order.lines[0]).toMatchObject({ reservedQuantity: 5, backorderedQuantity: 3 });
    const stock = async (id: string) => (await t.call({ method: 'GET', url: `/api/v1/products/${id}/stock`, headers: await t.as('specialist') })).data;
    expect((await stock(cable.id)).reserved).toBe(5);
    t.clock.advance(60_000);
    const headers = await t.as('specialist', 'sun');
    await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/contacts`, headers, payload: { channel: 'phone', summary: '改为 4 根线缆和 2 台设备' } });
    const other = await createProduct(t, { priceMinor: 10_00, currency: 'USD' });
    const mixed = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/resubmit`, headers, payload: { note: 'x', corrections: { lines: [{ productId: other.id, quantity: 1 }] } } });
    expect(mixed.data.code).toBe('mixed_currency');
    const unknown = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/resubmit`, headers, payload: { note: 'x', corrections: { lines: [{ productId: customer.id, quantity: 1 }] } } });
    expect(unknown.data.code).toBe('unknown_reference');
    expect((await stock(cable.id)).reserved).toBe(5);

    const res = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/resubmit`,
      headers,
      payload: {
        note: '客户确认调整数量与交期',
        corrections: { requestedDeliveryDate: daysAfter(t, 12), lines: [{ productId: cable.id, quantity: 4 }, { productId: device.id, quantity: 2 }] },
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ status: 'approved', exceptions: [], requestedDeliveryDate: daysAfter(t, 12), totals: { totalMinor: 4 * 50_00 + 2 * 1_000_00 } });
    expect(res.data.lines.map((l: any) => [l.lineNo, l.sku, l.quantity, l.reservedQuantity, l.backorderedQuantity])).toEqual([
      [1, cable.sku, 4, 4, 0],
      [2, device.sku, 2, 2, 0],
    ]);
    expect((await stock(cable.id)).reserved).toBe(4);
    expect((await desk()).items.map((i: any) => i.order.id)).not.toContain(order.id);
  });
});

describe('tasks', () => {
  test('assign a task to a person in its role with a note; refusals for a person without the role, a deactivated one, a done task', async () => {
    const order = await exceptionOrder('li');
    const [task] = (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${order.id}`, headers: await t.as('specialist', 'li') })).data.items;
    const url = `/api/v1/tasks/${task.id}/assign`;
    const manager = await t.as('manager');
    const zhou = await idOf('specialist', 'zhou');
    const noRole = await t.call({ method: 'POST', url, headers: manager, payload: { userId: await idOf('logistics'), note: '请跟进' } });
    expect(noRole.statusCode).toBe(422);
    expect(noRole.data.code).toBe('assignee_role_missing');
    const gone = await idOf('specialist', 'gone');
    expect((await t.call({ method: 'POST', url, headers: manager, payload: { userId: gone, note: '请跟进' } })).data.code).toBe('assignee_inactive');
    expect((await t.call({ method: 'POST', url, headers: await t.as('finance'), payload: { userId: zhou, note: '请跟进' } })).data.code).toBe('task_role_required');

    const res = await t.call({ method: 'POST', url, headers: manager, payload: { userId: zhou, note: '周熟悉这个客户' } });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ assigneeId: zhou, assigneeName: 'zhou' });
    expect((await outbox('task.assigned')).at(-1)!.payload).toMatchObject({ taskId: task.id, orderId: order.id, audience: { userIds: [zhou] }, reason: '周熟悉这个客户' });
    const mine = (await t.call({ method: 'GET', url: '/api/v1/tasks?scope=mine', headers: await t.as('specialist', 'zhou') })).data.items;
    expect(mine.map((x: any) => x.id)).toContain(task.id);
    const liMine = (await t.call({ method: 'GET', url: '/api/v1/tasks?scope=mine', headers: await t.as('specialist', 'li') })).data.items;
    expect(liMine.map((x: any) => x.id)).not.toContain(task.id);
    const team = (await t.call({ method: 'GET', url: `/api/v1/tasks?assignee=${zhou}&kind=order_exception`, headers: manager })).data.items;
    expect(team.map((x: any) => x.id)).toEqual([task.id]);

    const done = await t.call({ method: 'POST', url: `/api/v1/tasks/${task.id}/complete`, headers: await t.as('specialist', 'zhou'), payload: { note: '客户已撤单' } });
    expect(done.data).toMatchObject({ status: 'done', doneNote: '客户已撤单' });
    const again = await t.call({ method: 'POST', url: `/api/v1/tasks/${task.id}/complete`, headers: await t.as('specialist', 'zhou'), payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('task_closed');
    expect((await t.call({ method: 'POST', url, headers: manager, payload: { userId: zhou, note: '再看看' } })).data.code).toBe('task_closed');
  });

  test('schedule a call for an order and a visit for a customer; refusals for unknown references and another role', async () => {
    const headers = await t.as('specialist', 'li');
    const li = await idOf('specialist', 'li');
    const order = await exceptionOrder('li');
    const due = new Date(t.clock.now().getTime() + 24 * 3_600_000).toISOString();
    const call = await t.call({ method: 'POST', url: '/api/v1/tasks', headers, payload: { kind: 'call', orderId: order.id, summary: '回访确认交期', dueAt: due } });
    expect(call.statusCode).toBe(201);
    expect(call.data).toMatchObject({ kind: 'call', orderId: order.id, customerId: customer.id, role: 'specialist', assigneeId: li, assigneeName: 'li', createdBy: li, dueAt: due, status: 'open' });
    const visit = await t.call({ method: 'POST', url: '/api/v1/tasks', headers, payload: { kind: 'visit', customerId: customer.id, summary: '上门拜访', dueAt: due, assigneeId: await idOf('specialist', 'zhou') } });
    expect(visit.data).toMatchObject({ kind: 'visit', orderId: null, customerId: customer.id, assigneeName: 'zhou' });

    // What the holders read: a task names its order and customer, or, without an order, its customer.
    await t.drain();
    const said = async (who: string, topic: string, taskId: string) => {
      const items = (await t.call({ method: 'GET', url: `/api/v1/notifications?topic=${topic}`, headers: await t.as('specialist', who) })).data.items;
      const notice = items.find((n: any) => n.data?.taskId === taskId) ?? items[0];
      return `${notice.title} | ${notice.body}`;
    };
    expect(await said('zhou', 'task.created', visit.data.id)).toMatch(/^新任务：客户“杭州西湖茶具” · 上门拜访 \| 客户“杭州西湖茶具”有一项新任务：上门拜访，请在 \S.* 前完成。$/);
    expect(await said('li', 'task.created', call.data.id)).toContain(`订单 ${order.number}（杭州西湖茶具）有一项新任务`);
    await t.call({ method: 'POST', url: `/api/v1/tasks/${visit.data.id}/assign`, headers: await t.as('manager'), payload: { userId: li, note: '李顺路' } });
    await t.drain();
    expect(await said('li', 'task.assigned', visit.data.id)).toContain('您有一项新分配的任务（客户“杭州西湖茶具”）');

    const missing = await t.call({ method: 'POST', url: '/api/v1/tasks', headers, payload: { kind: 'call', summary: '打电话', dueAt: due } });
    expect(missing.data.code).toBe('validation_failed');
    expect((await t.call({ method: 'POST', url: '/api/v1/tasks', headers, payload: { kind: 'call', orderId: customer.id, summary: '打电话', dueAt: due } })).data.code).toBe('unknown_reference');
    expect((await t.call({ method: 'POST', url: '/api/v1/tasks', headers, payload: { kind: 'call', customerId: order.id, summary: '打电话', dueAt: due } })).data.code).toBe('unknown_reference');
    const wrongRole = await t.call({ method: 'POST', url: '/api/v1/tasks', headers, payload: { kind: 'visit', customerId: customer.id, summary: '上门', dueAt: due, role: 'logistics' } });
    expect(wrongRole.data.code).toBe('assignee_role_missing');
    expect((await t.call({ method: 'POST', url: '/api/v1/tasks', headers, payload: { kind: 'order_exception', customerId: customer.id, summary: '上门', dueAt: due } })).statusCode).toBe(400);

    const forCustomer = (await t.call({ method: 'GET', url: `/api/v1/tasks?customerId=${customer.id}&kind=visit`, headers: await t.as('specialist', 'zhou') })).data.items;
    expect(forCustomer.map((x: any) => x.id)).toEqual([visit.data.id]);
    const staff = (await t.call({ method: 'GET', url: '/api/v1/tasks/assignees', headers })).data.items;
    expect(staff.map((s: any) => s.name)).toEqual(expect.arrayContaining(['li', 'zhou']));
    expect(staff.map((s: any) => s.name)).not.toContain('gone');
  });

  test('tasks due at the same moment page one by one, each once, in due order then id', async () => {
    const headers = await t.as('specialist', 'pager');
    const due = new Date(t.clock.now().getTime() + 48 * 3_600_000).toISOString();
    const later = new Date(t.clock.now().getTime() + 49 * 3_600_000).toISOString();
    const created: string[] = [];
    for (const dueAt of [due, due, due, later]) {
      const res = await t.call({ method: 'POST', url: '/api/v1/tasks', headers, payload: { kind: 'visit', customerId: customer.id, summary: '拜访', dueAt } });
      created.push(res.data.id);
    }
    const seen: { id: string; dueAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/v1/tasks?scope=mine&kind=visit&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page: any = (await t.call({ method: 'GET', url: query, headers })).data;
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const tied = [...created.slice(0, 3)].sort();
    expect(seen.map((x) => x.id)).toEqual([...tied, created[3]]);
  });

  test('an overdue exception task warns its holder once, then escalates to the managers once', async () => {
    await t.drain();
    const order = await exceptionOrder('qian');
    const qian = await idOf('specialist', 'qian');
    const boss = await idOf('manager', 'boss');
    const [task] = (await t.call({ method: 'GET', url: `/api/v1/tasks?orderId=${order.id}`, headers: await t.as('specialist', 'qian') })).data.items;
    const of = async (topic: string) => (await outbox(topic)).filter((m) => m.payload.taskId === task.id);

    t.clock.advance(60 * 60_000); // an hour left: nothing yet
    await t.drain();
    expect(await of('task.warned')).toHaveLength(0);

    t.clock.advance(31 * 60_000); // 29 minutes left: the holder is warned
    await t.drain();
    t.clock.advance(60_000);
    await t.drain();
    expect((await of('task.warned')).map((m) => m.payload)).toEqual([expect.objectContaining({ orderId: order.id, audience: { userIds: [qian] } })]);
    expect(await of('task.escalated')).toHaveLength(0);
    const overdueBefore = (await t.call({ method: 'GET', url: '/api/v1/tasks?overdue=true', headers: await t.as('specialist', 'qian') })).data.items.map((x: any) => x.id);
    expect(overdueBefore).not.toContain(task.id);

    t.clock.advance(30 * 60_000); // past due
    await t.drain();
    t.clock.advance(5 * 60_000);
    await t.drain();
    expect((await of('task.escalated')).map((m) => m.payload)).toEqual([expect.objectContaining({ orderId: order.id, audience: { roles: ['manager'], userIds: [qian] } })]);
    expect(await of('task.warned')).toHaveLength(1);
    expect(await notificationsOf(boss)).toContain('task.escalated');
    expect(await notificationsOf(qian)).toEqual(expect.arrayContaining(['task.warned', 'task.escalated']));
    const overdue = (await t.call({ method: 'GET', url: '/api/v1/tasks?overdue=true&scope=mine', headers: await t.as('specialist', 'qian') })).data.items;
    expect(overdue.find((x: any) => x.id === task.id)).toMatchObject({ warnedAt: expect.any(String), escalatedAt: expect.any(String) });
    const item = (await desk()).items.find((i: any) => i.order.id === order.id);
    expect(item.secondsLeft).toBeLessThan(0);
  });
});

describe('plan stages given to a person', () => {
  test('a stage goes to one person in its role with a note; refusals for another role, a deactivated person, the wrong caller', async () => {
    const trusted = await createTrustedCustomer(t, { name: '无锡太湖机电' });
    const order = await placeApprovedOrder(t, trusted.id, [{ productId: device.id, quantity: 1 }]);
    await t.drain(); // the worker makes the plan
    const plan = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('manager') })).data;
    const stage = plan.stages[0];
    expect(stage).toMatchObject({ assigneeUserId: null, assigneeName: null });
    const url = `/api/v1/orders/${order.id}/plan/stages/${stage.id}/assignee`;
    const role = stage.ownerRole;
    const wu = await idOf(role, 'wu');
    const other = role === 'logistics' ? 'warehouse' : 'logistics';

    const wrongPerson = await t.call({ method: 'POST', url, headers: await t.as('manager'), payload: { userId: await idOf(other, 'xu'), note: '请负责' } });
    expect(wrongPerson.statusCode).toBe(422);
    expect(wrongPerson.data.code).toBe('stage_assignee_role_missing');
    const wrongCaller = await t.call({ method: 'POST', url, headers: await t.as(other, 'xu'), payload: { userId: wu, note: '请负责' } });
    expect(wrongCaller.data.code).toBe('stage_role_required');
    const gone = await idOf(role, 'left');
    expect((await t.call({ method: 'PATCH', url: `/api/v1/users/${gone}`, headers: { ...(await t.as('admin')), 'if-match': '"1"' }, payload: { active: false } })).statusCode).toBe(200);
    expect((await t.call({ method: 'POST', url, headers: await t.as('manager'), payload: { userId: gone, note: '请负责' } })).data.code).toBe('stage_assignee_inactive');

    const res = await t.call({ method: 'POST', url, headers: await t.as('manager'), payload: { userId: wu, note: '吴负责本单' } });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ id: stage.id, assigneeUserId: wu, assigneeName: 'wu' });
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/plan`, headers: await t.as('manager') })).data.stages[0]).toMatchObject({ assigneeName: 'wu' });
    expect((await outbox('order.stage_assigned')).at(-1)!.payload).toMatchObject({ orderId: order.id, step: stage.key, reason: '吴负责本单', audience: { userIds: [wu] } });
    const history = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/events?limit=100`, headers: await t.as('manager') })).data.items;
    expect(history.find((e: any) => e.action === 'plan.stage_assigned')).toMatchObject({ after: { stage: stage.key, assigneeUserId: wu, note: '吴负责本单' } });

    const back = await t.call({ method: 'POST', url, headers: await t.as(role, 'wu'), payload: { userId: null, note: '交回部门' } });
    expect(back.data).toMatchObject({ assigneeUserId: null, assigneeName: null });
  });
});
