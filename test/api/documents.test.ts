import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, orderReadyToShip } from '../support/fulfilment.js';
import { pdfPageCount, pdfText } from '../support/pdf-text.js';

/*
 * Printed documents (订单确认单, 发货单, 装箱单) and the carrier directory (承运商) the shipment
 * form picks from. The PDFs are read back through their fonts' ToUnicode maps, as a viewer's
 * search would read them.
 */

let t: TestApp;
let customer: any;
let order: any;
let shipment: any;

beforeAll(async () => {
  t = await createTestApp({ env: { ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, {
    name: '苏州瑞达自动化',
    addresses: [{ recipient: '赵仓管', phone: '0512-66668888', region: '江苏省', city: '苏州市', district: '工业园区', line1: '星湖街328号', isDefault: true }],
  });
  const motor = await createProduct(t, { name: '伺服电机 750W', unit: '台', priceMinor: 1_234_56 });
  await receiveStock(t, motor.id, 10);
  order = await orderReadyToShip(t, customer.id, [{ productId: motor.id, quantity: 2 }]);
  const shipped = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${order.id}/shipments`,
    headers: await t.as('warehouse'),
    payload: { carrier: { kind: 'express', code: 'sf' }, trackingNumber: 'SF1400012345678', costMinor: 25_00, lines: [{ lineId: order.lines[0].id, quantity: 2 }] },
  });
  expect(shipped.statusCode).toBe(201);
  shipment = shipped.data;
});
afterAll(async () => t?.close());

async function englishReader(): Promise<Record<string, string>> {
  const headers = await t.as('sales', 'english');
  const me = await t.call({ method: 'GET', url: '/api/v1/auth/me', headers });
  const users = await t.call({ method: 'GET', url: '/api/v1/users', headers: await t.as('admin') });
  const user = users.data.items.find((u: any) => u.id === me.data.id);
  const changed = await t.call({ method: 'PATCH', url: `/api/v1/users/${me.data.id}`, headers: { ...(await t.as('admin')), 'if-match': `"${user.version}"` }, payload: { locale: 'en' } });
  expect(changed.statusCode).toBe(200);
  return headers;
}

async function portalSession(customerId: string, email: string): Promise<Record<string, string>> {
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customerId}/portal-users`, headers: await t.as('sales'), payload: { email, name: '采购 钱' } });
  expect(invited.statusCode).toBe(201);
  const token = (invited.data.handedOverLink.url as string).split('/').pop();
  const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
  expect(followed.statusCode).toBe(200);
  return { ordo_session: followed.cookies.find((c) => c.name === 'ordo_session')!.value };
}

async function pdf(url: string, headers: Record<string, string>) {
  const res = await t.app.inject({ method: 'GET', url, headers });
  return { res, bytes: res.rawPayload, text: res.statusCode === 200 ? pdfText(res.rawPayload).join('') : '' };
}

describe('printed documents', () => {
  test('the order confirmation is a PDF in Chinese: title, order number, customer, lines, totals in yuan and in capital numerals', async () => {
    const { res, bytes, text } = await pdf(`/api/v1/orders/${order.id}/confirmation.pdf`, await t.as('sales'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="order-confirmation-${order.number}.pdf"`);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
    for (const wanted of ['订单确认单', order.number, '苏州瑞达自动化', '王经理', '江苏省苏州市工业园区星湖街328号', '伺服电机 750W', '¥1,234.56', '¥2,469.12', '贰仟肆佰陆拾玖元壹角贰分', '供方（签字盖章）', '第 1 页 / 共 1 页', '2024/05/10']) {
      expect(text).toContain(wanted);
    }
    expect(text).not.toMatch(/Order|Page|Total/);
    // Only the glyphs used are embedded: the font files are megabytes, the document is not.
    expect(bytes.length).toBeLessThan(250_000);
  });

  test('an English reader gets the same document in English', async () => {
    const { res, text } = await pdf(`/api/v1/orders/${order.id}/confirmation.pdf`, await englishReader());
    expect(res.statusCode).toBe(200);
    for (const wanted of ['Order Confirmation', order.number, '苏州瑞达自动化', 'Page 1 of 1', 'CN¥2,469.12']) expect(text).toContain(wanted);
    expect(text).not.toContain('订单确认单');
  });

  test('the delivery note names the carrier from the directory and the tracking number; the packing list lists the goods', async () => {
    const note = await pdf(`/api/v1/shipments/${shipment.id}/delivery-note.pdf`, await t.as('logistics'));
    expect(note.res.statusCode).toBe(200);
    expect(note.res.headers['content-type']).toBe('application/pdf');
    for (const wanted of ['发货单', order.number, '顺丰速运', 'SF1400012345678', '快递', '伺服电机 750W', '收货人签收', '赵仓管']) expect(note.text).toContain(wanted);
    expect(note.text).not.toContain('¥');

    const pack = await pdf(`/api/v1/shipments/${shipment.id}/pack-list.pdf`, await t.as('warehouse'));
    expect(pack.res.statusCode).toBe(200);
    for (const wanted of ['装箱单', order.number, 'SF1400012345678', '装箱人', '复核人', '合计数量']) expect(pack.text).toContain(wanted);
  });

  test('a long order carries its table over to the next page, with page numbers', async () => {
    const products = [];
    for (let i = 0; i < 45; i++) {
      const product = await createProduct(t, { name: `法兰盘 DN${50 + i}`, unit: '件', priceMinor: 10_00 });
      await receiveStock(t, product.id, 5);
      products.push(product);
    }
    const long = await orderReadyToShip(t, customer.id, products.map((p) => ({ productId: p.id, quantity: 1 })));
    const { res, bytes, text } = await pdf(`/api/v1/orders/${long.id}/confirmation.pdf`, await t.as('sales'));
    expect(res.statusCode).toBe(200);
    const pages = pdfPageCount(bytes);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`第 ${pages} 页 / 共 ${pages} 页`);
    expect(text).toContain('法兰盘 DN94');
    // The heading row is repeated on every page the table reaches.
    expect(pdfText(bytes).filter((piece) => piece === '物料编码').length).toBeGreaterThan(1);
  });

  test("the letterhead a manager saves heads every document, the company name in the reader's language", async () => {
    const saved = await t.call({
      method: 'PUT',
      url: '/api/v1/settings/documents-letterhead',
      headers: { ...(await t.as('manager')), 'if-match': '"0"' },
      payload: { name: { 'zh-CN': '杭州明远机械制造有限公司', en: 'Hangzhou Mingyuan Machinery Co., Ltd.' }, phone: '0571-88886666' },
    });
    expect(saved.statusCode).toBe(200);
    const chinese = await pdf(`/api/v1/shipments/${shipment.id}/pack-list.pdf`, await t.as('sales'));
    expect(chinese.text).toContain('杭州明远机械制造有限公司');
    expect(chinese.text).toContain('电话：0571-88886666');
    const english = await pdf(`/api/v1/shipments/${shipment.id}/pack-list.pdf`, await englishReader());
    expect(english.text).toContain('Hangzhou Mingyuan Machinery Co., Ltd.');
    expect(english.text).toContain('Tel: 0571-88886666');
  });

  test('printing needs what reading needs: no sign-in is 401, a portal user gets no staff PDF, an unknown id is 404', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/confirmation.pdf` })).statusCode).toBe(401);
    const other = await createTrustedCustomer(t, { name: '宁波海川五金' });
    for (const session of [await portalSession(other.id, 'buyer@haichuan.test'), await portalSession(customer.id, 'buyer@ruida.test')]) {
      for (const url of [`/api/v1/orders/${order.id}/confirmation.pdf`, `/api/v1/shipments/${shipment.id}/delivery-note.pdf`, `/api/v1/shipments/${shipment.id}/pack-list.pdf`]) {
        const res = await t.call({ method: 'GET', url, cookies: session });
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    }
    const missing = await t.call({ method: 'GET', url: '/api/v1/shipments/00000000-0000-4000-8000-000000000000/delivery-note.pdf', headers: await t.as('sales') });
    expect(missing.statusCode).toBe(404);
  });
});

describe('carrier directory', () => {
  test('comes seeded with the common Chinese carriers; staff read it, only managers and admins change it', async () => {
    const list = await t.call({ method: 'GET', url: '/api/v1/carriers', headers: await t.as('warehouse') });
    expect(list.statusCode).toBe(200);
    expect(list.data.items.map((c: any) => c.name)).toEqual(expect.arrayContaining(['顺丰速运', '德邦快递', '京东物流', '中通快递', '圆通速递', '韵达快递', 'EMS']));
    const sf = list.data.items.find((c: any) => c.code === 'SF');
    expect(sf.trackingUrlTemplate).toMatch(/^https:\/\/.*\{trackingNumber\}/);

    const denied = await t.call({ method: 'POST', url: '/api/v1/carriers', headers: await t.as('warehouse'), payload: { code: 'ANE', name: '安能物流' } });
    expect(denied.statusCode).toBe(403);
    const portal = await t.call({ method: 'GET', url: '/api/v1/carriers', cookies: await portalSession(customer.id, 'reader@ruida.test') });
    expect(portal.statusCode).toBe(403);
  });

  test('a manager adds, edits, deactivates and deletes a carrier; codes are unique whatever their case', async () => {
    const manager = await t.as('manager');
    const created = await t.call({ method: 'POST', url: '/api/v1/carriers', headers: manager, payload: { code: 'ane', name: '安能物流', trackingUrlTemplate: 'https://track.ane.example/q?no={trackingNumber}' } });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ code: 'ANE', name: '安能物流', active: true, version: 1 });

    const twice = await t.call({ method: 'POST', url: '/api/v1/carriers', headers: manager, payload: { code: 'Ane', name: '另一个' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.data).toMatchObject({ code: 'already_exists', errors: [{ path: '/code', code: 'unique' }] });

    const stale = await t.call({ method: 'PATCH', url: `/api/v1/carriers/${created.data.id}`, headers: { ...manager, 'if-match': '"7"' }, payload: { active: false } });
    expect(stale.statusCode).toBe(412);
    const off = await t.call({ method: 'PATCH', url: `/api/v1/carriers/${created.data.id}`, headers: { ...manager, 'if-match': '"1"' }, payload: { active: false, trackingUrlTemplate: '' } });
    expect(off.statusCode).toBe(200);
    expect(off.data).toMatchObject({ active: false, trackingUrlTemplate: null, version: 2 });
    const active = await t.call({ method: 'GET', url: '/api/v1/carriers?active=true', headers: manager });
    expect(active.data.items.map((c: any) => c.code)).not.toContain('ANE');

    const valve = await createProduct(t, { name: '球阀', unit: '个', priceMinor: 90_00 });
    await receiveStock(t, valve.id, 1);
    const waiting = await orderReadyToShip(t, customer.id, [{ productId: valve.id, quantity: 1 }]);
    const inactiveShip = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${waiting.id}/shipments`,
      headers: await t.as('warehouse'),
      payload: { carrier: { kind: 'freight', code: 'ANE' }, trackingNumber: 'ANE1', costMinor: 0, lines: [{ lineId: waiting.lines[0].id, quantity: 1 }] },
    });
    expect(inactiveShip.statusCode).toBe(422);
    expect(inactiveShip.data.errors).toEqual([expect.objectContaining({ path: '/carrier/code', code: 'unknown_carrier' })]);

    const removed = await t.call({ method: 'DELETE', url: `/api/v1/carriers/${created.data.id}`, headers: { ...manager, 'if-match': '"2"' } });
    expect(removed.statusCode).toBe(204);
    const sf = (await t.call({ method: 'GET', url: '/api/v1/carriers', headers: manager })).data.items.find((c: any) => c.code === 'SF');
    const used = await t.call({ method: 'DELETE', url: `/api/v1/carriers/${sf.id}`, headers: { ...manager, 'if-match': `"${sf.version}"` } });
    expect(used.statusCode).toBe(409);
    expect(used.data.code).toBe('carrier_in_use');
  });

  test.each([
    ['http://track.example/{trackingNumber}', 'https'],
    ['https://track.example/query', 'trackingNumber'],
    ['https://{trackingNumber}.track.example/', 'host'],
    ['javascript:alert(1)//{trackingNumber}', 'https'],
    ['https://user:pw@track.example/{trackingNumber}', 'credentials'],
  ])('the tracking template %s is refused', async (template, why) => {
    const res = await t.call({ method: 'POST', url: '/api/v1/carriers', headers: await t.as('admin'), payload: { code: 'BAD', name: '坏模板', trackingUrlTemplate: template } });
    expect(res.statusCode).toBe(422);
    expect(res.data).toMatchObject({ code: 'invalid_tracking_url', errors: [{ path: '/trackingUrlTemplate' }] });
    expect(res.data.errors[0].message).toContain(why);
  });

  test('a shipment from the directory links to the carrier tracking page; an older typed-in carrier still shows by name', async () => {
    const shown = await t.call({ method: 'GET', url: `/api/v1/shipments/${shipment.id}`, headers: await t.as('sales') });
    expect(shown.data.carrier).toEqual({ kind: 'express', name: '顺丰速运', code: 'SF', trackingUrl: 'https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1400012345678' });

    const motor = await createProduct(t, { name: '减速机', unit: '台', priceMinor: 800_00 });
    await receiveStock(t, motor.id, 1);
    const other = await orderReadyToShip(t, customer.id, [{ productId: motor.id, quantity: 1 }]);
    const neither = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${other.id}/shipments`,
      headers: await t.as('warehouse'),
      payload: { carrier: { kind: 'freight' }, trackingNumber: 'X', costMinor: 0, lines: [{ lineId: other.lines[0].id, quantity: 1 }] },
    });
    expect(neither.statusCode).toBe(422);
    expect(neither.data.code).toBe('carrier_required');

    const typed = await t.call({
      method: 'POST',
      url: `/api/v1/orders/${other.id}/shipments`,
      headers: await t.as('warehouse'),
      payload: { carrier: { kind: 'freight', name: '本地货运车队' }, trackingNumber: 'LOCAL-7', costMinor: 0, lines: [{ lineId: other.lines[0].id, quantity: 1 }] },
    });
    expect(typed.statusCode).toBe(201);
    expect(typed.data.carrier).toEqual({ kind: 'freight', name: '本地货运车队', code: null, trackingUrl: null });
  });
});
