import { sql } from 'drizzle-orm';
import { setImmediate as yieldToOthers } from 'node:timers/promises';
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
  /** Whether every chain was walked from its start, rather than on from its last verified link. */
  full: boolean;
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
    // Between batches others get their turn: on PGlite this query and theirs share one thread.
    await yieldToOthers();
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

/** A chain's head, the last link verified before, and the hash that link's event carries now. */
interface ChainState {
  chain: string;
  head?: { seq: number; hash: string };
  verified?: { seq: number; hash: string; hashNow: string | null };
}

/** Whether the chain was verified up to its present head already: nothing new to walk or record. */
function verifiedToHead({ head, verified }: ChainState): boolean {
  return head !== undefined && verified?.seq === head.seq && verified.hash === head.hash;
}

/**
 * Walks one chain up to its head as read before the walk (events appended meanwhile are the
 * next run's), from its first event or, when `full` is false, from its last verified link
 * after checking that event still carries the hash recorded for it.
 */
async function verifyChain(db: Executor, state: ChainState, full: boolean): Promise<{ checked: number; broken?: Broken }> {
  const { chain, head, verified } = state;
  let start: WalkStart = { seq: 1, prevHash: genesisHash };
  // A chain whose head is still at 0 (made empty by a migration) has no link to check yet.
  if (!full && verified && verified.seq > 0 && head && verified.seq <= head.seq) {
    if (verified.hashNow === null) return { checked: 0, broken: { chain, seq: verified.seq, code: 'event_missing', reason: `event ${verified.seq}, verified before, is missing` } };
    if (verified.hashNow !== verified.hash) return { checked: 0, broken: { chain, seq: verified.seq, code: 'event_altered', reason: 'its hash is not the one it had when it was verified (the event was altered)' } };
    if (verifiedToHead(state)) return { checked: 0 };
    start = { seq: verified.seq + 1, prevHash: verified.hash };
  }
  const headSeq = head?.seq ?? 0;
  const walked = await walkChain(db, chain, start, head ? headSeq : undefined);
  const endedAt = start.seq - 1 + walked.checked;
  if (walked.broken && !(walked.broken.code === 'event_missing' && endedAt < headSeq && !(await eventsAfter(db, chain, endedAt)))) return walked;
  if (endedAt !== headSeq || (head && head.hash !== walked.prevHash)) {
    return { checked: walked.checked, broken: { chain, seq: endedAt + 1, code: 'head_mismatch', reason: `the chain ends at event ${endedAt} but its head records event ${headSeq}` } };
  }
  return { checked: walked.checked };
}

/** Whether the chain has any event after `seq` (a gap inside it rather than a cut-off end). */
async function eventsAfter(db: Executor, chain: string, seq: number): Promise<boolean> {
  return (await queryRows(db, sql`SELECT 1 FROM audit_events WHERE chain = ${chain} AND seq > ${seq} LIMIT 1`)).length > 0;
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
 * Walks every chain, recomputing each link with the same database function that made it. A
 * row changed, removed or inserted shows up as the first link whose hash, position or
 * predecessor does not match; events cut off a chain's end show up against the chain's head.
 * Each chain is walked on from its last verified link (whose hash is checked first) unless
 * `full`, and its new last link is recorded. No snapshot is held: each chain is walked up to
 * its head as read first, in batches, so the walk neither holds back vacuum nor, on PGlite,
 * keeps other requests waiting behind it. `parallel` chains are walked at once (the hashing is
 * the database's work, so on PostgreSQL it spreads over its cores); the break reported is
 * still the first in chain order, with the events verified in the chains before it.
 */
export async function verifyAuditChain(db: Db, options: { full?: boolean; now?: Date; parallel?: number } = {}): Promise<VerifyResult> {
  const full = options.full ?? false;
  const heads = await queryRows<{ chain: string; seq: string | number; hash: string }>(db, sql`SELECT chain, seq, hash FROM audit_heads`);
  // Each verified link with the hash its event carries now (null when the event is gone), in one read.
  const verified = await queryRows<{ chain: string; seq: string | number; hash: string; hash_now: string | null }>(
    db,
    sql`SELECT v.chain, v.seq, v.hash, e.hash AS hash_now FROM audit_verified v LEFT JOIN audit_events e ON e.chain = v.chain AND e.seq = v.seq`,
  );
  // The chains that have events but no head, read as a skip along the (chain, seq) key: one
  // probe per chain, where DISTINCT would read every event.
  const orphans = await queryRows<{ chain: string }>(
    db,
    sql`WITH RECURSIVE chains(chain) AS (
          (SELECT chain FROM audit_events ORDER BY chain LIMIT 1)
          UNION ALL
          SELECT (SELECT e.chain FROM audit_events e WHERE e.chain > c.chain ORDER BY e.chain LIMIT 1) FROM chains c WHERE c.chain IS NOT NULL
        )
        SELECT chain FROM chains WHERE chain IS NOT NULL AND chain NOT IN (SELECT chain FROM audit_heads)`,
  );
  const chains = [...heads.map((h) => h.chain), ...orphans.map((o) => o.chain)].sort();
  const link = (row: { seq: string | number; hash: string }) => ({ seq: Number(row.seq), hash: row.hash });
  const headOf = new Map(heads.map((h) => [h.chain, link(h)]));
  const verifiedOf = new Map(verified.map((v) => [v.chain, { ...link(v), hashNow: v.hash_now }]));

  const outcomes: { checked: number; broken?: Broken }[] = [];
  let next = 0;
  let firstBreak = Infinity;
  const walkOn = async () => {
    // Chains start in order, so when one breaks every chain before it has started and is awaited.
    while (next < chains.length && next < firstBreak) {
      const index = next++;
      const chain = chains[index]!;
      const head = headOf.get(chain);
      const verifiedBefore = verifiedOf.get(chain);
      const outcome = await verifyChain(db, { chain, head, verified: verifiedBefore }, full);
      outcomes[index] = outcome;
      if (outcome.broken) {
        firstBreak = Math.min(firstBreak, index);
      } else if (head && !verifiedToHead({ chain, head, verified: verifiedBefore })) {
        // Never moves back: a slower run that read an older head leaves a newer record alone.
        await db.execute(sql`
          INSERT INTO audit_verified (chain, seq, hash, verified_at) VALUES (${chain}, ${head.seq}, ${head.hash}, ${(options.now ?? new Date()).toISOString()}::timestamptz)
          ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, verified_at = excluded.verified_at WHERE audit_verified.seq <= excluded.seq`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, walkOn));

  const upTo = Number.isFinite(firstBreak) ? firstBreak + 1 : chains.length;
  const checked = outcomes.slice(0, upTo).reduce((sum, outcome) => sum + outcome.checked, 0);
  const broken = Number.isFinite(firstBreak) ? outcomes[firstBreak]!.broken : undefined;
  return broken ? { ok: false, checked, chains: chains.length, full, broken } : { ok: true, checked, chains: chains.length, full };
}
