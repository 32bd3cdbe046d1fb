import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit trail: one row per change, each carrying the hash of the one before it in its
 * chain. Each customer's changes are spread by record over a fixed number of chains
 * (`<customer id>/<stripe>`, see `chainFor`: one order's events stay in one), and one
 * `system` chain holds the rest, so no row is shared by every change, one customer's orders
 * commit in parallel, and the trail can later be distributed by customer like the tables it
 * records. Rows are never updated or deleted (a trigger refuses it); `ordo audit verify`
 * walks every chain.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    customerId: uuid('customer_id'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  // entity_type, at: the events of a period (the reports' "orders handled"), the trail being far longer than any period;
  // with who changed which entity (INCLUDE actor_id, entity_id, actor_label: migration report_covering_indexes), so
  // "orders handled" reads a period's events from the index alone, not their rows with the before and after JSON.
  (t) => [
    primaryKey({ columns: [t.chain, t.seq] }),
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.seq),
    index('audit_events_type_at_idx').on(t.entityType, t.at),
  ],
);

/** The newest link of each chain, locked by every change appended to it until commit. */
export const auditHeads = pgTable('audit_heads', {
  chain: text('chain').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/**
 * How far each chain has been verified: the last link `ordo audit verify` found holding, with
 * its hash. The next run goes on from there after checking that event still carries that
 * hash; a `--full` run walks every chain from its start again.
 */
export const auditVerified = pgTable('audit_verified', {
  chain: text('chain').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'date' }).notNull(),
});
