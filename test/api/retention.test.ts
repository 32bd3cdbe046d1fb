import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, placeOrderAt, receiveStock } from '../support/fixtures.js';

/* Issue 14 item 7: nothing business-related is deleted before the retention period (a setting,
 * default and minimum 3 years after completion, PRC E-Commerce Law art. 31), and uploaded
 * import files are removed once past it while the import's record and outcome stay. */

let t: TestApp;
let manager: Record<string, string>;
const start = '2026-06-01T02:00:00.000Z';
const yearsLater = (years: number, days = 0) => {
  const at = new Date(start);
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return new Date(at.getTime() + days * 86_400_000).toISOString();
};

const boundary = 'ordo-retention-boundary';
function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }): Buffer {
  const parts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  return Buffer.concat([
    ...parts,
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}
const multipartType = `multipart/form-data; boundary=${boundary}`;

beforeAll(async () => {
  t = await createTestApp({ now: start });
  manager = await t.as('manager');
});

afterAll(async () => {
  await t?.close();
});

describe('the retention setting', () => {
  test('is 3 years until changed; fewer than 3 years is refused with the law in its code; more is kept', async () => {
    const initial = await t.call({ method: 'GET', url: '/api/v1/settings/retention', headers: manager });
    expect(initial.data).toMatchObject({ value: { years: 3 }, version: 0 });

    const tooShort = await t.call({ method: 'PUT', url: '/api/v1/settings/retention', headers: { ...manager, 'if-match': '0' }, payload: { years: 2 } });
    expect(tooShort.statusCode).toBe(422);
    expect(tooShort.data).toMatchObject({ code: 'retention_below_legal_minimum', minimumYears: 3 });
    expect(tooShort.data.errors[0]).toMatchObject({ path: '/years', code: 'retention_below_legal_minimum' });

    const longer = await t.call({ method: 'PUT', url: '/api/v1/settings/retention', headers: { ...manager, 'if-match': '0' }, payload: { years: 5 } });
    expect(longer.statusCode, longer.body).toBe(200);
    const back = await t.call({ method: 'PUT', url: '/api/v1/settings/retention', headers: { ...manager, 'if-match': '1' }, payload: { years: 3 } });
    expect(back.statusCode, back.body).toBe(200);
  });
});

describe('deleting within the retention period', () => {
  test("a cancelled order's file cannot be deleted until 3 years after; an open order's can, and so can the old one's after", async () => {
    const customer = await createCustomer(t);
    const product = await createProduct(t);
    await receiveStock(t, product.id, 10);
    const order = await placeOrderAt(t, start, customer.id, [{ productId: product.id, quantity: 1 }]);
    const staff = await t.as('specialist');
    const attach = async () => {
      const res = await t.call({
        method: 'POST',
        url: `/api/v1/orders/${order.id}/attachments?kind=drawing`,
        headers: { ...staff, 'content-type': multipartType },
        payload: multipart({}, { name: 'drawing.pdf', type: 'application/pdf', content: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300)]) }),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.data.items[0].id as string;
    };
    const remove = (id: string) => t.call({ method: 'DELETE', url: `/api/v1/orders/${order.id}/attachments/${id}`, headers: staff });

    // While the order is being worked on, a wrong file can be taken off.
    expect((await remove(await attach())).statusCode).toBe(204);

    const kept = await attach();
    const cancel = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/cancel`, headers: await t.as('admin'), payload: { reason: '客户撤单' } });
    expect(cancel.data.status, cancel.body).toBe('cancelled');

    t.clock.set(yearsLater(3, -1));
    const refused = await remove(kept);
    expect(refused.statusCode).toBe(409);
    expect(refused.data).toMatchObject({ code: 'retention_period_running', entityType: 'order', entityId: order.id });
    expect(Date.parse(refused.data.retainedUntil)).toBeGreaterThan(t.clock.now().getTime());
    const listed = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/attachments`, headers: staff });
    expect(listed.data.items.map((a: any) => a.id)).toEqual([kept]);

    t.clock.set(yearsLater(3, 1));
    expect((await remove(kept)).statusCode).toBe(204);
    t.clock.set(start);
  });
});

describe('import files', () => {
  test('are removed a day after the retention period; the import, its counts and its outcome file stay', async () => {
    t.clock.set(start);
    const csv = Buffer.from('\ufeff客户名称*,联系人\r\n杭州留存测试,王经理\r\n', 'utf8');
    const started = await t.call({ method: 'POST', url: '/api/v1/imports', headers: { ...manager, 'content-type': multipartType }, payload: multipart({ kind: 'customers', dryRun: 'true' }, { name: '客户.csv', type: 'text/csv', content: csv }) });
    expect(started.statusCode, started.body).toBe(202);
    const id = started.data.id as string;
    await t.drain();
    const source = path.join(t.config.filesDir, 'imports', `${id}.csv`);
    expect(fs.existsSync(source)).toBe(true);

    t.clock.set(yearsLater(3, -1));
    await t.drain();
    expect(fs.existsSync(source)).toBe(true);

    t.clock.set(yearsLater(3, 1));
    await t.drain();
    expect(fs.existsSync(source)).toBe(false);
    const view = await t.call({ method: 'GET', url: `/api/v1/imports/${id}`, headers: manager });
    expect(view.data).toMatchObject({ state: 'succeeded', counts: { rows: 1, created: 1 } });
    expect(view.data.filePurgedAt).not.toBeNull();
    const outcome = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}/outcome`, headers: manager });
    expect(outcome.statusCode).toBe(200);
    expect(outcome.body).toContain('created');

    const rerun = await t.call({ method: 'POST', url: `/api/v1/imports/${id}/run`, headers: manager });
    expect(rerun.statusCode).toBe(410);
    expect(rerun.data.code).toBe('import_file_purged');

    const events = (await t.database.db.execute(sql`SELECT action FROM audit_events WHERE entity_id = ${id} ORDER BY seq`)) as unknown as { rows: { action: string }[] };
    const actions = events.rows.map((e) => e.action);
    expect(actions[0]).toBe('import.started');
    expect(actions.filter((a) => a === 'import.file_purged')).toHaveLength(1);
    expect(actions.at(-1)).toBe('import.file_purged');
  });
});
