/*
 * Process mining on Ordo's own event log (SPEC "beyond the seeds"): every order's audit
 * events carry the path of statuses it moved through (`after.transitions`), kept move by move
 * in order_transitions as they are recorded, so the cases are the orders received in the
 * period and their whole history up to now. The figures are aggregated in SQL
 * (process-moves.ts); this file orders them, words the slowest edge and lists the orders behind
 * one figure on demand. Read-only.
 */
import type { Executor } from '../../platform/db/connect.js';
import { sentenceOf, type Sentences } from '../../platform/messages.js';
import { orderMachine, orderStatuses, type OrderStatus } from '../orders/service.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import { stageSecondsWithin } from '../planning/service.js';
import { reportOrdersPageSize, type ProcessMap, type ReportOrders, type ReportOrdersQuery } from './process-contract.js';
import { moveFigures, ordersBehind, type CaseSelection, type ProcessFigure } from './process-moves.js';
import { figureUnknown, type ReportPeriod } from './process-range.js';

/** The moves that send work back to be done again (rework loops). */
const reworkEvents: readonly string[] = ['resubmit', 'reject', 'send_back', 'revise'];

export const processSentences = {
  'process.slowest_edge': (p) => `Orders wait a median ${hours(p.medianSeconds)} h between ${String(p.from)} and ${String(p.to)} (${String(p.cases)} orders)`,
  'process.slowest_edge_stage': (p) =>
    `Orders wait a median ${hours(p.medianSeconds)} h between ${String(p.from)} and ${String(p.to)} (${String(p.cases)} orders); ${String(p.stageSharePercent)}% of that in the ${String(p.stage)} stage`,
} satisfies Sentences<string>;

function hours(seconds: unknown): string {
  return (Number(seconds) / 3600).toFixed(1).replace(/\.0$/, '');
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

  const variants = figures.variants.map((v) => ({ path: v.path.split('>'), cases: v.cases, firstOrderId: v.firstOrderId }));
  // A status's cases: each case follows one variant, so they add up without counting a case twice.
  const nodes = new Map<string, number>();
  for (const variant of [...variants].sort((a, b) => (a.firstOrderId < b.firstOrderId ? -1 : 1))) {
    for (const status of new Set(variant.path)) nodes.set(status, (nodes.get(status) ?? 0) + variant.cases);
  }

  const edges = byRankThenFirstSeen(figures.edges, () => 0);
  const slowest = figures.slowest && edges.find((e) => e.from === figures.slowest!.from && e.to === figures.slowest!.to);
  let summary: ProcessMap['slowest'] = null;
  if (slowest) {
    const params: Record<string, unknown> = { from: slowest.from, to: slowest.to, medianSeconds: slowest.medianSeconds, cases: slowest.cases };
    const [largest] = await stageSecondsWithin(db, figures.slowest!.stays, period.start, now);
    const share = largest && slowest.totalSeconds > 0 ? Math.round((largest.seconds / slowest.totalSeconds) * 100) : 0;
    const code = share > 0 ? 'process.slowest_edge_stage' : 'process.slowest_edge';
    if (share > 0) Object.assign(params, { stage: largest!.stage, stageSharePercent: share });
    summary = { code, params, sentence: sentenceOf(processSentences, { code, params }) };
  }

  return {
    from: period.from,
    to: period.to,
    type,
    cases: figures.cases,
    // A status the state table does not know shows among the deviations, not as a node.
    nodes: [...nodes].filter((node): node is [OrderStatus, number] => isOrderStatus(node[0])).map(([status, cases]) => ({ status, cases })),
    edges: edges
      .map((e) => ({ from: e.from, to: e.to, cases: e.cases, occurrences: e.occurrences, medianSeconds: e.medianSeconds, p90Seconds: e.p90Seconds }))
      .sort((a, b) => b.cases - a.cases || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    variants: variants
      .map((v) => ({ path: v.path, cases: v.cases, share: figures.cases > 0 ? v.cases / figures.cases : 0 }))
      .sort((a, b) => b.cases - a.cases || a.path.join().localeCompare(b.path.join())),
    rework: byRankThenFirstSeen(figures.rework, () => 0).map((r) => ({ event: r.event, from: r.from, to: r.to, cases: r.cases, occurrences: r.occurrences })),
    conformance: {
      transitions: figures.transitions,
      conforming: figures.transitions - figures.deviations.length,
      deviations: figures.deviations.map((d) => ({ orderId: d.orderId, orderNumber: d.orderNumber, at: new Date(d.atMs).toISOString(), action: d.action, event: d.event, from: d.from, to: d.to, reason: d.reason })),
    },
    slowest: summary,
  };
}

/** `edge:<from>:<to>`, `variant:<status>>…>…` or `rework:<event>:<from>:<to>`, as the drill-down names a figure. */
function processFigure(key: string): ProcessFigure | undefined {
  const [kind, ...parts] = key.split(':');
  if (kind === 'edge' && parts.length === 2) return { kind, from: parts[0]!, to: parts[1]! };
  if (kind === 'variant' && parts.length === 1) return { kind, path: parts[0]! };
  if (kind === 'rework' && parts.length === 3) return { kind, event: parts[0]!, from: parts[1]!, to: parts[2]! };
  return undefined;
}

/** The orders behind one edge, variant or rework loop of the process map of `period`, a page at a time by id; a figure the map does not have is refused. */
export async function processOrders(db: Executor, period: ReportPeriod, type: string | null, query: ReportOrdersQuery): Promise<ReportOrders> {
  const figure = processFigure(query.figure);
  if (!figure) throw figureUnknown(query.figure);
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, ['uuid'])[0];
  const limit = query.limit ?? reportOrdersPageSize;
  const selection: CaseSelection = { start: period.start, end: period.end, type };
  const rows = await ordersBehind(db, selection, figure, reworkEvents, orderMachine.initial[0]!, after, limit + 1);
  if (rows.length === 0 && after === null) throw figureUnknown(query.figure);
  return { figure: query.figure, ...pageOf(rows, limit, (row) => [row.id]) };
}
