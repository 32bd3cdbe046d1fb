/*
 * Payments (order_payments): money received for orders and given back, and what customers
 * still owe. The order's payment status is written through orders' door (recordPaymentStatus)
 * in the transaction that records the movement, under the order's lock, so that payments
 * racing each other cannot together exceed what is due.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { type Actor, recordChanges } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { localDate } from '../../platform/time/zone.js';
import { getCustomer, paymentTermsOf } from '../customers/service.js';
import { getOrder, lockOrderWithLines, orderMessage, type OrderRow, owingOrders, type PaymentState, recordPaymentStatus } from '../orders/service.js';
import { receivableOf } from './ageing.js';
import { ageingBuckets, type AgeingBucket, type AgeingRow, type CustomerReceivables, type OrderPayments, type Payment, type PaymentBalance, type PaymentInput, type ReceivablesAgeing, type RecordedPayment } from './contract.js';
import { orderPayments } from './schema.js';
import { newId } from '../../platform/db/ids.js';

export { paymentKinds, paymentMethods, type PaymentKind, type PaymentMethod } from './contract.js';

type PaymentRow = typeof orderPayments.$inferSelect;

function toPayment(row: PaymentRow): Payment {
  return {
    id: row.id,
    orderId: row.orderId,
    kind: row.kind,
    amountMinor: row.amountMinor,
    currency: row.currency,
    method: row.method,
    reference: row.reference,
    paidOn: row.paidOn,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedByLabel: row.recordedByLabel,
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** What the order has been paid: recorded movements, or the whole total when it was declared paid at intake or since. */
function paidOf(order: { paymentStatus: string; paidMinor: number; totalMinor: number }): number {
  return order.paymentStatus === 'paid' ? Math.max(order.paidMinor, order.totalMinor) : order.paidMinor;
}

/** unpaid → partial → paid; refunded once everything received went back. */
export function paymentStatusOf(paidMinor: number, totalMinor: number, refundedMinor: number): PaymentState {
  if (paidMinor >= totalMinor && totalMinor > 0) return 'paid';
  if (paidMinor > 0) return 'partial';
  return refundedMinor > 0 ? 'refunded' : 'unpaid';
}

async function sumsOf(db: Executor, orderId: string): Promise<{ receivedMinor: number; refundedMinor: number }> {
  const [row] = await db
    .select({
      receivedMinor: sql<number>`coalesce(sum(${orderPayments.amountMinor}) FILTER (WHERE ${orderPayments.kind} = 'payment'), 0)`.mapWith(Number),
      refundedMinor: sql<number>`coalesce(sum(${orderPayments.amountMinor}) FILTER (WHERE ${orderPayments.kind} = 'refund'), 0)`.mapWith(Number),
    })
    .from(orderPayments)
    .where(eq(orderPayments.orderId, orderId));
  return row!;
}

function balanceOf(order: { paymentStatus: string; paidMinor: number; totalMinor: number; currency: string; version: number }, sums: { receivedMinor: number; refundedMinor: number }): PaymentBalance {
  const paidMinor = paidOf(order);
  return {
    currency: order.currency,
    totalMinor: order.totalMinor,
    ...sums,
    paidMinor,
    dueMinor: Math.max(order.totalMinor - paidMinor, 0),
    paymentStatus: order.paymentStatus as PaymentState,
    version: order.version,
  };
}

function amountProblem(code: 'payment_exceeds_due' | 'refund_exceeds_received', limitMinor: number, order: OrderRow): DomainError {
  const what = code === 'payment_exceeds_due' ? `still owes ${limitMinor}` : `has received ${limitMinor}`;
  return new DomainError(code, `Order ${order.number} ${what} (minor units, ${order.currency})`, {
    errors: [{ path: '/amountMinor', in: 'body', code, message: `at most ${limitMinor}` }],
    meta: { limitMinor, currency: order.currency },
  });
}

/**
 * Records a payment or a refund against an order, partial payments allowed: a payment above
 * what the order still owes is refused (payment_exceeds_due), a refund above what it has
 * received too (refund_exceeds_received). The order's payment status follows.
 */
export async function recordPayment(db: Db, actor: Actor, now: Date, orderId: string, input: PaymentInput): Promise<RecordedPayment> {
  return db.transaction(async (tx) => {
    const { row: order } = await lockOrderWithLines(tx, orderId);
    const kind = input.kind ?? 'payment';
    if (input.currency !== order.currency) {
      throw new DomainError('payment_currency_mismatch', `Order ${order.number} is in ${order.currency}, not ${input.currency}`, {
        errors: [{ path: '/currency', in: 'body', code: 'payment_currency_mismatch', message: `must be ${order.currency}` }],
        meta: { currency: order.currency },
      });
    }
    const paidBefore = paidOf(order);
    if (kind === 'payment') {
      if (order.status === 'cancelled') throw new DomainError('order_cancelled_payment', `Order ${order.number} is cancelled; only refunds can be recorded`);
      const dueMinor = Math.max(order.totalMinor - paidBefore, 0);
      if (input.amountMinor > dueMinor) throw amountProblem('payment_exceeds_due', dueMinor, order);
    } else if (input.amountMinor > paidBefore) {
      throw amountProblem('refund_exceeds_received', paidBefore, order);
    }
    const row: PaymentRow = {
      id: newId(),
      orderId,
      customerId: order.customerId,
      kind,
      amountMinor: input.amountMinor,
      currency: order.currency,
      method: input.method,
      reference: input.reference?.trim() || null,
      paidOn: input.paidOn,
      note: input.note?.trim() || null,
      recordedBy: actor.userId,
      recordedByLabel: actor.label,
      recordedAt: now,
    };
    await tx.insert(orderPayments).values(row);
    const sums = await sumsOf(tx, orderId);
    const paidMinor = kind === 'payment' ? paidBefore + input.amountMinor : paidBefore - input.amountMinor;
    const paymentStatus = paymentStatusOf(paidMinor, order.totalMinor, sums.refundedMinor);
    const moved = await recordPaymentStatus(tx, actor, now, order, { paidMinor, paymentStatus });
    const payment = toPayment(row);
    const { id: _id, orderId: _orderId, ...recorded } = payment;
    await recordChanges(
      tx,
      actor,
      now,
      [{ entityType: 'order', entityId: orderId, customerId: order.customerId, action: kind === 'payment' ? 'order.payment_recorded' : 'order.refund_recorded', after: { paymentId: row.id, ...recorded } }, moved.change],
      [orderMessage(moved.row, 'order.payment_recorded', { roles: ['specialist', 'sales'] }, { paymentId: row.id, kind, amountMinor: row.amountMinor, currency: row.currency, paymentStatus })],
    );
    return { payment, balance: balanceOf(moved.row, sums) };
  });
}

/** The order's payments and refunds by the day the money moved, then as recorded, with where it stands. */
export async function listPayments(db: Executor, orderId: string): Promise<OrderPayments> {
  const order = await getOrder(db, orderId);
  const rows = await db.select().from(orderPayments).where(eq(orderPayments.orderId, orderId)).orderBy(asc(orderPayments.paidOn), asc(orderPayments.recordedAt), asc(orderPayments.id));
  const sums = await sumsOf(db, orderId);
  return { items: rows.map(toPayment), balance: balanceOf({ ...order, ...order.totals }, sums) };
}

function addTo(totals: Map<string, number>, currency: string, amount: number): void {
  totals.set(currency, (totals.get(currency) ?? 0) + amount);
}

const amounts = (totals: Map<string, number>) => [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor }));

/** What one customer owes: every order not cancelled and not fully paid (completed ones included), with its due date. */
export async function customerReceivables(db: Executor, now: Date, timeZone: string, customerId: string): Promise<CustomerReceivables> {
  const customer = await getCustomer(db, customerId);
  if (!customer) throw new DomainError('not_found', `No customer ${customerId}`);
  const today = localDate(now, timeZone);
  const items = (await owingOrders(db, { customerId })).map((o) => receivableOf(o, customer.paymentTerms, today, timeZone));
  const outstanding = new Map<string, number>();
  const overdue = new Map<string, number>();
  for (const item of items) {
    addTo(outstanding, item.currency, item.outstandingMinor);
    if (item.daysOverdue > 0) addTo(overdue, item.currency, item.outstandingMinor);
  }
  return { customerId, items, outstanding: amounts(outstanding), overdue: amounts(overdue) };
}

const emptyBuckets = (): Record<AgeingBucket, number> => Object.fromEntries(ageingBuckets.map((b) => [b, 0])) as Record<AgeingBucket, number>;

/** Open receivables per customer and currency, by days overdue against each customer's payment terms; largest first. */
export async function receivablesAgeing(db: Executor, now: Date, timeZone: string): Promise<ReceivablesAgeing> {
  const today = localDate(now, timeZone);
  const owing = await owingOrders(db);
  const terms = await paymentTermsOf(db, [...new Set(owing.map((o) => o.customerId))]);
  const rows = new Map<string, AgeingRow>();
  const totals = new Map<string, { currency: string; buckets: Record<AgeingBucket, number>; totalMinor: number }>();
  for (const order of owing) {
    const customer = terms.get(order.customerId);
    const item = receivableOf(order, customer?.paymentTerms ?? { kind: 'prepaid' }, today, timeZone);
    const key = `${order.customerId}|${order.currency}`;
    const row = rows.get(key) ?? { customerId: order.customerId, customerName: customer?.name ?? order.customerName, currency: order.currency, buckets: emptyBuckets(), totalMinor: 0, orders: 0 };
    row.buckets[item.bucket] += item.outstandingMinor;
    row.totalMinor += item.outstandingMinor;
    row.orders += 1;
    rows.set(key, row);
    const total = totals.get(order.currency) ?? { currency: order.currency, buckets: emptyBuckets(), totalMinor: 0 };
    total.buckets[item.bucket] += item.outstandingMinor;
    total.totalMinor += item.outstandingMinor;
    totals.set(order.currency, total);
  }
  return {
    asOf: today,
    rows: [...rows.values()].sort((a, b) => b.totalMinor - a.totalMinor || a.customerName.localeCompare(b.customerName)),
    totals: [...totals.values()],
  };
}
