import { sql } from 'drizzle-orm';
import type { Executor } from '../db/connect.js';
import { queryRows } from '../db/sql.js';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: number;
  /** The first link that does not hold, when one does not. */
  broken?: { seq: number; reason: string };
}

const batchSize = 2000;
export const genesisHash = '0'.repeat(64);

/**
 * Walks the whole chain in order, recomputing every link with the same database function
 * that made it. A row changed, removed or inserted anywhere shows up as the first link
 * whose hash, position or predecessor does not match.
 */
export async function verifyAuditChain(db: Executor): Promise<VerifyResult> {
  const [head] = await queryRows<{ seq: string | number; hash: string }>(db, sql`SELECT seq, hash FROM audit_head WHERE id = 1`);
  const headSeq = Number(head?.seq ?? 0);
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const rows = await queryRows<{ seq: string | number; prev_hash: string; hash: string; recomputed: string }>(
      db,
      sql`SELECT seq, prev_hash, hash,
                 audit_link_hash(prev_hash, seq, at, actor_id, actor_label, entity_type, entity_id, customer_id, action, before, after) AS recomputed
          FROM audit_events WHERE seq >= ${expectedSeq} ORDER BY seq LIMIT ${batchSize}`,
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        return { ok: false, checked, headSeq, broken: { seq: expectedSeq, reason: `event ${expectedSeq} is missing (next present is ${seq})` } };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, headSeq, broken: { seq, reason: 'its recorded predecessor hash does not match the previous event' } };
      }
      if (row.recomputed !== row.hash) {
        return { ok: false, checked, headSeq, broken: { seq, reason: 'its content does not match its hash (the event was altered)' } };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batchSize) break;
  }
  if (checked !== headSeq || (head && head.hash !== prevHash)) {
    return { ok: false, checked, headSeq, broken: { seq: checked + 1, reason: `the chain ends at event ${checked} but its head records event ${headSeq}` } };
  }
  return { ok: true, checked, headSeq };
}
