import { asc, gt } from 'drizzle-orm';
import type { Executor } from '../db/connect.js';
import { genesisHash, linkHash } from './chain.js';
import { auditEvents, auditHead } from './schema.js';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: number;
  /** The first link that does not hold, when one does not. */
  broken?: { seq: number; reason: string };
}

const batchSize = 1000;

/**
 * Walks the whole chain in order and recomputes every link. A row changed, removed or
 * inserted anywhere shows up as the first link whose hash or predecessor does not match.
 */
export async function verifyAuditChain(db: Executor): Promise<VerifyResult> {
  const [head] = await db.select().from(auditHead);
  const headSeq = head?.seq ?? 0;
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { ok: false, checked, headSeq, broken: { seq: expectedSeq, reason: `event ${expectedSeq} is missing (next present is ${row.seq})` } };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, headSeq, broken: { seq: row.seq, reason: 'its recorded predecessor hash does not match the previous event' } };
      }
      const recomputed = linkHash(prevHash, row.seq, {
        at: row.at,
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        entityType: row.entityType,
        entityId: row.entityId,
        customerId: row.customerId,
        action: row.action,
        before: row.before,
        after: row.after,
      });
      if (recomputed !== row.hash) {
        return { ok: false, checked, headSeq, broken: { seq: row.seq, reason: 'its content does not match its hash (the event was altered)' } };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batchSize) break;
  }
  if (checked !== headSeq || (head && head.hash !== prevHash)) {
    return {
      ok: false,
      checked,
      headSeq,
      broken: { seq: checked + 1, reason: `the chain ends at event ${checked} but its head records event ${headSeq}` },
    };
  }
  return { ok: true, checked, headSeq };
}
