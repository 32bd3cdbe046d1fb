import { addDays, daysBetween, localDate } from '../../platform/time/zone.js';
import type { PaymentTerms } from '../customers/service.js';
import type { OwingOrder } from '../orders/service.js';
import type { AgeingBucket, Receivable } from './contract.js';

/*
 * When what an order owes falls due, by the customer's payment terms: prepaid on the order
 * day; cash on delivery on the delivery day; net N days after delivery. Ordo keeps no
 * invoices, so the delivery day is the promised delivery date (the order day when there is none).
 */

export function dueDateOf(terms: PaymentTerms, orderDate: string, promisedDeliveryDate: string | null): string {
  if (terms.kind === 'prepaid') return orderDate;
  const delivery = promisedDeliveryDate && promisedDeliveryDate > orderDate ? promisedDeliveryDate : orderDate;
  return terms.kind === 'net' ? addDays(delivery, terms.netDays ?? 0) : delivery;
}

/** current until the due date has passed, then 1–30, 31–60, 61–90 and over 90 days overdue. */
export function bucketOf(daysOverdue: number): AgeingBucket {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return 'days_1_30';
  if (daysOverdue <= 60) return 'days_31_60';
  if (daysOverdue <= 90) return 'days_61_90';
  return 'days_over_90';
}

/** An owing order as a receivable on `today` (both days in the company's time zone). */
export function receivableOf(order: OwingOrder, terms: PaymentTerms, today: string, timeZone: string): Receivable {
  const orderDate = localDate(order.receivedAt, timeZone);
  const dueDate = dueDateOf(terms, orderDate, order.promisedDeliveryDate);
  const daysOverdue = Math.max(daysBetween(dueDate, today), 0);
  return {
    orderId: order.orderId,
    number: order.number,
    customerId: order.customerId,
    customerName: order.customerName,
    status: order.status,
    paymentStatus: order.paymentStatus,
    currency: order.currency,
    totalMinor: order.totalMinor,
    paidMinor: order.paidMinor,
    outstandingMinor: order.outstandingMinor,
    orderDate,
    dueDate,
    daysOverdue,
    bucket: bucketOf(daysOverdue),
  };
}
