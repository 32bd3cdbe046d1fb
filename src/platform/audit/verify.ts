import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/connect.js';
import { queryRows } from '../db/sql.js';
import { genesisHash } from './record.js';

export interface VerifyResult {
  ok: boolean;
  /** Events whose links were recomputed and hold. */
  checked: number;
  chains: number;
  /** The first link that does not hold, when one does not. */
  broken?: { chain: string; seq: number; code: BreakCode; reason: string };
}

/** What is wrong at the first broken link, for the console to say in the reader's language (`reason` is the English sentence). */
export const breakCodes = ['event_missing', 'predecessor_mismatch', 'event_altered', 'head_mismatch'] as const;
export type BreakCode = (typeof breakCodes)[number];

const batchSize = 2000;

type Broken = NonNullable<VerifyResult['broken']>;

/** Walks one chain from its first event, recomputing each link; returns the events checked or the first break. */
async function verifyChain(db: Executor, chain: string, head: { seq: number; hash: string } | undefined): Promise<{ checked: number; broken?: Broken }> {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const rows = await queryRows<{ seq: string | number; prev_hash: string; hash: string; recomputed: string }>(
      db,
      sql`SELECT seq, prev_hash, hash,
                 audit_link_hash(prev_hash, chain, seq, at, actor_id, actor_label, entity_type, entity_id, customer_id, action, before, after) AS recomputed
          FROM audit_events WHERE chain = ${chain} AND seq >= ${expectedSeq} ORDER BY seq LIMIT ${batchSize}`,
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return { checked, broken: { chain, seq: expectedSeq, code: 'event_missing', reason: `event ${expectedSeq} is missing (next present is ${seq})` } };
      if (row.prev_hash !== prevHash) return { checked, broken: { chain, seq, code: 'predecessor_mismatch', reason: 'its recorded predecessor hash does not match the previous event' } };
      if (row.recomputed !== row.hash) return { checked, broken: { chain, seq, code: 'event_altered', reason: 'its content does not match its hash (the event was altered)' } };
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batchSize) break;
  }
  const headSeq = head?.seq ?? 0;
  if (checked !== headSeq || (head && head.hash !== prevHash)) {
    return { checked, broken: { chain, seq: checked + 1, code: 'head_mismatch', reason: `the chain ends at event ${checked} but its head records event ${headSeq}` } };
  }
  return { checked };
}

/**
 * Walks every chain in order, recomputing every link with the same database function that
 * made it. A row changed, removed or inserted anywhere shows up as the first link whose
 * hash, position or predecessor does not match; events cut off a chain's end show up
 * against the chain's head.
 */
export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  // One snapshot for the whole walk: events appended meanwhile (by a running worker or
  // server) would otherwise look like a chain running past its head.
  return db.transaction((tx) => verifyIn(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

async function verifyIn(db: Executor): Promise<VerifyResult> {
  const heads = await queryRows<{ chain: string; seq: string | number; hash: string }>(db, sql`SELECT chain, seq, hash FROM audit_heads`);
  const orphans = await queryRows<{ chain: string }>(db, sql`SELECT DISTINCT chain FROM audit_events WHERE chain NOT IN (SELECT chain FROM audit_heads)`);
  const chains = [...heads.map((h) => h.chain), ...orphans.map((o) => o.chain)].sort();
  const headOf = new Map(heads.map((h) => [h.chain, { seq: Number(h.seq), hash: h.hash }]));
  let checked = 0;
  for (const chain of chains) {
    const result = await verifyChain(db, chain, headOf.get(chain));
    checked += result.checked;
    if (result.broken) return { ok: false, checked, chains: chains.length, broken: result.broken };
  }
  return { ok: true, checked, chains: chains.length };
}
