import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { prepared } from '../db/sql.js';
import type { EventPayloads, EventTopic } from '../outbox/events.js';

/** Who made a change: a signed-in user, or the system / a CLI command. */
export interface Actor {
  userId: string | null;
  label: string;
}

export interface Change {
  entityType: string;
  entityId: string;
  /** The customer the change belongs to: it is chained in one of that customer's chains. */
  customerId?: string | null;
  /**
   * The record whose chain the change goes to, so everything about one order (its plan, its
   * after-sales cases) lies in one chain its dossier can verify; the entity id when absent.
   */
  chainKey?: string;
  action: string;
  before?: unknown;
  after?: unknown;
  /**
   * A jsonb expression merged into `after` by the database, for values that only exist
   * inside the statement (an order number taken by a CTE in the same statement).
   */
  afterMerge?: SQL;
}

/** A message for the outbox: its payload is the one its topic declares (`EventPayloads`). */
export type OutboxMessage<Topic extends EventTopic = EventTopic> = {
  /** `id`: the outbox row's id, for a writer that keeps it to find the message's deliveries later; else a random one. */
  [T in Topic]: { id?: string; topic: T; customerId?: string | null; payload: EventPayloads[T] };
}[Topic];

/**
 * What a module's write inside another module's transaction leaves to be recorded: the
 * caller appends it with its own change, in one statement.
 */
export interface PendingRecord {
  changes: Change[];
  messages: OutboxMessage[];
}

/** The chain for changes that belong to no customer (users, products, stock, settings). */
export const systemChain = 'system';
/**
 * How many chains each customer's changes are spread over, by record: appending locks a
 * chain's head until commit, so with one chain per customer a busy customer's orders took
 * turns; now only changes to records of the same stripe do. (Chains named by the bare
 * customer id are the one-chain layout's; they end where it ended and still verify.)
 */
export const customerChainStripes = 16;
/** The hash a chain's first event links to. */
export const genesisHash = '0'.repeat(64);

function jsonParam(value: unknown): SQL {
  return value === undefined || value === null ? sql`NULL::jsonb` : sql`${JSON.stringify(value)}::jsonb`;
}

/** The chain of a change about record `chainKey` of `customerId`: `<customer id>/<stripe>`, or the system chain. */
export function chainFor(customerId: string | null | undefined, chainKey: string): string {
  if (!customerId) return systemChain;
  const stripe = createHash('sha256').update(chainKey).digest().readUInt32BE(0) % customerChainStripes;
  return `${customerId}/${stripe}`;
}

/** The chain that `changes` are appended to: one call appends to one chain, the first change's record's. */
function chainOf(changes: Change[]): string {
  const customers = new Set(changes.map((c) => c.customerId ?? null));
  if (customers.size !== 1) throw new Error(`One append writes to one customer's audit chain, not ${[...customers].join(', ')}`);
  const [first] = changes;
  return chainFor(first!.customerId, first!.chainKey ?? first!.entityId);
}

/**
 * The CTEs that append `changes` to their hash chain and queue `messages` in the outbox.
 * They lock the chain's head until commit, so put them late in the transaction. Use
 * inside `WITH`. `payloadMerge`, a jsonb expression, is merged into every message's
 * payload by the database (for values that only exist inside the statement).
 */
export function auditAppendCtes(
  actor: Actor,
  at: Date,
  changes: Change[],
  messages: OutboxMessage[] = [],
  payloadMerge?: SQL,
): SQL {
  const chain = chainOf(changes);
  const atParam = sql`${at.toISOString()}::timestamptz`;
  const actorId = sql`${actor.userId}::uuid`;
  // One CTE per change, each hashing onto the one before: plain CTEs plan and run far
  // cheaper than a recursive one, and most appends carry a single change.
  const links = changes.map((c, index) => {
    const after = c.afterMerge ? sql`coalesce(${jsonParam(c.after)}, '{}'::jsonb) || ${c.afterMerge}` : jsonParam(c.after);
    const previous = sql.raw(index === 0 ? 'audit_prior' : `audit_link_${index}`);
    return sql`audit_link_${sql.raw(String(index + 1))} AS (
      SELECT e.*, audit_link_hash(e.prev, ${chain}, e.seq, ${atParam}, ${actorId}, ${actor.label}, e.entity_type, e.entity_id, e.customer_id, e.action, e.before, e.after) AS hash
      FROM (SELECT p.seq + 1 AS seq, p.hash AS prev, ${c.entityType}::text AS entity_type, ${c.entityId}::text AS entity_id,
                   ${c.customerId ?? null}::uuid AS customer_id, ${c.action}::text AS action, ${jsonParam(c.before)} AS before, ${after} AS after
            FROM ${previous} p) e
    )`;
  });
  const appended = sql.join(
    changes.map((_, index) => sql`SELECT * FROM audit_link_${sql.raw(String(index + 1))}`),
    sql` UNION ALL `,
  );
  const outbox = JSON.stringify(messages.map((m) => ({ id: m.id ?? null, topic: m.topic, customerId: m.customerId ?? null, payload: m.payload })));
  return sql`
    audit_locked AS (SELECT seq, hash FROM audit_heads WHERE chain = ${chain} FOR UPDATE),
    -- A chain without a head starts from the genesis hash. (Two first events racing for a
    -- new chain cannot fork it: both take seq 1, and the loser fails on the primary key.)
    audit_prior AS (SELECT seq, hash FROM audit_locked UNION ALL SELECT 0, ${genesisHash} WHERE NOT EXISTS (SELECT 1 FROM audit_locked)),
    ${sql.join(links, sql`,
    `)},
    audit_appended AS (
      INSERT INTO audit_events (chain, seq, at, actor_id, actor_label, entity_type, entity_id, customer_id, action, before, after, prev_hash, hash)
      SELECT ${chain}, l.seq, ${atParam}, ${actorId}, ${actor.label}, l.entity_type, l.entity_id, l.customer_id, l.action, l.before, l.after, l.prev, l.hash
      FROM (${appended}) l
      RETURNING seq, hash
    ),
    audit_advanced AS (
      INSERT INTO audit_heads (chain, seq, hash)
      SELECT ${chain}, seq, hash FROM audit_appended ORDER BY seq DESC LIMIT 1
      ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash
    ),
    outbox_queued AS (
      INSERT INTO outbox (id, topic, customer_id, payload, created_at)
      SELECT coalesce((m->>'id')::uuid, time_ordered_uuid()), m->>'topic', (m->>'customerId')::uuid, m->'payload'${payloadMerge ? sql` || ${payloadMerge}` : sql``}, ${atParam}
      FROM jsonb_array_elements(${outbox}::jsonb) AS m
    )`;
}

const preparedChangesAtMost = 4;

/**
 * Appends the changes to their audit chain and queues their outbox messages, inside the
 * caller's transaction, in one statement. Call it late: it holds the chain's head.
 */
export async function recordChanges(tx: Tx, actor: Actor, at: Date, changes: Change[], messages: OutboxMessage[] = []): Promise<void> {
  if (changes.length === 0) throw new Error('recordChanges needs at least one change');
  const statement = sql`WITH ${auditAppendCtes(actor, at, changes, messages)} SELECT 1`;
  // Its text takes one shape per count of changes (and caller with a merge): a few changes are
  // prepared, where parsing and planning the CTEs cost more than running them; a batch's long one is not kept.
  await tx.execute(changes.length <= preparedChangesAtMost ? prepared(statement) : statement);
}

/** Shorthand for the common case of one change. */
export function recordChange(tx: Tx, actor: Actor, at: Date, change: Change, messages: OutboxMessage[] = []): Promise<void> {
  return recordChanges(tx, actor, at, [change], messages);
}
