import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordChanges } from '../../src/platform/audit/record.js';
import { verifyAuditChain } from '../../src/platform/audit/verify.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct, daysAfter, placeOrder, receiveStock } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const customer = await createCustomer(t);
  const product = await createProduct(t);
  await receiveStock(t, product.id, 50);
  for (let i = 0; i < 5; i++) {
    t.clock.advance(60_000);
    await placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' });
  }
});
afterAll(async () => t?.close());

test('every change is an event with actor, time, entity, action and before/after, and the chain verifies', async () => {
  const res = await t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.as('admin') });
  expect(res.data.ok).toBe(true);
  const events = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events`)) as unknown as { rows: { n: number }[] };
  expect(res.data.checked).toBe(events.rows[0]!.n);
  // The system's, and the stripes of the customer's chain its record and five orders fell in.
  const chains = (await t.database.db.execute(sql`SELECT DISTINCT chain FROM audit_events`)) as unknown as { rows: { chain: string }[] };
  expect(res.data.chains).toBe(chains.rows.length);
  expect(chains.rows.filter((r) => r.chain !== 'system').every((r) => /^[0-9a-f-]{36}\/\d+$/.test(r.chain))).toBe(true);
  const rows = (await t.database.db.execute(sql`SELECT action, actor_label, entity_type, before, after FROM audit_events ORDER BY at, chain, seq`)) as unknown as {
    rows: { action: string; actor_label: string; entity_type: string; before: unknown; after: any }[];
  };
  const actions = rows.rows.map((r) => r.action);
  expect(actions).toContain('customer.created');
  expect(actions).toContain('product.created');
  expect(actions).toContain('stock.receipt');
  expect(actions.filter((a) => a === 'order.received')).toHaveLength(5);
  const received = rows.rows.find((r) => r.action === 'order.received')!;
  expect(received.actor_label).toBe('admin');
  // A small paid order of a known customer, in stock: the review approved it at once.
  expect(received.after).toMatchObject({ status: 'approved', totals: { totalMinor: 100_00 } });
  expect(received.after.transitions.map((s: any) => s.event)).toEqual(['audit_pass', 'approve']);
  expect(actions.filter((a) => a === 'review.started')).toHaveLength(5);
  expect(rows.rows.filter((r) => r.action === 'order.numbered').map((r) => r.after.number)).toEqual(['202405-001', '202405-002', '202405-003', '202405-004', '202405-005']);
});

test('several changes appended in one call are chained in order', async () => {
  const before = await verifyAuditChain(t.database.db, { full: true });
  await t.database.db.transaction((tx) =>
    recordChanges(tx, { userId: null, label: 'test' }, t.clock.now(), [
      { entityType: 'setting', entityId: 'a', action: 'setting.updated', after: { value: 1 } },
      { entityType: 'setting', entityId: 'b', action: 'setting.updated', before: { value: '旧' }, after: { value: '新', nested: { z: 1, a: [true, null] } } },
      { entityType: 'setting', entityId: 'c', action: 'setting.updated' },
    ]),
  );
  const after = await verifyAuditChain(t.database.db, { full: true });
  expect(after).toMatchObject({ ok: true, checked: before.checked + 3, chains: before.chains });
  const rows = (await t.database.db.execute(sql`SELECT entity_id FROM audit_events WHERE chain = 'system' ORDER BY seq DESC LIMIT 3`)) as unknown as { rows: { entity_id: string }[] };
  expect(rows.rows.map((r) => r.entity_id)).toEqual(['c', 'b', 'a']);
});

test('verification sees one consistent moment while orders keep coming in', async () => {
  const customer = await createCustomer(t, { name: '并发校验有限公司' });
  const product = await createProduct(t);
  await receiveStock(t, product.id, 100);
  const admin = await t.as('admin');
  const [, verdicts] = await Promise.all([
    Promise.all(Array.from({ length: 30 }, () => placeOrder(t, { customerId: customer.id, channel: 'api', requestedDeliveryDate: daysAfter(t, 5), lines: [{ productId: product.id, quantity: 1 }], paymentStatus: 'paid' }))),
    Promise.all(Array.from({ length: 8 }, () => t.call({ method: 'GET', url: '/api/v1/audit/verify', headers: admin }))),
  ]);
  expect(verdicts.map((v) => v.data.ok)).toEqual(Array(8).fill(true));
});

test('a run goes on from where the last one ended, and a full one walks every chain again', async () => {
  // A chain a migration made with no event yet: its head is at 0.
  await t.database.db.execute(sql`INSERT INTO audit_heads (chain, seq, hash) VALUES ('empty', 0, repeat('0', 64))`);
  const full = await verifyAuditChain(t.database.db, { full: true });
  expect(full).toMatchObject({ ok: true, full: true });
  expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: 0, chains: full.chains, full: false });
  await t.database.db.transaction((tx) => recordChanges(tx, { userId: null, label: 'test' }, t.clock.now(), [{ entityType: 'setting', entityId: 'd', action: 'setting.updated' }]));
  expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: 1, chains: full.chains, full: false });
  const recorded = (await t.database.db.execute(sql`SELECT r.seq::int AS seq FROM audit_verified r JOIN audit_heads h USING (chain, seq, hash) WHERE chain = 'system'`)) as unknown as { rows: { seq: number }[] };
  expect(recorded.rows).toHaveLength(1);
});

test('a last verified link rewritten since, hash and head included, is caught by the next run, which starts from it', async () => {
  const [head] = ((await t.database.db.execute(sql`SELECT seq::int AS seq FROM audit_heads WHERE chain = 'system'`)) as unknown as { rows: { seq: number }[] }).rows;
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql`UPDATE audit_events SET actor_label = 'someone else', hash = repeat('f', 64) WHERE chain = 'system' AND seq = ${head!.seq}`);
    await tx.execute(sql`UPDATE audit_heads SET hash = repeat('f', 64) WHERE chain = 'system'`);
  });
  const result = await verifyAuditChain(t.database.db);
  expect(result).toMatchObject({ ok: false, full: false, broken: { chain: 'system', seq: head!.seq, code: 'event_altered' } });
});

test('the database refuses to change or delete an event', async () => {
  await expect(t.database.db.execute(sql`UPDATE audit_events SET action = 'x' WHERE seq = 1`)).rejects.toThrow();
  await expect(t.database.db.execute(sql`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow();
});

test('a deleted event is found, in its own chain', async () => {
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql`DELETE FROM audit_events WHERE chain = 'system' AND seq = 2`);
  });
  const result = await verifyAuditChain(t.database.db, { full: true });
  expect(result.ok).toBe(false);
  expect(result.broken).toMatchObject({ chain: 'system', seq: 2, code: 'event_missing', reason: 'event 2 is missing (next present is 3)' });
});

test('an event altered behind the database’s back is found, at its own position', async () => {
  // Someone with superuser rights switches the guard off and edits history.
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql`UPDATE audit_events SET after = jsonb_set(after, '{totals,totalMinor}', '1') WHERE action = 'order.received' AND seq = (SELECT min(seq) FROM audit_events WHERE action = 'order.received')`);
  });
  const tampered = (await t.database.db.execute(sql`SELECT chain, min(seq)::int AS seq FROM audit_events WHERE action = 'order.received' GROUP BY chain`)) as unknown as { rows: { chain: string; seq: number }[] };
  const result = await verifyAuditChain(t.database.db, { full: true });
  expect(result.ok).toBe(false);
  // Every chain whose first order.received sits at that seq was altered; the walk meets them in chain order.
  const [first] = tampered.rows.filter((row) => row.seq === Math.min(...tampered.rows.map((r) => r.seq))).sort((a, b) => (a.chain < b.chain ? -1 : 1));
  expect(result.broken).toEqual({ ...first, code: 'event_altered', reason: 'its content does not match its hash (the event was altered)' });
});

test('chains walked several at once report the same first break, and the same count before it, as one at a time', async () => {
  // By now two chains are broken (an order's chain and, later in chain order, the system chain).
  const oneAtATime = await verifyAuditChain(t.database.db, { full: true });
  expect(oneAtATime.ok).toBe(false);
  for (const parallel of [2, 4, 16]) expect(await verifyAuditChain(t.database.db, { full: true, parallel })).toEqual(oneAtATime);
});
