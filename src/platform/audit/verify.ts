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

/** Where a walk along a chain starts: the first event to check and the hash it must link to. */
interface WalkStart {
  seq: number;
  prevHash: string;
}

/** Walks a chain from `start` up to `lastSeq` (the chain's end when absent), recomputing each link; returns the events checked or the first break. */
async function walkChain(db: Executor, chain: string, start: WalkStart, lastSeq?: number): Promise<{ checked: number; prevHash: string; broken?: Broken }> {
  let expectedSeq = start.seq;
  let prevHash = start.prevHash;
  let checked = 0;
  for (;;) {
    const rows = await queryRows<{ seq: string | number; prev_hash: string; hash: string; recomputed: string }>(
      db,
      sql`SELECT seq, prev_hash, hash,
                 audit_link_hash(prev_hash, chain, seq, at, actor_id, actor_label, entity_type, entity_id, customer_id, action, before, after) AS recomputed
          FROM audit_events WHERE chain = ${chain} AND seq >= ${expectedSeq} ${lastSeq === undefined ? sql`` : sql`AND seq <= ${lastSeq}`} ORDER BY seq LIMIT ${batchSize}`,
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return { checked, prevHash, broken: { chain, seq: expectedSeq, code: 'event_missing', reason: `event ${expectedSeq} is missing (next present is ${seq})` } };
      if (row.prev_hash !== prevHash) return { checked, prevHash, broken: { chain, seq, code: 'predecessor_mismatch', reason: 'its recorded predecessor hash does not match the previous event' } };
      if (row.recomputed !== row.hash) return { checked, prevHash, broken: { chain, seq, code: 'event_altered', reason: 'its content does not match its hash (the event was altered)' } };
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batchSize) break;
  }
  if (lastSeq !== undefined && expectedSeq <= lastSeq) {
    return { checked, prevHash, broken: { chain, seq: expectedSeq, code: 'event_missing', reason: `event ${expectedSeq} is missing (the segment ends at ${lastSeq})` } };
  }
  return { checked, prevHash };
}

/** Walks one chain from its first event and checks that it ends where its head says. */
async function verifyChain(db: Executor, chain: string, head: { seq: number; hash: string } | undefined): Promise<{ checked: number; broken?: Broken }> {
  const walked = await walkChain(db, chain, { seq: 1, prevHash: genesisHash });
  if (walked.broken) return walked;
  const { checked, prevHash } = walked;
  const headSeq = head?.seq ?? 0;
  if (checked !== headSeq || (head && head.hash !== prevHash)) {
    return { checked, broken: { chain, seq: checked + 1, code: 'head_mismatch', reason: `the chain ends at event ${checked} but its head records event ${headSeq}` } };
  }
  return { checked };
}

export interface SegmentResult {
  ok: boolean;
  chain: string;
  fromSeq: number;
  toSeq: number;
  /** Events of the segment whose links were recomputed and hold. */
  checked: number;
  broken?: Broken;
}

/**
 * Verifies one stretch of a chain, events `fromSeq` to `toSeq`: each is where it should be,
 * links to the hash of the event before it (the stretch's first to the event preceding the
 * stretch, or to the genesis hash) and still matches its own hash. What one record's history
 * (an order's dossier) is checked by, without walking the whole trail.
 */
export async function verifyChainSegment(db: Executor, chain: string, fromSeq: number, toSeq: number): Promise<SegmentResult> {
  const [before] = fromSeq > 1 ? await queryRows<{ hash: string }>(db, sql`SELECT hash FROM audit_events WHERE chain = ${chain} AND seq = ${fromSeq - 1}`) : [{ hash: genesisHash }];
  if (!before) {
    const broken: Broken = { chain, seq: fromSeq - 1, code: 'event_missing', reason: `event ${fromSeq - 1}, which the segment links to, is missing` };
    return { ok: false, chain, fromSeq, toSeq, checked: 0, broken };
  }
  const walked = await walkChain(db, chain, { seq: fromSeq, prevHash: before.hash }, toSeq);
  return { ok: !walked.broken, chain, fromSeq, toSeq, checked: walked.checked, ...(walked.broken ? { broken: walked.broken } : {}) };
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
