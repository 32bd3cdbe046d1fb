import { daysBetween } from '../../platform/time/zone.js';
import type { CapacityEvidence } from '../inventory/service.js';
import type { ReviewCheck } from './contract.js';

/* The automatic checks of the review chain (SPEC §5): pure functions of what the order module passes in. */

export interface ReviewLine {
  lineNo: number;
  sku: string;
  kind: 'stock' | 'made_to_order' | 'service';
  active: boolean;
  quantity: number;
  listPriceMinor: number;
  unitPriceMinor: number;
  discountMinor: number;
  totalMinor: number;
  reservedQuantity: number;
  /** The product's default working days per stage; `procurement` is how long materials take. */
  leadTimes: Record<string, number>;
}

export interface PaymentTerms {
  kind: 'prepaid' | 'cash_on_delivery' | 'net';
  netDays?: number;
}

/** Everything the checks need to know about an order, handed over by the order module. */
export interface ReviewSubject {
  orderId: string;
  /** Null while the order is being taken in (its number comes last). */
  number: string | null;
  orderType: 'standard' | 'custom' | 'urgent';
  customerId: string;
  customerName: string;
  customer: { tier: 'vip' | 'normal' | 'new'; creditLimitMinor: number; currency: string; paymentTerms: PaymentTerms };
  /** What the customer's other orders not cancelled still owe (open receivables and orders not yet invoiced), in the order's currency. */
  openReceivablesMinor: number;
  currency: string;
  subtotalMinor: number;
  discountMinor: number;
  totalMinor: number;
  paymentStatus: 'unpaid' | 'partial' | 'paid';
  /** Received on this order so far less refunds: only the rest extends credit. */
  paidMinor: number;
  /** The customer's signed confirmation is attached (a review setting may require one before approval). */
  signedConfirmation: boolean;
  requestedDeliveryDate: string | null;
  /** The day the review starts, in the company's time zone. */
  today: string;
  priority: string;
  /** When the order must be responded to: shown in the inbox. */
  dueAt: Date;
  lines: ReviewLine[];
}

export interface Reason {
  code: string;
  message: string;
}

export interface CheckResult {
  passed: boolean;
  reasons: Reason[];
  /** The numbers the check compared. */
  evidence: Record<string, unknown>;
}

function result(reasons: Reason[], evidence: Record<string, unknown>): CheckResult {
  return { passed: reasons.length === 0, reasons, evidence };
}

/** Products still sold, sane quantities, list prices kept and totals that add up. */
export function checkBasics(subject: ReviewSubject): CheckResult {
  const reasons: Reason[] = [];
  const lines = subject.lines.map((line) => {
    const expectedTotalMinor = line.unitPriceMinor * line.quantity - line.discountMinor;
    if (!line.active) reasons.push({ code: 'inactive_product', message: `Line ${line.lineNo}: ${line.sku} is no longer sold` });
    if (line.quantity < 1) reasons.push({ code: 'invalid_quantity', message: `Line ${line.lineNo}: quantity ${line.quantity}` });
    if (line.unitPriceMinor !== line.listPriceMinor) {
      reasons.push({ code: 'price_differs_from_list', message: `Line ${line.lineNo}: unit price ${line.unitPriceMinor} differs from the list price ${line.listPriceMinor}` });
    }
    if (line.discountMinor > 0) reasons.push({ code: 'discount_given', message: `Line ${line.lineNo}: a discount of ${line.discountMinor}` });
    if (expectedTotalMinor !== line.totalMinor) {
      reasons.push({ code: 'line_total_mismatch', message: `Line ${line.lineNo}: total ${line.totalMinor}, but quantity × price − discount is ${expectedTotalMinor}` });
    }
    return { lineNo: line.lineNo, sku: line.sku, active: line.active, quantity: line.quantity, listPriceMinor: line.listPriceMinor, unitPriceMinor: line.unitPriceMinor, discountMinor: line.discountMinor, totalMinor: line.totalMinor, expectedTotalMinor };
  });
  const linesTotalMinor = subject.lines.reduce((sum, l) => sum + l.totalMinor, 0);
  if (linesTotalMinor !== subject.totalMinor || subject.subtotalMinor - subject.discountMinor !== subject.totalMinor) {
    reasons.push({ code: 'order_total_mismatch', message: `Order total ${subject.totalMinor}; lines add up to ${linesTotalMinor}, subtotal − discount is ${subject.subtotalMinor - subject.discountMinor}` });
  }
  return result(reasons, { lines, linesTotalMinor, subtotalMinor: subject.subtotalMinor, discountMinor: subject.discountMinor, totalMinor: subject.totalMinor });
}

/**
 * Open receivables plus what this order leaves unpaid stay within the credit limit, and
 * the customer's payment terms allow the payment status. A paid order extends no credit, a
 * partly paid one only what it still owes.
 */
export function checkCredit(subject: ReviewSubject): CheckResult {
  const reasons: Reason[] = [];
  const { customer } = subject;
  const orderCreditMinor = subject.paymentStatus === 'paid' ? 0 : Math.max(subject.totalMinor - subject.paidMinor, 0);
  const exposureMinor = subject.openReceivablesMinor + orderCreditMinor;
  if (customer.currency !== subject.currency && orderCreditMinor > 0) {
    reasons.push({ code: 'credit_currency_differs', message: `The credit limit is in ${customer.currency}, the order in ${subject.currency}` });
  } else if (orderCreditMinor > 0 && exposureMinor > customer.creditLimitMinor) {
    reasons.push({
      code: 'over_credit_limit',
      message: `Open receivables ${subject.openReceivablesMinor} + this order ${orderCreditMinor} = ${exposureMinor}, above the credit limit ${customer.creditLimitMinor}`,
    });
  }
  if (customer.paymentTerms.kind === 'prepaid' && subject.paymentStatus !== 'paid') {
    reasons.push({ code: 'prepayment_required', message: `The customer pays in advance, and the order is ${subject.paymentStatus}` });
  }
  return result(reasons, {
    creditLimitMinor: customer.creditLimitMinor,
    creditCurrency: customer.currency,
    openReceivablesMinor: subject.openReceivablesMinor,
    orderCreditMinor,
    exposureMinor,
    paymentStatus: subject.paymentStatus,
    paymentTerms: customer.paymentTerms,
  });
}

/** The made-to-order units, which need production capacity before the delivery date. */
export function madeToOrderUnits(subject: ReviewSubject): number {
  return subject.lines.filter((l) => l.kind === 'made_to_order').reduce((sum, l) => sum + l.quantity, 0);
}

/** The capacity calendar meets the delivery date; `capacity` is what the calendar answered, if it was asked. */
export function checkCapacity(subject: ReviewSubject, capacity: CapacityEvidence | null): CheckResult {
  const neededUnits = madeToOrderUnits(subject);
  if (neededUnits === 0) return result([], { neededUnits: 0, note: 'nothing is made to order' });
  if (!subject.requestedDeliveryDate || !capacity) {
    return result([{ code: 'no_delivery_date', message: 'Without a delivery date the capacity cannot be judged' }], { neededUnits, deliveryDate: null });
  }
  const reasons: Reason[] = capacity.fits
    ? []
    : [
        {
          code: 'capacity_short',
          message: `${capacity.neededUnits} units are needed before ${subject.requestedDeliveryDate}; the lines have ${capacity.freeUnits} free over ${capacity.workingDays} working day(s)`,
        },
      ];
  return result(reasons, { ...capacity, deliveryDate: subject.requestedDeliveryDate });
}

/**
 * Every line that needs goods has them reserved, or its materials can be procured before
 * the delivery date (the product's `procurement` lead time; a made-to-order product
 * without one is built from materials kept on hand).
 */
export function checkMaterials(subject: ReviewSubject): CheckResult {
  const reasons: Reason[] = [];
  const daysToDelivery = subject.requestedDeliveryDate ? daysBetween(subject.today, subject.requestedDeliveryDate) : null;
  const lines = subject.lines
    .filter((l) => l.kind !== 'service')
    .map((line) => {
      const shortUnits = line.kind === 'stock' ? line.quantity - line.reservedQuantity : line.quantity;
      const procurementDays = line.leadTimes.procurement ?? (line.kind === 'made_to_order' ? 0 : null);
      const covered = line.kind === 'stock' && shortUnits === 0;
      let fits = covered;
      if (!covered) {
        if (procurementDays === null) {
          reasons.push({ code: 'no_procurement_lead_time', message: `Line ${line.lineNo}: ${shortUnits} × ${line.sku} not in stock, and the product has no procurement lead time` });
        } else if (daysToDelivery === null) {
          reasons.push({ code: 'no_delivery_date', message: `Line ${line.lineNo}: without a delivery date procurement cannot be timed` });
        } else if (procurementDays > daysToDelivery) {
          reasons.push({ code: 'lead_time_too_long', message: `Line ${line.lineNo}: ${line.sku} takes ${procurementDays} day(s) to procure; delivery is in ${daysToDelivery}` });
        } else {
          fits = true;
        }
      }
      return { lineNo: line.lineNo, sku: line.sku, kind: line.kind, quantity: line.quantity, reservedQuantity: line.reservedQuantity, shortUnits, procurementDays, fits };
    });
  return result(reasons, { daysToDelivery, lines });
}

/** Runs one named check. */
export function runCheck(check: ReviewCheck, subject: ReviewSubject, capacity: CapacityEvidence | null): CheckResult {
  switch (check) {
    case 'basic':
      return checkBasics(subject);
    case 'credit':
      return checkCredit(subject);
    case 'capacity':
      return checkCapacity(subject, capacity);
    case 'materials':
      return checkMaterials(subject);
  }
}
