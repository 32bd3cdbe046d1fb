import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip } from '../support/fulfilment.js';

/* Finding 9 of issue 11: photos stream to the file store, never through the database, and
 * every file of a request is stored or the request is refused with nothing written. */

let t: TestApp;
let customer: any;
let pump: any;

beforeAll(async () => {
  t = await createTestApp();
  customer = await createTrustedCustomer(t, { name: '华东精密制造' });
  pump = await createProduct(t, { name: '水泵', unit: '台', priceMinor: 40_00 });
  await receiveStock(t, pump.id, 1000);
});
afterAll(async () => t?.close());

const MiB = 1024 * 1024;
const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]);
const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), randomBytes(500)]);
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300)]);

interface Part {
  name: string;
  type: string;
  content: Buffer;
}

const boundary = 'ordo-photo-boundary';
const multipartType = `multipart/form-data; boundary=${boundary}`;
function partHead(p: Part): Buffer {
  return Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${p.name}"\r\nContent-Type: ${p.type}\r\n\r\n`);
}
function multipart(parts: Part[]): Buffer {
  return Buffer.concat([...parts.flatMap((p) => [partHead(p), p.content, Buffer.from('\r\n')]), Buffer.from(`--${boundary}--\r\n`)]);
}

async function acceptedOrder(): Promise<any> {
  const ready = await orderReadyToShip(t, customer.id, [{ productId: pump.id, quantity: 2 }]);
  const delivered = await deliverOrder(t, ready);
  const res = await t.call({ method: 'POST', url: `/api/v1/orders/${delivered.id}/acceptance`, headers: await t.as('logistics'), payload: { lines: [{ lineId: delivered.lines[0].id, result: 'pass' }] } });
  expect(res.statusCode).toBe(201);
  return delivered;
}

async function upload(orderId: string, parts: Part[]) {
  return t.call({ method: 'POST', url: `/api/v1/orders/${orderId}/acceptance/photos`, headers: { ...(await t.as('logistics')), 'content-type': multipartType }, payload: multipart(parts) });
}

async function photoRows(orderId: string): Promise<{ path_key: string | null; has_content: boolean }[]> {
  const result = (await t.database.db.execute(
    sql`SELECT p.path_key, p.content IS NOT NULL AS has_content FROM acceptance_photos p JOIN acceptances a ON a.id = p.acceptance_id WHERE a.order_id = ${orderId}`,
  )) as unknown as { rows: { path_key: string | null; has_content: boolean }[] };
  return result.rows;
}

async function auditCount(): Promise<number> {
  const result = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

/** Every file in the store, temp files included. */
async function filesInStore(): Promise<string[]> {
  if (!existsSync(t.config.filesDir)) return [];
  const entries = await readdir(t.config.filesDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('acceptance photo uploads', () => {
  test('the file store is the test app’s own, not the repository’s ./data/files', () => {
    expect(t.config.filesDir.startsWith(path.resolve('data'))).toBe(false);
  });

  test('two files in one request are both stored, on disk and not in the database, and come back byte for byte', async () => {
    const order = await acceptedOrder();
    const first = jpeg(2 * MiB);
    const second = png(300_000);
    const res = await upload(order.id, [
      { name: '外包装.jpg', type: 'image/jpeg', content: first },
      { name: 'label.png', type: 'image/png', content: second },
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.data.photos).toEqual([
      expect.objectContaining({ fileName: '外包装.jpg', contentType: 'image/jpeg', sizeBytes: first.length, sha256: createHash('sha256').update(first).digest('hex') }),
      expect.objectContaining({ fileName: 'label.png', contentType: 'image/png', sizeBytes: second.length }),
    ]);
    const rows = await photoRows(order.id);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.path_key !== null && !r.has_content)).toBe(true);
    for (const row of rows) expect(existsSync(path.join(t.config.filesDir, row.path_key!))).toBe(true);

    const listed = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/acceptance`, headers: await t.as('sales') });
    expect(listed.data.photos.map((p: any) => p.id).sort()).toEqual(res.data.photos.map((p: any) => p.id).sort());
    for (const [photo, bytes] of [[res.data.photos[0], first], [res.data.photos[1], second]] as const) {
      const image = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/acceptance/photos/${photo.id}`, headers: await t.as('sales') });
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe(photo.contentType);
      expect(image.headers['x-content-type-options']).toBe('nosniff');
      expect(image.headers['content-disposition']).toMatch(/^inline; /);
      expect(image.rawPayload.equals(bytes)).toBe(true);
    }
  });

  test('the type is told by the content: HEIC and PDF are stored as what they are and served as downloads', async () => {
    const order = await acceptedOrder();
    const res = await upload(order.id, [
      { name: 'IMG_0001.HEIC', type: 'application/octet-stream', content: heic },
      { name: '签收单.pdf', type: 'image/jpeg', content: pdf },
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.data.photos.map((p: any) => p.contentType)).toEqual(['image/heic', 'application/pdf']);
    const served = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/acceptance/photos/${res.data.photos[1].id}`, headers: await t.as('sales') });
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['content-disposition']).toMatch(/^attachment; /);
    expect(served.rawPayload.equals(pdf)).toBe(true);
  });

  test('a file too large, too many files or a file of the wrong type refuses the whole request, with nothing written', async () => {
    const order = await acceptedOrder();
    const before = { audit: await auditCount(), files: (await filesInStore()).length };
    const small = { name: 'ok.jpg', type: 'image/jpeg', content: jpeg(50_000) };

    const large = await upload(order.id, [small, { name: 'big.jpg', type: 'image/jpeg', content: jpeg(10 * MiB + 1) }]);
    expect(large.statusCode).toBe(413);
    expect(large.data).toMatchObject({ code: 'file_too_large', maxFileBytes: 10 * MiB, errors: [{ path: '/file', code: 'file_too_large' }] });

    const many = await upload(order.id, Array.from({ length: 11 }, () => small));
    expect(many.statusCode).toBe(413);
    expect(many.data).toMatchObject({ code: 'too_many_files', maxFiles: 10 });

    const wrong = await upload(order.id, [small, { name: 'invoice.png', type: 'image/png', content: Buffer.from('MZ\x90\x00 not a picture at all') }]);
    expect(wrong.statusCode).toBe(415);
    expect(wrong.data).toMatchObject({ code: 'unsupported_file_type', allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] });

    const none = await t.call({ method: 'POST', url: `/api/v1/orders/${order.id}/acceptance/photos`, headers: { ...(await t.as('logistics')), 'content-type': multipartType }, payload: Buffer.from(`--${boundary}--\r\n`) });
    expect(none.statusCode).toBe(422);
    expect(none.data.code).toBe('invalid_attachment');

    expect(await photoRows(order.id)).toEqual([]);
    expect(await auditCount()).toBe(before.audit);
    expect((await filesInStore()).length).toBe(before.files);
  });

  test('past the ten photos an acceptance holds, or when the transaction fails, the files just written are removed', async () => {
    const order = await acceptedOrder();
    const photo = () => ({ name: 'p.jpg', type: 'image/jpeg', content: jpeg(20_000) });
    expect((await upload(order.id, Array.from({ length: 9 }, photo))).statusCode).toBe(201);
    const files = (await filesInStore()).length;
    const over = await upload(order.id, [photo(), photo()]);
    expect(over.statusCode).toBe(413);
    expect(over.data).toMatchObject({ code: 'too_many_files', maxFiles: 10 });
    expect(await photoRows(order.id)).toHaveLength(9);
    expect((await filesInStore()).length).toBe(files);

    // The files were in place when the transaction refused: no acceptance recorded yet.
    const ready = await orderReadyToShip(t, customer.id, [{ productId: pump.id, quantity: 1 }]);
    const unaccepted = await deliverOrder(t, ready);
    const refused = await upload(unaccepted.id, [photo()]);
    expect(refused.statusCode).toBe(404);
    expect((await filesInStore()).length).toBe(files);
  });

  test('a photo is served only under its own order, and only to a role that reads orders', async () => {
    const order = await acceptedOrder();
    const other = await acceptedOrder();
    const res = await upload(order.id, [{ name: 'a.png', type: 'image/png', content: png(1000) }]);
    const id = res.data.photos[0].id;
    const elsewhere = await t.call({ method: 'GET', url: `/api/v1/orders/${other.id}/acceptance/photos/${id}`, headers: await t.as('sales') });
    expect(elsewhere.statusCode).toBe(404);
    const anonymous = await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/acceptance/photos/${id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  test('a photo stored in the database before the file store is served unchanged and moved to the store', async () => {
    const order = await acceptedOrder();
    const acceptance = (await t.call({ method: 'GET', url: `/api/v1/orders/${order.id}/acceptance`, headers: await t.as('sales') })).data;
    const bytes = png(5000);
    const id = '0b9e4d4c-6f5a-4b7e-9a57-1c2d3e4f5a6b';
    await t.database.db.execute(sql`
      INSERT INTO acceptance_photos (id, acceptance_id, customer_id, file_name, content_type, size_bytes, sha256, content, uploaded_at)
      VALUES (${id}, ${acceptance.id}, ${customer.id}, 'old.png', 'image/png', ${bytes.length}, ${createHash('sha256').update(bytes).digest('hex')}, decode(${bytes.toString('hex')}, 'hex'), now())`);

    for (let round = 0; round < 2; round++) {
      const served = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/acceptance/photos/${id}`, headers: await t.as('sales') });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect(served.rawPayload.equals(bytes)).toBe(true);
      const [row] = await photoRows(order.id);
      expect(row).toMatchObject({ has_content: false, path_key: expect.any(String) });
      expect((await readFile(path.join(t.config.filesDir, row!.path_key!))).equals(bytes)).toBe(true);
    }
  });

  test('temp files a stopped process left behind are removed at start, unless another process may still be writing them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ordo-sweep-'));
    await mkdir(path.join(dir, 'tmp'));
    const stale = path.join(dir, 'tmp', 'stale.part');
    const fresh = path.join(dir, 'tmp', 'fresh.part');
    await writeFile(stale, 'half a photo');
    await writeFile(fresh, 'a photo arriving');
    await utimes(stale, new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    const started = await createTestApp({ now: new Date().toISOString(), env: { ORDO_FILES_DIR: dir } });
    try {
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(fresh)).toBe(true);
    } finally {
      await started.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('while a large upload streams in, the server answers other requests and writes the file as it arrives', async () => {
    const order = await acceptedOrder();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const headers = await t.as('logistics');
    const content = jpeg(8 * MiB);
    const half = 4 * MiB;

    const request = http.request(`${base}/api/v1/orders/${order.id}/acceptance/photos`, { method: 'POST', headers: { ...headers, 'content-type': multipartType } });
    const answered = new Promise<{ status: number; body: any }>((resolve, reject) => {
      request.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) }));
      });
      request.on('error', reject);
    });
    const part = { name: 'big.jpg', type: 'image/jpeg', content };
    request.write(Buffer.concat([partHead(part), content.subarray(0, half)]));

    // The first half lands in a temp file in the store while the request is still open.
    const tmp = path.join(t.config.filesDir, 'tmp');
    let written = 0;
    for (let tries = 0; tries < 200 && written < half; tries++) {
      const names = existsSync(tmp) ? await readdir(tmp) : [];
      written = names.length === 1 ? (await stat(path.join(tmp, names[0]!))).size : 0;
      if (written < half) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(written).toBe(half);

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const list = await fetch(`${base}/api/v1/orders?limit=5`, { headers });
    expect(list.status).toBe(200);

    request.end(Buffer.concat([content.subarray(half), Buffer.from(`\r\n--${boundary}--\r\n`)]));
    const res = await answered;
    expect(res.status).toBe(201);
    expect(res.body.photos).toEqual([expect.objectContaining({ sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex') })]);
  });
});
