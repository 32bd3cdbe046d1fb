/*
 * Process mining on Ordo's own event log (SPEC "beyond the seeds"): every order's audit
 * events carry the path of statuses it moved through (`after.transitions`), kept move by move
 * in order_transitions as they are recorded, so the cases are the orders received in the
 * period and their whole history up to now. The figures are aggregated in SQL
 * (process-moves.ts); this file orders them and words the slowest edge. Read-only.
 */
import type { Executor } from '../../platform/db/connect.js';
import { sentenceOf, type Sentences } from '../../platform/messages.js';
import { orderMachine, orderStatuses, type OrderStatus } from '../orders/service.js';
import { planFactsBetween, type StageFact } from '../planning/service.js';
import type { ProcessMap } from './process-contract.js';
import { moveFigures, staysOnEdge, type CaseSelection } from './process-moves.js';
import type { ReportPeriod } from './process-range.js';

/** The moves that send work back to be done again (rework loops). */
const reworkEvents: readonly string[] = ['resubmit', 'reject', 'send_back', 'revise'];

/** Where an order spent time: one stay in a status, from `enteredAt` until it moved on at `leftAt`. */
interface Stay {
  orderId: string;
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

function isOrderStatus(status: string): status is OrderStatus {
  return (orderStatuses as readonly string[]).includes(status);
}

/** Sorts `items` by `rank`, best first, keeping the order they were first met in (`firstSeen`) among equals. */
function byRankThenFirstSeen<T extends { firstSeen: string }>(items: T[], rank: (a: T, b: T) => number): T[] {
  return [...items].sort((a, b) => rank(a, b) || (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : 0));
}

/**
 * The process map of the orders received in `period` (optionally of one type): the
 * directly-follows graph of statuses with the time spent before each move, the variants,
 * the rework loops and every move checked against the state table. A move that keeps the
 * status (a change, a replan, another partial shipment) is checked but draws no edge.
 */
export async function processMap(db: Executor, period: ReportPeriod, type: string | null, now: Date): Promise<ProcessMap> {
  const selection: CaseSelection = { start: period.start, end: period.end, type };
  const figures = await moveFigures(db, selection, orderMachine.transitions as Record<string, Record<string, string>>, reworkEvents, orderMachine.initial[0]!);

  const variants = figures.variants.map((v) => ({ path: v.path.split('>'), orderIds: v.orderIds }));
  // A status's cases: each case follows one variant, so they add up without counting a case twice.
  const nodes = new Map<string, number>();
  for (const variant of [...variants].sort((a, b) => (a.orderIds[0]! < b.orderIds[0]! ? -1 : 1))) {
    for (const status of new Set(variant.path)) nodes.set(status, (nodes.get(status) ?? 0) + variant.orderIds.length);
  }

  const edges = byRankThenFirstSeen(figures.edges, () => 0);
  const slowest = byRankThenFirstSeen(
    edges.filter((e) => (e.medianSeconds ?? 0) > 0),
    (a, b) => b.medianSeconds! - a.medianSeconds! || b.cases - a.cases,
  )[0];
  let summary: ProcessMap['slowest'] = null;
  if (slowest) {
    const params: Record<string, unknown> = { from: slowest.from, to: slowest.to, medianSeconds: slowest.medianSeconds, cases: slowest.cases };
    const [stays, { stages }] = await Promise.all([staysOnEdge(db, selection, slowest.from, slowest.to), planFactsBetween(db, period.start, now)]);
    const [largest] = stageShares(stays, stages, now);
    const share = largest && slowest.totalSeconds > 0 ? Math.round((largest.seconds / slowest.totalSeconds) * 100) : 0;
    const code = share > 0 ? 'process.slowest_edge_stage' : 'process.slowest_edge';
    if (share > 0) Object.assign(params, { stage: largest!.stage, stageSharePercent: share });
    summary = { code, params, sentence: sentenceOf(processSentences, { code, params }) };
  }

  const numbers = figures.orderNumbers;
  return {
    from: period.from,
    to: period.to,
    type,
    cases: figures.cases,
    // A status the state table does not know shows among the deviations, not as a node.
    nodes: [...nodes].filter((node): node is [OrderStatus, number] => isOrderStatus(node[0])).map(([status, cases]) => ({ status, cases })),
    edges: edges
      .map((e) => ({ from: e.from, to: e.to, cases: e.cases, occurrences: e.occurrences, medianSeconds: e.medianSeconds, p90Seconds: e.p90Seconds, orderIds: e.orderIds }))
      .sort((a, b) => b.cases - a.cases || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    variants: variants
      .map((v) => ({ path: v.path, cases: v.orderIds.length, share: figures.cases > 0 ? v.orderIds.length / figures.cases : 0, orderIds: v.orderIds }))
      .sort((a, b) => b.cases - a.cases || a.path.join().localeCompare(b.path.join())),
    rework: byRankThenFirstSeen(figures.rework, () => 0).map((r) => ({ event: r.event, from: r.from, to: r.to, cases: r.cases, occurrences: r.occurrences, orderIds: r.orderIds })),
    conformance: {
      transitions: figures.transitions,
      conforming: figures.transitions - figures.deviations.length,
      deviations: figures.deviations.map((d) => ({ orderId: d.orderId, orderNumber: numbers[d.orderId] ?? null, at: new Date(d.atMs).toISOString(), action: d.action, event: d.event, from: d.from, to: d.to, reason: d.reason })),
    },
    orderNumbers: numbers,
    slowest: summary,
  };
}
