import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/platform/db/connect.js';
import { migrationsFolder } from '../../src/platform/db/migrate.js';
import { queryRows } from '../../src/platform/db/sql.js';
import { freshDatabase } from '../support/database.js';

/*
 * 0017 renames the event topics stored before the past-tense names. The database is
 * migrated already (the migration found nothing then); rows under the old names are
 * written as an older Ordo left them, and the migration's statements run again over them.
 */

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => database?.close());

async function runRenameMigration(): Promise<void> {
  const text = fs.readFileSync(path.join(migrationsFolder, '0017_rename_event_topics.sql'), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) await database.db.execute(sql.raw(statement));
}

test('stored topics move to the past-tense names; sent webhook calls keep what they said', async () => {
  const db = database.db;
  const at = '2024-05-10T01:00:00.000Z';
  const userId = randomUUID();
  const hookId = randomUUID();
  const queuedCall = randomUUID();
  const sentCall = randomUUID();
  const envelope = (topic: string) => JSON.stringify({ id: 'e1', topic, createdAt: at, customerId: null, data: { orderId: 'o1' } });
  await db.execute(sql`INSERT INTO outbox (topic, payload, created_at) VALUES ('sla.warning', '{"orderId":"o1"}', ${at}), ('order.approved', '{"orderId":"o1"}', ${at})`);
  await db.execute(sql`INSERT INTO notifications (user_id, event_id, topic, title, body, data, created_at) VALUES (${userId}, ${randomUUID()}, 'review.step_waiting', 't', 'b', '{}', ${at})`);
  await db.execute(sql`INSERT INTO notification_preferences (user_id, channel, topic, enabled) VALUES (${userId}, 'email', 'customer.daily_digest', false), (${userId}, 'sms', '*', true)`);
  await db.execute(sql`INSERT INTO webhook_subscriptions (id, url, events, secret, active, created_at, updated_at, version)
                       VALUES (${hookId}, 'https://erp.example/hook', ARRAY['order.approved', 'order.ready_to_ship', 'order.in_service'], 's', true, ${at}, ${at}, 3)`);
  await db.execute(sql`INSERT INTO notification_deliveries (id, event_id, topic, channel, recipient, subscription_id, subject, body, status, created_at) VALUES
                       (${queuedCall}, ${randomUUID()}, 'order.ready_to_ship', 'webhook', ${hookId}, ${hookId}, 'order.ready_to_ship', ${envelope('order.ready_to_ship')}, 'queued', ${at}),
                       (${sentCall}, ${randomUUID()}, 'order.ready_to_ship', 'webhook', ${hookId}, ${hookId}, 'order.ready_to_ship', ${envelope('order.ready_to_ship')}, 'sent', ${at})`);
  const overrides = { 'portal.sign_in_link': { en: { title: 'Your link', body: '{link}' } }, 'order.approved': { en: { title: 'OK', body: '{number}' } } };
  await db.execute(sql`INSERT INTO settings (key, value, version, updated_at) VALUES ('notification-templates', ${JSON.stringify(overrides)}::jsonb, 2, ${at})
                       ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version`);

  await runRenameMigration();

  expect((await queryRows<{ topic: string }>(db, sql`SELECT topic FROM outbox ORDER BY topic`)).map((r) => r.topic)).toEqual(['order.approved', 'sla.warned']);
  expect(await queryRows(db, sql`SELECT topic FROM notifications`)).toEqual([{ topic: 'review.step_opened' }]);
  expect(await queryRows(db, sql`SELECT channel, topic FROM notification_preferences ORDER BY channel`)).toEqual([
    { channel: 'email', topic: 'customer.digest_sent' },
    { channel: 'sms', topic: '*' },
  ]);
  expect(await queryRows(db, sql`SELECT events, version FROM webhook_subscriptions`)).toEqual([{ events: ['order.approved', 'order.packed', 'order.service_started'], version: 4 }]);
  const calls = await queryRows<{ id: string; topic: string; subject: string; body: string }>(db, sql`SELECT id, topic, subject, body FROM notification_deliveries`);
  expect(calls.find((c) => c.id === queuedCall)).toMatchObject({ topic: 'order.packed', subject: 'order.packed', body: envelope('order.packed') });
  expect(calls.find((c) => c.id === sentCall)).toMatchObject({ topic: 'order.packed', subject: 'order.ready_to_ship', body: envelope('order.ready_to_ship') });
  expect(await queryRows(db, sql`SELECT value, version FROM settings WHERE key = 'notification-templates'`)).toEqual([
    { value: { 'portal.sign_in_link_requested': overrides['portal.sign_in_link'], 'order.approved': overrides['order.approved'] }, version: 3 },
  ]);

  await runRenameMigration();
  expect(await queryRows(db, sql`SELECT version FROM settings WHERE key = 'notification-templates'`)).toEqual([{ version: 3 }]);
  expect(await queryRows(db, sql`SELECT version FROM webhook_subscriptions`)).toEqual([{ version: 4 }]);
});
