import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { englishUnitNames, productUnits } from '../../src/modules/catalog/units.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, placeApprovedOrder } from '../support/fulfilment.js';
import { pdfText } from '../support/pdf-text.js';

/*
 * A product's unit of measure (SPEC §2): one of a fixed list, 件 unless chosen, stored and
 * answered as chosen, copied onto order lines, and named in the reader's language in print.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const post = async (payload: Record<string, unknown>) => t.call({ method: 'POST', url: '/api/v1/products', headers: await t.as('manager'), payload });

describe('product units', () => {
  test('a product sold by 台 is stored and answered with 台; one without a unit counts in 件', async () => {
    const machine = await post({ sku: 'UNIT-TAI', name: '数控折弯机', unit: '台', priceMinor: 88_000_00, kind: 'made_to_order' });
    expect(machine.statusCode).toBe(201);
    expect(machine.data.unit).toBe('台');
    const read = await t.call({ method: 'GET', url: `/api/v1/products/${machine.data.id}`, headers: await t.as('sales') });
    expect(read.data.unit).toBe('台');

    const bolt = await post({ sku: 'UNIT-DEFAULT', name: '六角螺栓 M8', priceMinor: 50, kind: 'stock' });
    expect(bolt.statusCode).toBe(201);
    expect(bolt.data.unit).toBe('件');
  });

  test('a unit outside the list is refused with the field named, and nothing is saved', async () => {
    for (const unit of ['pcs', '', '台 ']) {
      const refused = await post({ sku: `UNIT-BAD-${unit.length}`, name: '不明单位', unit, priceMinor: 1, kind: 'stock' });
      expect(refused.statusCode).toBe(400);
      expect(refused.data.code).toBe('validation_failed');
      expect(refused.data.errors).toEqual([expect.objectContaining({ path: '/unit', in: 'body' })]);
    }
    const list = await t.call({ method: 'GET', url: '/api/v1/products?q=UNIT-BAD', headers: await t.as('sales') });
    expect(list.data.items).toEqual([]);
  });

  test('the unit is edited like any field, against the version seen, and the change is in the history', async () => {
    const hose = await createProduct(t, { name: '液压软管', unit: '根' });
    const url = `/api/v1/products/${hose.id}`;
    const refused = await t.call({ method: 'PATCH', url, headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { unit: 'metres' } });
    expect(refused.statusCode).toBe(400);
    const changed = await t.call({ method: 'PATCH', url, headers: { ...(await t.as('manager')), 'if-match': '"1"' }, payload: { unit: '米' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.data).toMatchObject({ unit: '米', version: 2 });
    const history = (await t.database.db.execute(sql`SELECT before, after FROM audit_events WHERE entity_id = ${hose.id} AND action = 'product.updated'`)) as unknown as { rows: { before: any; after: any }[] };
    expect(history.rows).toEqual([expect.objectContaining({ before: expect.objectContaining({ unit: '根' }), after: expect.objectContaining({ unit: '米' }) })]);
  });

  test('an order line keeps the product unit; the confirmation prints it as 台 in Chinese and "unit" in English', async () => {
    const press = await createProduct(t, { sku: 'UNIT-PRESS', name: '液压机 Y32', unit: '台', priceMinor: 10_000_00 });
    await receiveStock(t, press.id, 5);
    const customer = await createTrustedCustomer(t, { name: '宁波恒力机械' });
    const order = await placeApprovedOrder(t, customer.id, [{ productId: press.id, quantity: 2 }]);
    expect(order.lines[0]).toMatchObject({ sku: 'UNIT-PRESS', unit: '台', quantity: 2 });

    const url = `/api/v1/orders/${order.id}/confirmation.pdf`;
    const chinese = pdfText((await t.app.inject({ method: 'GET', url, headers: await t.as('sales') })).rawPayload);
    expect(chinese).toContain('台');
    const englishHeaders = await t.as('sales', 'english');
    const me = await t.call({ method: 'GET', url: '/api/v1/auth/me', headers: englishHeaders });
    const user = (await t.call({ method: 'GET', url: '/api/v1/users', headers: await t.as('admin') })).data.items.find((u: any) => u.id === me.data.id);
    await t.call({ method: 'PATCH', url: `/api/v1/users/${me.data.id}`, headers: { ...(await t.as('admin')), 'if-match': `"${user.version}"` }, payload: { locale: 'en' } });
    const english = pdfText((await t.app.inject({ method: 'GET', url, headers: englishHeaders })).rawPayload);
    expect(english).toContain('unit');
    expect(english).not.toContain('台');
  });

  test('the console names every unit of the list in both languages, as the printed documents do', () => {
    const [zhCN, en] = ['zh-CN', 'en'].map((language) => JSON.parse(fs.readFileSync(path.resolve(`web/src/locales/${language}.json`), 'utf8')));
    expect(Object.keys(zhCN.units.name)).toEqual([...productUnits]);
    const names = en.units.name as Record<string, string>;
    for (const unit of productUnits) {
      expect((zhCN.units.name as Record<string, string>)[unit]).toBe(unit);
      expect({ one: names[`${unit}_one`], other: names[`${unit}_other`] }).toEqual(englishUnitNames[unit]);
    }
  });
});
