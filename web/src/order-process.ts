/**
 * The order's process as the server's state machine has it (src/modules/orders/states.ts):
 * status → event → next status. A test keeps this copy in step with the server's table.
 */
export const orderProcess: Record<string, Record<string, string>> = {
  received: { require_entry_check: 'awaiting_entry_check', audit_pass: 'under_review', audit_fail: 'exception', cancel: 'cancelled' },
  awaiting_entry_check: { confirm_entry: 'received', cancel: 'cancelled', change: 'awaiting_entry_check' },
  exception: { resubmit: 'received', cancel: 'cancelled', change: 'exception' },
  under_review: { approve: 'approved', reject: 'exception', send_back: 'exception', cancel: 'cancelled', change: 'under_review', revise: 'received' },
  approved: { plan: 'planned', cancel: 'cancelled', change: 'approved', revise: 'received' },
  planned: { start: 'in_progress', replan: 'planned', cancel: 'cancelled', change: 'planned', revise: 'received' },
  in_progress: { ready: 'ready_to_ship', start_service: 'in_service', replan: 'in_progress', cancel: 'cancelled', change: 'in_progress', revise: 'received' },
  ready_to_ship: { ship_partial: 'partially_shipped', ship_all: 'shipped' },
  partially_shipped: { ship_partial: 'partially_shipped', ship_all: 'shipped' },
  shipped: { deliver: 'delivered' },
  in_service: { complete_service: 'delivered' },
  delivered: { accept: 'accepted', accept_partial: 'acceptance_failed', accept_fail: 'acceptance_failed' },
  accepted: { close: 'completed', open_case: 'after_sales' },
  acceptance_failed: { open_case: 'after_sales' },
  after_sales: { resolve_case: 'completed' },
  completed: { open_case: 'after_sales' },
  cancelled: {},
};

/**
 * Where each status sits on the chart, as (column, row): the usual road runs along row 1
 * from intake to completion; side roads (entry check, exceptions, services, failed
 * acceptance, after-sales) sit above or below it, and cancellation underneath all.
 */
export const processGrid: Record<string, { column: number; row: number }> = {
  awaiting_entry_check: { column: 0, row: 0 },
  received: { column: 0, row: 1 },
  exception: { column: 1, row: 0 },
  under_review: { column: 1, row: 1 },
  approved: { column: 2, row: 1 },
  planned: { column: 3, row: 1 },
  in_progress: { column: 4, row: 1 },
  ready_to_ship: { column: 5, row: 1 },
  in_service: { column: 5, row: 2 },
  partially_shipped: { column: 6, row: 0 },
  shipped: { column: 6, row: 1 },
  delivered: { column: 7, row: 1 },
  accepted: { column: 8, row: 1 },
  acceptance_failed: { column: 8, row: 2 },
  completed: { column: 9, row: 1 },
  after_sales: { column: 9, row: 2 },
  cancelled: { column: 2, row: 3 },
};

export interface ProcessStep {
  from: string;
  to: string;
}

/** Each distinct move between two statuses the table allows; staying put (replanning, another partial shipment) is no move on the chart. */
export function processMoves(): ProcessStep[] {
  const seen = new Set<string>();
  const moves: ProcessStep[] = [];
  for (const [from, events] of Object.entries(orderProcess)) {
    for (const to of Object.values(events)) {
      const key = `${from}>${to}`;
      if (from === to || seen.has(key)) continue;
      seen.add(key);
      moves.push({ from, to });
    }
  }
  return moves;
}

/** The statuses an order has been in and the moves it made, read from its history (every status change records its transitions). */
export function travelled(events: { after: unknown }[], current: string): { statuses: Set<string>; moves: Set<string> } {
  const statuses = new Set<string>(['received', current]);
  const moves = new Set<string>();
  for (const event of events) {
    const transitions = (event.after as { transitions?: unknown } | null)?.transitions;
    if (!Array.isArray(transitions)) continue;
    for (const step of transitions as Partial<ProcessStep>[]) {
      if (typeof step.from !== 'string' || typeof step.to !== 'string') continue;
      statuses.add(step.from);
      statuses.add(step.to);
      moves.add(`${step.from}>${step.to}`);
    }
  }
  return { statuses, moves };
}

/**
 * The road an order has travelled, step by step and oldest first (history is read oldest first):
 * from receipt through every status its history records, ending where it stands now.
 */
export function road(events: { after: unknown }[], current: string): string[] {
  const steps = ['received'];
  for (const event of events) {
    const transitions = (event.after as { transitions?: unknown } | null)?.transitions;
    if (!Array.isArray(transitions)) continue;
    for (const step of transitions as Partial<ProcessStep>[]) {
      if (typeof step.to === 'string' && step.to !== steps.at(-1)) steps.push(step.to);
    }
  }
  if (steps.at(-1) !== current) steps.push(current);
  return steps;
}

/** Where an order in this status can go next (staying put is not a step). */
export function nextStatuses(status: string): string[] {
  return [...new Set(Object.values(orderProcess[status] ?? {}))].filter((to) => to !== status);
}
