import { and, asc, eq, gt, notInArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connect.js';
import type { Actor, Change, OutboxMessage } from '../../platform/audit/record.js';
import { can } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { assertVersion } from '../../platform/http/versioning.js';
import type { EventPayloads, PayloadExtra, TopicsCarrying } from '../../platform/outbox/events.js';
import { noteOrderCompleted } from '../customers/service.js';
import type { Audience } from '../identity/service.js';
import { settleSlaClocks } from '../sla/service.js';
import type { OrderNotice } from './events.js';
import { orderContacts, orderLines, orders } from './schema.js';
import { orderMachine, walk, type OrderEvent, type OrderStatus } from './states.js';
import { lockOrder, type LineRow, type OrderRow } from './views.js';

/*
 * The one way an order's status changes: every use case that moves an order, in this
 * module or in the stages that call it, ends in `transitionOrder`. It checks the events
 * against `orderMachine` and the guards that belong to them, bumps the version and hands
 * back the audit change (with the path of statuses) for the operation's one audit append.
 */

/** An order locked for the rest of the transaction, with its lines. */
export interface LockedOrder {
  row: OrderRow;
  lines: LineRow[];
}

export async function lockOrderWithLines(tx: Tx, orderId: string): Promise<LockedOrder> {
  const row = await lockOrder(tx, orderId);
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.lineNo));
  return { row, lines };
}

/** Messages about an order carry its id and number (null while it is taken in; the numbering statement adds it). */
export function orderMessage<T extends TopicsCarrying<OrderNotice>>(row: OrderRow, topic: T, audience: Audience, ...extra: PayloadExtra<T, OrderNotice>): OutboxMessage<T> {
  const payload = { orderId: row.id, ...(row.number !== null ? { number: row.number } : {}), ...extra[0], audience };
  // The parameters make this the topic's payload; TypeScript cannot follow a generic topic through a spread.
  return { topic, customerId: row.customerId, payload: payload as EventPayloads[T] };
}

/**
 * A new order before it is inserted: `received` walked through intake's events, and then
 * through what the automatic review decides before the insert (`advance`). The row intake
 * inserts takes its first status from here; every later change is `transitionOrder`.
 */
export class OpeningOrder {
  readonly row: OrderRow;
  readonly path: OrderTransition['path'];

  constructor(fields: Omit<OrderRow, 'status'>, events: OrderEvent[]) {
    const opened = walk('received', events);
    this.row = { ...fields, status: opened.status };
    this.path = opened.path;
  }

  /** Walks the not yet inserted order on through `events`. */
  advance(events: OrderEvent[]): void {
    const walked = walk(this.row.status, events);
    this.row.status = walked.status;
    this.path.push(...walked.path);
  }
}

/** Whether an order in `status` may take `event`: what other modules ask instead of listing statuses. */
export function canOrder(status: string, event: OrderEvent): boolean {
  return can(orderMachine, status as OrderStatus, event);
}

/** The statuses from delivery on: what is reachable from `delivered` has been received by the customer. */
const deliveredStatuses: ReadonlySet<string> = (() => {
  const reached = new Set<OrderStatus>(['delivered']);
  for (const from of reached) for (const to of Object.values(orderMachine.transitions[from]) as OrderStatus[]) reached.add(to);
  return reached;
})();

/** Whether the customer has received the order (it was delivered, whatever came after). */
export function isDelivered(status: string): boolean {
  return deliveredStatuses.has(status);
}

/** The statuses from shipping on: a replacement in one of these has gone out to the customer. */
const shippedStatuses: ReadonlySet<string> = (() => {
  const reached = new Set<OrderStatus>(['shipped']);
  for (const from of reached) for (const to of Object.values(orderMachine.transitions[from]) as OrderStatus[]) reached.add(to);
  return reached;
})();

/** Whether a replacement order has gone out (shipped, or its service delivered), whatever came after. */
export function hasShipped(status: string): boolean {
  return shippedStatuses.has(status);
}

/** The order's replacements (after-sales) that are neither shipped nor cancelled: the original waits for them. */
async function pendingReplacements(tx: Tx, orderId: string): Promise<{ id: string; number: string | null }[]> {
  return tx
    .select({ id: orders.id, number: orders.number })
    .from(orders)
    .where(and(eq(orders.replacementOfOrderId, orderId), notInArray(orders.status, [...shippedStatuses, 'cancelled'] as OrderStatus[])));
}

type OrderToMove = OrderRow | LockedOrder;

function rowOf(order: OrderToMove): OrderRow {
  return 'lines' in order ? order.row : order;
}

/** A rule an event must pass besides the table; it throws the event's own stable error. */
type Guard = (tx: Tx, actor: Actor, order: OrderToMove) => Promise<void> | void;

/** An order with a replacement still to ship is not complete: the customer has not got what was promised. */
const replacementsShipped: Guard = async (tx, _actor, order) => {
  const row = rowOf(order);
  const pending = await pendingReplacements(tx, row.id);
  if (pending.length > 0) {
    throw new DomainError('replacement_not_shipped', `Order ${row.number} completes once its replacement ${pending.map((p) => p.number).join(', ')} has shipped`, {
      meta: { replacementOrderIds: pending.map((p) => p.id) },
    });
  }
};

const guards: Partial<Record<OrderEvent, Guard>> = {
  close: replacementsShipped,
  resolve_case: replacementsShipped,
  /** Maker–checker: the person who entered an order by hand cannot confirm it. */
  confirm_entry: (_tx, actor, order) => {
    const row = rowOf(order);
    if (row.enteredBy !== null && row.enteredBy === actor.userId) {
      throw new DomainError('same_user_confirmation', `You entered order ${row.number}; another person must confirm it`);
    }
  },
  /** An exception is resubmitted only after a contact logged since the order (last) went into exception; one from before answered other questions. */
  resubmit: async (tx, _actor, order) => {
    const row = rowOf(order);
    const since = row.exceptionSince;
    const [contact] = await tx
      .select({ id: orderContacts.id })
      .from(orderContacts)
      .where(and(eq(orderContacts.orderId, row.id), since ? gt(orderContacts.at, since) : undefined))
      .limit(1);
    if (!contact) {
      throw new DomainError('contact_required', `Log a contact with the customer about order ${row.number} before resubmitting it`, {
        meta: { exceptionSince: since?.toISOString() ?? null },
      });
    }
  },
  /** Only an order of services goes in service; goods are shipped. */
  start_service: async (tx, _actor, order) => {
    const row = rowOf(order);
    const lines = 'lines' in order ? order.lines : await tx.select().from(orderLines).where(eq(orderLines.orderId, row.id));
    if (lines.some((l) => l.kind !== 'service')) {
      throw new DomainError('invalid_transition', `Order ${row.number} has goods to ship; only a service order goes in service`, { meta: { orderStatus: row.status } });
    }
  },
};

export interface TransitionCheck {
  events: OrderEvent[];
  /** The version the person saw (If-Match): a stale one is refused with 412 before anything else. */
  expectedVersion?: number;
}

/**
 * Whether the locked order may take `events`, in this order: the version, the table, then
 * the guards; throws the first refusal. Use cases call it right after the lock when they
 * do other work before they move the order; `transitionOrder` runs it again under the
 * same lock, so no write skips it.
 */
export async function checkTransition(tx: Tx, actor: Actor, order: OrderToMove, check: TransitionCheck): Promise<ReturnType<typeof walk>> {
  const row = rowOf(order);
  if (check.expectedVersion !== undefined) assertVersion('order', row.version, check.expectedVersion);
  const walked = walk(row.status as OrderStatus, check.events);
  for (const event of new Set(check.events)) await guards[event]?.(tx, actor, order);
  return walked;
}

/** Columns a transition may write besides the status (which only the events decide) and the version. */
export type OrderColumns = Partial<Omit<OrderRow, 'id' | 'customerId' | 'status' | 'version' | 'updatedAt'>>;

export interface TransitionRequest extends TransitionCheck {
  /** The order as locked by this transaction; a LockedOrder's row is replaced by the moved one. */
  order: OrderToMove;
  set?: OrderColumns;
  /** The audit change: its action, and what it records besides the status and the path. */
  audit: { action: string; before?: Record<string, unknown>; after?: Record<string, unknown> };
}

export interface OrderTransition {
  row: OrderRow;
  path: ReturnType<typeof walk>['path'];
  /** For the operation's one audit append, with whatever else it records. */
  change: Change;
  /**
   * `change` and what moving the order changed elsewhere in the same transaction (the
   * customer's derived tier when the order completed): what a completing use case appends.
   */
  changes: Change[];
}

/**
 * Moves a locked order through `events`: checks them (`checkTransition`), writes the new
 * status with `set`, bumps the version, and returns the audit change whose `after` holds
 * the path of statuses. An empty `events` writes `set` as a change of the order that
 * leaves its status as it is. An order reaching completed has its SLA clocks settled.
 */
export async function transitionOrder(tx: Tx, actor: Actor, now: Date, request: TransitionRequest): Promise<OrderTransition> {
  const { order, audit } = request;
  const before = rowOf(order);
  const { status, path } = await checkTransition(tx, actor, order, request);
  const [row] = await tx
    .update(orders)
    .set({ ...request.set, status, updatedAt: now, version: before.version + 1 })
    .where(eq(orders.id, before.id))
    .returning();
  if ('lines' in order) order.row = row!;
  // A completed order has nothing pending: its clocks are settled, missed ones included.
  const settled = status === 'completed' && before.status !== 'completed' ? await settleSlaClocks(tx, before.id, now) : null;
  const settledClocks = settled && settled.stopped.length + settled.settled.length > 0 ? { settledClocks: [...settled.stopped, ...settled.settled] } : {};
  const change: Change = {
    entityType: 'order',
    entityId: before.id,
    customerId: before.customerId,
    action: audit.action,
    before: { status: before.status, ...audit.before },
    after: { status, ...audit.after, ...settledClocks, transitions: path },
  };
  // A completed order may end the customer's time as a new customer (customers derives the tier).
  const completed = status === 'completed' && before.status !== 'completed' ? await noteOrderCompleted(tx, now, before.customerId, before.id) : [];
  return { row: row!, path, change, changes: [change, ...completed] };
}

/**
 * Closes an order the customer accepted once the survey has gone out too, whichever of
 * the two came last, unless a replacement of it has yet to ship; nothing (no change) otherwise.
 */
export async function completeIfAcceptedAndSurveyed(tx: Tx, actor: Actor, now: Date, order: LockedOrder, surveyed: boolean): Promise<Change[]> {
  if (!surveyed || order.row.status !== 'accepted') return [];
  // A replacement still to ship keeps the order open; it is closed by hand once that has shipped.
  if ((await pendingReplacements(tx, order.row.id)).length > 0) return [];
  const moved = await transitionOrder(tx, actor, now, { order, events: ['close'], audit: { action: 'order.completed', after: { reason: 'accepted and surveyed' } } });
  return moved.changes;
}
