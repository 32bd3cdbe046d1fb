/*
 * Process mining on Ordo's own event log (SPEC "beyond the seeds"): every order's audit
 * events carry the path of statuses it moved through (`after.transitions`), so the cases
 * are the orders received in the period and their whole history up to now. Read-only.
 */
import type { Executor } from '../../platform/db/connect.js';
import { historiesOpenedBetween, type EntityEventView } from '../../platform/audit/query.js';
import { sentenceOf, type Sentences } from '../../platform/messages.js';
import { orderMachine, orderStatuses, type OrderStatus } from '../orders/service.js';
import { planFactsBetween, type StageFact } from '../planning/service.js';
import type { ProcessMap } from './process-contract.js';
import { spread, type ReportPeriod } from './process-range.js';

/** The moves that send work back to be done again (rework loops). */
const reworkEvents: ReadonlySet<string> = new Set(['resubmit', 'reject', 'send_back', 'revise']);

interface Transition {
  event: string;
  from: string;
  to: string;
}

interface Case {
  orderId: string;
  orderNumber: string | null;
  type: string | null;
  openedAt: Date;
  moves: (Transition & { at: Date; action: string })[];
}

/** Where an order spent time: one stay in `from`, until it moved to `to`. */
interface Stay {
  orderId: string;
  from: string;
  to: string;
  enteredAt: Date;
  leftAt: Date;
}

export const processSentences = {
  'process.slowest_edge': (p) => `Orders wait a median ${hours(p.medianSeconds)} h between ${String(p.from)} and ${String(p.to)} (${String(p.cases)} orders)`,
  'process.slowest_edge_stage': (p) =>
    `Orders wait a median ${hours(p.medianSeconds)} h between ${String(p.from)} and ${String(p.to)} (${String(p.cases)} orders); ${String(p.stageSharePercent)}% of that in the ${String(p.stage)} stage`,
} satisfies Sentences<string>;

function hours(seconds: unknown): string {
  return (Number(seconds) / 3600).toFixed(1).replace(/\.0$/, '');
}

function isTransition(value: unknown): value is Transition {
  const t = value as Partial<Transition> | null;
  return !!t && typeof t.event === 'string' && typeof t.from === 'string' && typeof t.to === 'string';
}

/** The orders' events grouped into cases, each with its moves in the order they happened. */
function casesOf(events: EntityEventView[]): Case[] {
  const byOrder = new Map<string, Case>();
  for (const event of events) {
    const after = (event.after ?? {}) as { transitions?: unknown; number?: unknown; type?: unknown };
    let current = byOrder.get(event.entityId);
    if (!current) {
      current = { orderId: event.entityId, orderNumber: null, type: null, openedAt: new Date(event.at), moves: [] };
      byOrder.set(event.entityId, current);
    }
    if (event.action === 'order.received') {
      current.openedAt = new Date(event.at);
      current.type = typeof after.type === 'string' ? after.type : null;
    }
    if (current.orderNumber === null && typeof after.number === 'string') current.orderNumber = after.number;
    const moves = Array.isArray(after.transitions) ? after.transitions.filter(isTransition) : [];
    for (const move of moves) current.moves.push({ event: move.event, from: move.from, to: move.to, at: new Date(event.at), action: event.action });
  }
  return [...byOrder.values()];
}

function allowed(move: Transition): boolean {
  const row = (orderMachine.transitions as Record<string, Record<string, string> | undefined>)[move.from];
  return row?.[move.event] === move.to;
}

/** Adds `orderId` to the tally under `key`: occurrences, and the distinct orders they belong to. */
function tally<T extends { occurrences: number; orderIds: Set<string> }>(map: Map<string, T>, key: string, orderId: string, make: () => T): T {
  let entry = map.get(key);
  if (!entry) {
    entry = make();
    map.set(key, entry);
  }
  entry.occurrences += 1;
  entry.orderIds.add(orderId);
  return entry;
}

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/** How much of the stays fell inside each plan stage's actual run, by stage key. */
function stageShares(stays: Stay[], stages: StageFact[], now: Date): { stage: string; seconds: number }[] {
  const byOrder = new Map<string, StageFact[]>();
  for (const s of stages) byOrder.set(s.orderId, [...(byOrder.get(s.orderId) ?? []), s]);
  const byStage = new Map<string, number>();
  for (const stay of stays) {
    for (const stage of byOrder.get(stay.orderId) ?? []) {
      if (!stage.actualStart) continue;
      const start = Math.max(stage.actualStart.getTime(), stay.enteredAt.getTime());
      const end = Math.min((stage.actualEnd ?? now).getTime(), stay.leftAt.getTime());
      if (end > start) byStage.set(stage.key, (byStage.get(stage.key) ?? 0) + Math.round((end - start) / 1000));
    }
  }
  return [...byStage].map(([stage, secs]) => ({ stage, seconds: secs })).sort((a, b) => b.seconds - a.seconds);
}

/**
 * The process map of the orders received in `period` (optionally of one type): the
 * directly-follows graph of statuses with the time spent before each move, the variants,
 * the rework loops and every move checked against the state table. A move that keeps the
 * status (a change, a replan, another partial shipment) is checked but draws no edge.
 */
function isOrderStatus(status: string): status is OrderStatus {
  return (orderStatuses as readonly string[]).includes(status);
}

export async function processMap(db: Executor, period: ReportPeriod, type: string | null, now: Date): Promise<ProcessMap> {
  const events = await historiesOpenedBetween(db, 'order', 'order.received', period.start, period.end);
  const cases = casesOf(events).filter((c) => type === null || c.type === type);

  const nodes = new Map<string, Set<string>>();
  const edges = new Map<string, { from: string; to: string; occurrences: number; orderIds: Set<string>; seconds: number[]; stays: Stay[] }>();
  const variants = new Map<string, { path: string[]; orderIds: string[] }>();
  const rework = new Map<string, Transition & { occurrences: number; orderIds: Set<string> }>();
  const deviations: ProcessMap['conformance']['deviations'] = [];
  let transitions = 0;

  for (const c of cases) {
    let status = c.moves[0]?.from ?? orderMachine.initial[0]!;
    let enteredAt = c.openedAt;
    const path = [status];
    nodes.set(status, (nodes.get(status) ?? new Set()).add(c.orderId));
    for (const move of c.moves) {
      transitions += 1;
      const reason = !allowed(move) ? 'not_in_state_table' : move.from !== status ? 'not_from_current_status' : null;
      if (reason) deviations.push({ orderId: c.orderId, orderNumber: c.orderNumber, at: move.at.toISOString(), action: move.action, event: move.event, from: move.from, to: move.to, reason });
      if (reworkEvents.has(move.event)) tally(rework, `${move.event}|${move.from}|${move.to}`, c.orderId, () => ({ event: move.event, from: move.from, to: move.to, occurrences: 0, orderIds: new Set() }));
      if (move.to === status) continue;
      const edge = tally(edges, `${status}|${move.to}`, c.orderId, () => ({ from: status, to: move.to, occurrences: 0, orderIds: new Set(), seconds: [], stays: [] }));
      edge.seconds.push(seconds(enteredAt, move.at));
      edge.stays.push({ orderId: c.orderId, from: status, to: move.to, enteredAt, leftAt: move.at });
      status = move.to;
      enteredAt = move.at;
      path.push(status);
      nodes.set(status, (nodes.get(status) ?? new Set()).add(c.orderId));
    }
    const key = path.join('>');
    const variant = variants.get(key) ?? { path, orderIds: [] };
    variant.orderIds.push(c.orderId);
    variants.set(key, variant);
  }

  const edgeList = [...edges.values()].map((e) => ({ ...e, ...spread(e.seconds) }));
  const slowest = edgeList.filter((e) => (e.medianSeconds ?? 0) > 0).sort((a, b) => b.medianSeconds! - a.medianSeconds! || b.orderIds.size - a.orderIds.size)[0];
  let summary: ProcessMap['slowest'] = null;
  if (slowest) {
    const params: Record<string, unknown> = { from: slowest.from, to: slowest.to, medianSeconds: slowest.medianSeconds, cases: slowest.orderIds.size };
    const { stages } = await planFactsBetween(db, period.start, now);
    const [largest] = stageShares(slowest.stays, stages, now);
    const total = slowest.seconds.reduce((sum, s) => sum + s, 0);
    const share = largest && total > 0 ? Math.round((largest.seconds / total) * 100) : 0;
    const code = share > 0 ? 'process.slowest_edge_stage' : 'process.slowest_edge';
    if (share > 0) Object.assign(params, { stage: largest!.stage, stageSharePercent: share });
    summary = { code, params, sentence: sentenceOf(processSentences, { code, params }) };
  }

  return {
    from: period.from,
    to: period.to,
    type,
    cases: cases.length,
    // A status the state table does not know shows among the deviations, not as a node.
    nodes: [...nodes].filter((node): node is [OrderStatus, Set<string>] => isOrderStatus(node[0])).map(([status, ids]) => ({ status, cases: ids.size })),
    edges: edgeList
      .map((e) => ({ from: e.from, to: e.to, cases: e.orderIds.size, occurrences: e.occurrences, medianSeconds: e.medianSeconds, p90Seconds: e.p90Seconds, orderIds: [...e.orderIds] }))
      .sort((a, b) => b.cases - a.cases || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    variants: [...variants.values()]
      .map((v) => ({ path: v.path, cases: v.orderIds.length, share: cases.length > 0 ? v.orderIds.length / cases.length : 0, orderIds: v.orderIds }))
      .sort((a, b) => b.cases - a.cases || a.path.join().localeCompare(b.path.join())),
    rework: [...rework.values()].map((r) => ({ event: r.event, from: r.from, to: r.to, cases: r.orderIds.size, occurrences: r.occurrences, orderIds: [...r.orderIds] })),
    conformance: { transitions, conforming: transitions - deviations.length, deviations },
    orderNumbers: Object.fromEntries(cases.map((c) => [c.orderId, c.orderNumber])),
    slowest: summary,
  };
}
