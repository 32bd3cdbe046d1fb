import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, orderEvents, placeApprovedOrder } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';

/* Issue 13 item 7: files on orders and cases, typed by their content, limited in size and
 * count, seen by a portal customer on their own orders only, and the signed confirmation a
 * custom order's review may require. */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let customer: any;
let otherCustomer: any;
let product: any;
let mine: Record<string, string>;
let theirs: Record<string, string>;

const pdf = (size = 400) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size)]);
const png = (size = 400) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size)]);
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), randomBytes(400)]);

interface Part {
  name: string;
  type: string;
  content: Buffer;
}
const boundary = 'ordo-attachment-boundary';
function multipart(parts: Part[]): Buffer {
  return Buffer.concat([
    ...parts.flatMap((p) => [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${p.name}"\r\nContent-Type: ${p.type}\r\n\r\n`), p.content, Buffer.from('\r\n')]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}
const multipartType = `multipart/form-data; boundary=${boundary}`;

async function upload(url: string, parts: Part[], auth: { headers?: Record<string, string>; cookies?: Record<string, string> }) {
  return t.call({ method: 'POST', url, headers: { ...auth.headers, 'content-type': multipartType }, ...(auth.cookies ? { cookies: auth.cookies } : {}), payload: multipart(parts) });
}
const staff = async () => ({ headers: await t.as('specialist') });

async function portalSession(customerId: string, email: string): Promise<Record<string, string>> {
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customerId}/portal-users`, headers: await t.as('sales'), payload: { email, name: '采购 李' } });
  expect(invited.statusCode).toBe(201);
  await t.drain();
  const token = smtp.received
    .filter((m) => m.to.includes(email))
    .flatMap(linksIn)
    .map((path) => /^\/portal\/link\/([A-Za-z0-9_-]+)$/.exec(path)![1]!)[0];
  const followed = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${token}` });
  expect(followed.statusCode).toBe(200);
  return { ordo_session: followed.cookies.find((c) => c.name === 'ordo_session')!.value };
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url, ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  customer = await createTrustedCustomer(t, { name: '杭州云帆贸易' });
  otherCustomer = await createTrustedCustomer(t, { name: '苏州远航机电', contacts: [{ name: '赵工', phone: '13900000002', email: 'zhao@other.test', primary: true }] });
  product = await createProduct(t, { priceMinor: 30_00, name: '工业传感器' });
  await receiveStock(t, product.id, 500);
  mine = await portalSession(customer.id, 'li.buyer@yunfan.test');
  theirs = await portalSession(otherCustomer.id, 'buyer@other.test');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('attachments on orders', () => {
  test('staff upload a signed confirmation, list it, download the same bytes and delete it with an audit trail', async () => {
    const order = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 2 }]);
    const signed = pdf();
    const res = await upload(`/api/v1/orders/${order.id}/attachments?kind=signed_confirmation`, [{ name: '确认函.pdf', type: 'application/pdf', content: signed }], await staff());
    expect(res.statusCode).toBe(201);
    expect(res.data.items).toEqual([expect.objectContaining({ kind: 'signed_confirmation', fileName: '确认函.pdf', contentType: 'application/pdf', sizeBytes: signed.length, source: 'staff' })]);
    const listed = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/attachments`, headers: await t.as('warehouse') });
    expect(listed.data.items.map((a: any) => a.id)).toEqual([res.data.items[0].id]);
    const file = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/attachments/${res.data.items[0].id}`, headers: await t.as('warehouse') });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.rawPayload.equals(signed)).toBe(true);

    const byWarehouse = await t.call({ method: 'DELETE', url: `/api/v1/orders/${order.id}/attachments/${res.data.items[0].id}`, headers: await t.as('warehouse') });
    expect(byWarehouse.statusCode).toBe(403);
    const deleted = await t.call({ method: 'DELETE', url: `/api/v1/orders/${order.id}/attachments/${res.data.items[0].id}`, headers: await t.as('specialist') });
    expect(deleted.statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/attachments`, headers: await t.as('warehouse') })).data.items).toEqual([]);
    expect(await orderEvents(t, order.id)).toEqual(expect.arrayContaining(['order.attachment_added', 'order.attachment_deleted']));
    const gone = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/attachments/${res.data.items[0].id}`, headers: await t.as('warehouse') });
    expect(gone.statusCode).toBe(404);
  });

  test('type spoofing is refused: a .pdf name holding PNG or program bytes, and nothing is kept', async () => {
    const order = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 1 }]);
    const pngAsPdf = await upload(`/api/v1/orders/${order.id}/attachments?kind=drawing`, [{ name: 'drawing.pdf', type: 'application/pdf', content: png() }], await staff());
    expect(pngAsPdf.statusCode).toBe(415);
    expect(pngAsPdf.data.code).toBe('unsupported_file_type');
    const exeAsPdf = await upload(`/api/v1/orders/${order.id}/attachments?kind=drawing`, [{ name: 'drawing.pdf', type: 'application/pdf', content: exe }], await staff());
    expect(exeAsPdf.statusCode).toBe(415);
    expect(exeAsPdf.data.code).toBe('unsupported_file_type');
    // One good file and one bad in the same request: neither is kept.
    const mixed = await upload(`/api/v1/orders/${order.id}/attachments`, [{ name: 'logo.png', type: 'image/png', content: png() }, { name: 'setup.pdf', type: 'application/pdf', content: exe }], await staff());
    expect(mixed.statusCode).toBe(415);
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/attachments`, headers: await t.as('specialist') })).data.items).toEqual([]);
    const logo = await upload(`/api/v1/orders/${order.id}/attachments?kind=logo`, [{ name: 'logo.png', type: 'application/octet-stream', content: png() }], await staff());
    expect(logo.data.items).toEqual([expect.objectContaining({ kind: 'logo', contentType: 'image/png' })]);
  });

  test('too large and too many are refused with their codes', async () => {
    const order = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 1 }]);
    const large = await upload(`/api/v1/orders/${order.id}/attachments`, [{ name: 'scan.pdf', type: 'application/pdf', content: pdf(20 * 1024 * 1024) }], await staff());
    expect(large.statusCode).toBe(413);
    expect(large.data.code).toBe('file_too_large');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `photo-${i}.png`, type: 'image/png', content: png() }));
    const many = await upload(`/api/v1/orders/${order.id}/attachments?kind=photo`, eleven, await staff());
    expect(many.statusCode).toBe(413);
    expect(many.data.code).toBe('too_many_files');
    // Twenty on the order in all: two requests of ten fill it, and one more is refused.
    for (let round = 0; round < 2; round++) {
      expect((await upload(`/api/v1/orders/${order.id}/attachments?kind=photo`, eleven.slice(0, 10), await staff())).statusCode).toBe(201);
    }
    const full = await upload(`/api/v1/orders/${order.id}/attachments?kind=photo`, eleven.slice(0, 1), await staff());
    expect(full.data).toMatchObject({ code: 'too_many_files', maxFiles: 20 });
  });

  test('on after-sales cases too', async () => {
    const opened = await t.call({ method: 'POST', url: '/api/v1/cases', headers: await t.as('after_sales'), payload: { customerId: customer.id, type: 'complaint', summary: '外包装破损' } });
    expect(opened.statusCode).toBe(201);
    const res = await upload(`/api/v1/cases/${opened.data.id}/attachments?kind=photo`, [{ name: '破损.jpg', type: 'image/jpeg', content: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(300)]) }], { headers: await t.as('after_sales') });
    expect(res.statusCode).toBe(201);
    expect(res.data.items).toEqual([expect.objectContaining({ caseId: opened.data.id, orderId: null, kind: 'photo' })]);
    const listed = await t.call({ method: 'GET', url: `/api/v1/cases/${opened.data.id}/attachments`, headers: await t.as('after_sales') });
    expect(listed.data.items).toHaveLength(1);
  });
});

describe('the portal', () => {
  test('a customer sees and adds files on their own orders; another customer’s files are not found', async () => {
    const order = await placeApprovedOrder(t, customer.id, [{ productId: product.id, quantity: 2 }]);
    const staffFile = await upload(`/api/v1/orders/${order.id}/attachments?kind=drawing`, [{ name: '图纸.pdf', type: 'application/pdf', content: pdf() }], await staff());
    const fileId = staffFile.data.items[0].id;

    const own = await t.call({ method: 'GET', url: `/api/v1/portal/orders/${order.id}/attachments`, cookies: mine });
    expect(own.data.items.map((a: any) => a.id)).toEqual([fileId]);
    const download = await t.app.inject({ method: 'GET', url: `/api/v1/portal/orders/${order.id}/attachments/${fileId}`, cookies: mine });
    expect(download.statusCode).toBe(200);
    const added = await upload(`/api/v1/portal/orders/${order.id}/attachments?kind=signed_confirmation`, [{ name: 'signed.pdf', type: 'application/pdf', content: pdf() }], { cookies: mine });
    expect(added.statusCode).toBe(201);
    expect(added.data.items[0]).toMatchObject({ source: 'portal', kind: 'signed_confirmation' });

    for (const url of [`/api/v1/portal/orders/${order.id}/attachments`, `/api/v1/portal/orders/${order.id}/attachments/${fileId}`]) {
      const res = await t.call({ method: 'GET', url, cookies: theirs });
      expect(res.statusCode).toBe(404);
    }
    const smuggled = await upload(`/api/v1/portal/orders/${order.id}/attachments`, [{ name: 'x.pdf', type: 'application/pdf', content: pdf() }], { cookies: theirs });
    expect(smuggled.statusCode).toBe(404);
    // Staff routes are not the portal's.
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/attachments/${fileId}`, cookies: theirs })).statusCode).toBe(403);
    expect((await t.call({ method: 'GET', url: `/api/v1/portal/orders/${order.id}/attachments`, cookies: theirs })).data.items).toBeUndefined();
  });
});

describe('signed confirmation before approval', () => {
  test('with the review setting, a custom order is approved only once a signed confirmation is attached', async () => {
    const manager = await t.as('manager');
    const setting = await t.call({ method: 'GET', url: '/api/v1/settings/review-signed-confirmation', headers: manager });
    expect(setting.data.value).toEqual({ orderTypes: [] });
    const saved = await t.call({ method: 'PUT', url: '/api/v1/settings/review-signed-confirmation', headers: { ...manager, 'if-match': `"${setting.data.version}"` }, payload: { orderTypes: ['custom'] } });
    expect(saved.statusCode).toBe(200);

    const placed = await placeOrder(t, {
      customerId: customer.id,
      channel: 'b2b_direct',
      type: 'custom',
      requestedDeliveryDate: daysAfter(t, 20),
      lines: [{ productId: product.id, quantity: 2 }],
      specialRequirements: { text: '需定制LOGO', customization: { logo: '客户提供AI文件，40mm，正面居中' } },
      paymentStatus: 'unpaid',
    });
    expect(placed.data.status).toBe('under_review');
    const decideWaiting = async () => {
      for (;;) {
        const { data: review } = await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}/review`, headers: manager });
        const waiting = review.rounds.flatMap((r: any) => r.steps).find((s: any) => s.status === 'waiting');
        if (!waiting) return undefined;
        const res = await t.call({ method: 'POST', url: `/api/v1/orders/${placed.data.id}/review/${waiting.id}`, headers: await t.as(waiting.role), payload: { decision: 'approve' } });
        if (res.statusCode !== 200) return { step: waiting.key, res };
      }
    };
    const refused = await decideWaiting();
    expect(refused).toMatchObject({ step: 'final', res: { statusCode: 409, data: { code: 'signed_confirmation_required' } } });
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}`, headers: manager })).data.status).toBe('under_review');

    // A drawing is not a signed confirmation.
    await upload(`/api/v1/orders/${placed.data.id}/attachments?kind=drawing`, [{ name: 'logo.pdf', type: 'application/pdf', content: pdf() }], await staff());
    expect(await decideWaiting()).toMatchObject({ step: 'final', res: { data: { code: 'signed_confirmation_required' } } });
    await upload(`/api/v1/orders/${placed.data.id}/attachments?kind=signed_confirmation`, [{ name: '签字确认函.pdf', type: 'application/pdf', content: pdf() }], await staff());
    expect(await decideWaiting()).toBeUndefined();
    expect((await t.call({ method: 'GET', url: `/api/v1/orders/${placed.data.id}`, headers: manager })).data.status).toBe('approved');
  });
});
